package org.custodia.rights;

/** The grounds on which a request may be refused (UK GDPR Art 12(5)). */
public enum RefusalGround {
    MANIFESTLY_UNFOUNDED("Manifestly unfounded"),
    MANIFESTLY_EXCESSIVE("Manifestly excessive");

    private final String label;

    RefusalGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
