package org.custodia.consent;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Something an organisation asks people to consent to, such as "Sharing school reports with the virtual school". */
public record ConsentPurposeId(@JsonValue UUID value) {

    public ConsentPurposeId {
        Objects.requireNonNull(value, "consent purpose id");
    }

    public static ConsentPurposeId random() {
        return new ConsentPurposeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
