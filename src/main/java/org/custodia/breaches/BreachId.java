package org.custodia.breaches;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

public record BreachId(@JsonValue UUID value) {

    public BreachId {
        Objects.requireNonNull(value, "BreachId");
    }

    public static BreachId random() {
        return new BreachId(UUID.randomUUID());
    }

    /** The human reference, e.g. BR-7F3A9C21: short enough to say on the phone to the ICO. */
    public String reference() {
        return "BR-" + value.toString().substring(0, 8).toUpperCase();
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
