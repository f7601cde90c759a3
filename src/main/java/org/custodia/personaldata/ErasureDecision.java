package org.custodia.personaldata;

import java.util.Objects;
import java.util.UUID;

/**
 * Why a person's data may be erased: the basis (a retention rule reached, or an upheld erasure request)
 * and the identifier of that rule or request. Holders record it; it is never personal data.
 */
public record ErasureDecision(Basis basis, UUID reference) {

    public enum Basis {
        RETENTION_PERIOD_ENDED,
        ERASURE_REQUEST
    }

    public ErasureDecision {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reference, "reference");
    }
}
