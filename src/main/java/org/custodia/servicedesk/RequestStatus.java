package org.custodia.servicedesk;

/** Where a support request stands. Only a resolved or closed request's retention period can end. */
public enum RequestStatus {
    OPEN("Open"),
    WAITING_FOR_USER("Waiting for the user"),
    RESOLVED("Resolved"),
    CLOSED("Closed");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean finished() {
        return this == RESOLVED || this == CLOSED;
    }
}
