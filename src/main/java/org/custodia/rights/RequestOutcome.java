package org.custodia.rights;

/** How a request ended. */
public enum RequestOutcome {
    COMPLETED("Completed"),
    PARTLY_COMPLETED("Partly completed (some information withheld or kept, with reasons)"),
    REFUSED("Refused"),
    WITHDRAWN("Withdrawn by the requester"),
    NOT_PURSUED("Not pursued (no identity, clarification or fee received)");

    private final String label;

    RequestOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
