package org.custodia.retention;

/** The event a retention period runs from. */
public enum StartEvent {
    DATE_OF_BIRTH("date of birth"),
    DATE_OF_DEATH("date of death"),
    CASE_CLOSURE("closure of the case"),
    LAST_CONTACT("last contact"),
    CREATION("creation of the record");

    private final String label;

    StartEvent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
