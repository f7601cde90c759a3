package org.custodia.casework;

/** Why a person's data is restricted (UK GDPR Art 18(1)). */
public enum RestrictionGround {
    ACCURACY_CONTESTED("The person contests its accuracy, while it is checked"),
    UNLAWFUL_BUT_RESTRICTION_PREFERRED("The processing is unlawful and the person asks for restriction, not erasure"),
    NEEDED_FOR_LEGAL_CLAIMS("No longer needed, but the person needs it for legal claims"),
    OBJECTION_PENDING("The person has objected, while the objection is decided");

    private final String label;

    RestrictionGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
