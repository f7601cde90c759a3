package org.custodia.rights;

/** The outcome of the identity step. */
public enum IdentityCheck {
    VERIFIED("Identity verified"),
    NOT_NEEDED("Proof of identity not needed");

    private final String label;

    IdentityCheck(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
