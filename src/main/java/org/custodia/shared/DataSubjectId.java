package org.custodia.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a person an organisation holds personal data about (a child, a parent, a carer),
 * within that organisation. Their special-category values are encrypted under a key of their own.
 */
public record DataSubjectId(@JsonValue UUID value) implements Serializable {

    public DataSubjectId {
        Objects.requireNonNull(value, "data subject id");
    }

    public static DataSubjectId of(String value) {
        return new DataSubjectId(UUID.fromString(value));
    }

    public static DataSubjectId random() {
        return new DataSubjectId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
