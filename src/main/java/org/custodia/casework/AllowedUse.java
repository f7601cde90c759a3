package org.custodia.casework;

/** The uses of restricted data that remain lawful (UK GDPR Art 18(2)). */
public enum AllowedUse {
    WITH_CONSENT("With the person's consent"),
    LEGAL_CLAIMS("To establish, exercise or defend legal claims"),
    PROTECTING_ANOTHER_PERSON("To protect the rights of another person"),
    IMPORTANT_PUBLIC_INTEREST("For reasons of important public interest");

    private final String label;

    AllowedUse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
