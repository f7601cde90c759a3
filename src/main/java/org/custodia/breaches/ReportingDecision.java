package org.custodia.breaches;

/** Whether to report the breach to the ICO (Art 33). */
public enum ReportingDecision {
    REPORT("Report to the ICO"),
    DO_NOT_REPORT("Do not report");

    private final String label;

    ReportingDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
