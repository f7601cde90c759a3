package org.custodia.rights;

/** The ground for erasure the DPO relies on (UK GDPR Art 17(1)). */
public enum ErasureGround {
    NO_LONGER_NECESSARY("The data is no longer necessary for the purpose it was collected for"),
    CONSENT_WITHDRAWN("Consent is withdrawn and there is no other lawful basis"),
    OBJECTION_UPHELD("The person's objection is upheld"),
    UNLAWFUL_PROCESSING("The data was processed unlawfully"),
    LEGAL_OBLIGATION("Erasure is needed to meet a legal obligation");

    private final String label;

    ErasureGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
