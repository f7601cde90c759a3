package org.custodia.governance;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A transfer of personal data to a country outside the UK. */
public record TransferId(@JsonValue UUID value) {

    public TransferId {
        Objects.requireNonNull(value, "TransferId");
    }

    public static TransferId random() {
        return new TransferId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
