package org.custodia.retention;

/** What happens to a record when its retention period ends. */
public enum EndAction {
    DESTROY("Destroy"),
    ANONYMISE("Anonymise"),
    REVIEW("Review by a person");

    private final String label;

    EndAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
