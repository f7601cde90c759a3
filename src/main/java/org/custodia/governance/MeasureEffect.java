package org.custodia.governance;

/** What a measure does to a risk, as in the ICO's DPIA template. */
public enum MeasureEffect {
    ELIMINATED("Eliminated"),
    REDUCED("Reduced"),
    ACCEPTED("Accepted");

    private final String label;

    MeasureEffect(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
