package org.custodia.retention;

/** Why records are held beyond their retention period. */
public enum HoldGround {
    LITIGATION("Litigation"),
    INQUIRY("Inquiry"),
    STATUTORY_REVIEW("Statutory review"),
    RIGHTS_REQUEST("Open rights request"),
    BREACH("Personal data breach");

    private final String label;

    HoldGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
