package org.custodia.governance;

/** Overall risk, from likelihood and severity as in the ICO's DPIA template matrix. */
public enum RiskLevel {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private static final RiskLevel[][] MATRIX = {
        // REMOTE, POSSIBLE, PROBABLE
        {LOW, LOW, LOW}, // MINIMAL
        {LOW, MEDIUM, HIGH}, // SIGNIFICANT
        {MEDIUM, HIGH, HIGH} // SEVERE
    };

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static RiskLevel of(Likelihood likelihood, Severity severity) {
        return MATRIX[severity.ordinal()][likelihood.ordinal()];
    }
}
