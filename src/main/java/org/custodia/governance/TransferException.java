package org.custodia.governance;

/** The Art 49 exceptions a transfer without adequacy or safeguards may rest on; each needs a justification. */
public enum TransferException {
    EXPLICIT_CONSENT("Explicit consent (Art 49(1)(a))"),
    CONTRACT("Necessary for a contract with or for the person (Art 49(1)(b), (c))"),
    IMPORTANT_PUBLIC_INTEREST("Important reasons of public interest (Art 49(1)(d))"),
    LEGAL_CLAIMS("Legal claims (Art 49(1)(e))"),
    VITAL_INTERESTS("Vital interests (Art 49(1)(f))");

    private final String label;

    TransferException(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
