package org.custodia.governance;

/** Whether an activity is being prepared or is how the organisation processes data now. */
public enum ActivityStatus {
    DRAFT("Draft"),
    LIVE("Live");

    private final String label;

    ActivityStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
