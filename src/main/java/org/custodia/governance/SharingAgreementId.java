package org.custodia.governance;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A contract, memorandum of understanding or information sharing protocol. */
public record SharingAgreementId(@JsonValue UUID value) {

    public SharingAgreementId {
        Objects.requireNonNull(value, "SharingAgreementId");
    }

    public static SharingAgreementId random() {
        return new SharingAgreementId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
