package org.custodia.governance;

/** What a person objects to: processing on public task or legitimate interests (Art 21), or automated decisions and profiling (Art 22). */
public enum ObjectionKind {
    PROCESSING("Processing on public task or legitimate interests (Article 21)"),
    AUTOMATED_DECISIONS("Automated decision-making or profiling (Article 22)");

    private final String label;

    ObjectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
