package org.custodia.casework;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

public record CaseId(@JsonValue UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "case id");
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
