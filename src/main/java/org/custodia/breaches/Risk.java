package org.custodia.breaches;

/** How likely the breach is to result in a risk to people's rights and freedoms. */
public enum Risk {
    NO_RISK_LIKELY("No risk likely"),
    RISK("Risk"),
    HIGH_RISK("High risk");

    private final String label;

    Risk(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
