package org.custodia.governance;

/** How likely harm is, on the ICO's DPIA template scale. */
public enum Likelihood {
    REMOTE("Remote"),
    POSSIBLE("Reasonable possibility"),
    PROBABLE("More likely than not");

    private final String label;

    Likelihood(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
