package org.custodia.governance;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A person's objection to a processing activity. */
public record ObjectionId(@JsonValue UUID value) {

    public ObjectionId {
        Objects.requireNonNull(value, "objection id");
    }

    public static ObjectionId random() {
        return new ObjectionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
