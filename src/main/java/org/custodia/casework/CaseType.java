package org.custodia.casework;

/** The three kinds of case Custodia keeps, each with its own records. */
public enum CaseType {
    LOOKED_AFTER_CHILD("Looked-after child", "LAC"),
    CHILD_DEATH_REVIEW("Child death review", "CDR"),
    PUPIL("Pupil", "PUP");

    private final String label;
    private final String prefix;

    CaseType(String label, String prefix) {
        this.label = label;
        this.prefix = prefix;
    }

    public String label() {
        return label;
    }

    /** Starts each case reference, e.g. LAC-7F3A9C21. */
    public String prefix() {
        return prefix;
    }
}
