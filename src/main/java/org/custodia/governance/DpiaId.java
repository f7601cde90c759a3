package org.custodia.governance;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

public record DpiaId(@JsonValue UUID value) {

    public DpiaId {
        Objects.requireNonNull(value, "DpiaId");
    }

    public static DpiaId random() {
        return new DpiaId(UUID.randomUUID());
    }

    public static DpiaId of(String value) {
        return new DpiaId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
