package org.custodia.identity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The identity of one of a user's training records. */
public record TrainingRecordId(@JsonValue UUID value) {

    public TrainingRecordId {
        Objects.requireNonNull(value, "training record id");
    }

    public static TrainingRecordId random() {
        return new TrainingRecordId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
