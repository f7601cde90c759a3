package org.custodia.governance;

/** The Art 6 UK GDPR lawful bases; every processing names one. */
public enum LawfulBasis {
    CONSENT("Consent (Art 6(1)(a))"),
    CONTRACT("Contract (Art 6(1)(b))"),
    LEGAL_OBLIGATION("Legal obligation (Art 6(1)(c))"),
    VITAL_INTERESTS("Vital interests (Art 6(1)(d))"),
    PUBLIC_TASK("Public task (Art 6(1)(e))"),
    LEGITIMATE_INTERESTS("Legitimate interests (Art 6(1)(f))");

    private final String label;

    LawfulBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
