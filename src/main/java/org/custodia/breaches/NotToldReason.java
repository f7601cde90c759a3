package org.custodia.breaches;

/** Why the people affected were not told although the risk was high (Art 34(3)). */
public enum NotToldReason {
    UNINTELLIGIBLE("The data was unintelligible to anyone not authorised, for example encrypted"),
    RISK_NO_LONGER_LIKELY("Measures taken since mean the high risk is no longer likely"),
    DISPROPORTIONATE_EFFORT(
            "Telling each person would take disproportionate effort, so a public communication was made instead");

    private final String label;

    NotToldReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
