package org.custodia.rights;

/** The right a request exercises. */
public enum RequestKind {
    ACCESS("Subject access: a copy of my information", true),
    RECTIFICATION("Rectification: correct information that is wrong", true),
    ERASURE("Erasure: delete my information", true),
    RESTRICTION("Restriction: limit the use of my information", true),
    OBJECTION("Objection to the processing of my information", true),
    OBJECTION_AUTOMATED_DECISIONS("Objection to automated decisions or profiling", true),
    CONSENT_WITHDRAWAL("Withdrawal of consent", true),
    PORTABILITY("Data portability: my information in a machine-readable form", true),
    // The dead are not data subjects (UK GDPR recital 27): no statutory clock, but the request is kept.
    DECEASED_PERSON_RECORD("The record of a person who has died", false);

    private final String label;
    private final boolean statutoryClock;

    RequestKind(String label, boolean statutoryClock) {
        this.label = label;
        this.statutoryClock = statutoryClock;
    }

    public String label() {
        return label;
    }

    /** Whether the one-month deadline applies; a deceased person's record has none. */
    public boolean statutoryClock() {
        return statutoryClock;
    }
}
