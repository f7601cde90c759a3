package org.custodia.rights;

/** The only grounds on which a fee may be charged (UK GDPR Art 12(5), Art 15(3)). */
public enum FeeReason {
    MANIFESTLY_UNFOUNDED_OR_EXCESSIVE("The request is manifestly unfounded or excessive"),
    FURTHER_COPIES("Further copies of data already supplied");

    private final String label;

    FeeReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
