package org.custodia.correspondence;

/** Where a download offer stands. */
public enum OfferStatus {
    /** The code has been sent and not yet used. */
    AWAITING_CODE("Waiting for the code"),
    /** The code was accepted once; a new code is needed to open the files again. */
    CODE_USED("Code used"),
    /** Too many wrong codes; a new code unlocks it. */
    LOCKED("Locked after wrong codes"),
    EXPIRED("Expired"),
    REVOKED("Withdrawn");

    private final String label;

    OfferStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOver() {
        return this == EXPIRED || this == REVOKED;
    }
}
