package org.custodia.rights;

/** Where a request stands. */
public enum RequestStatus {
    RECEIVED("Received"),
    IN_PROGRESS("In progress"),
    AWAITING_IDENTITY("Waiting for proof of identity"),
    AWAITING_CLARIFICATION("Waiting for clarification"),
    AWAITING_FEE("Waiting for the fee"),
    CLOSED("Closed");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
