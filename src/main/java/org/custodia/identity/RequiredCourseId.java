package org.custodia.identity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The identity of a course that an organisation requires for a sensitive-data grant. */
public record RequiredCourseId(@JsonValue UUID value) {

    public RequiredCourseId {
        Objects.requireNonNull(value, "required course id");
    }

    public static RequiredCourseId random() {
        return new RequiredCourseId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
