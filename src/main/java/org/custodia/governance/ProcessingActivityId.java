package org.custodia.governance;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

public record ProcessingActivityId(@JsonValue UUID value) {

    public ProcessingActivityId {
        Objects.requireNonNull(value, "ProcessingActivityId");
    }

    public static ProcessingActivityId random() {
        return new ProcessingActivityId(UUID.randomUUID());
    }

    public static ProcessingActivityId of(String value) {
        return new ProcessingActivityId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
