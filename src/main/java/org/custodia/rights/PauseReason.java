package org.custodia.rights;

/** What the clock is stopped for (DUAA 2025, Art 12A). */
public enum PauseReason {
    IDENTITY("Waiting for proof of identity"),
    CLARIFICATION("Waiting for clarification of the request"),
    FEE("Waiting for the fee");

    private final String label;

    PauseReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
