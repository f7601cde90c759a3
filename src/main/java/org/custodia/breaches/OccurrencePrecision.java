package org.custodia.breaches;

/** How well the organisation knows when the breach happened. */
public enum OccurrencePrecision {
    EXACT("Known"),
    APPROXIMATE("Approximately"),
    NOT_KNOWN("Not known");

    private final String label;

    OccurrencePrecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
