package org.custodia.governance;

/** The lawful bases of UK GDPR Art 6(1); every processing activity names one. */
public enum LawfulBasis {
    CONSENT("Consent", "Art 6(1)(a)"),
    CONTRACT("Contract", "Art 6(1)(b)"),
    LEGAL_OBLIGATION("Legal obligation", "Art 6(1)(c)"),
    VITAL_INTERESTS("Vital interests", "Art 6(1)(d)"),
    PUBLIC_TASK("Public task", "Art 6(1)(e)"),
    /** Not available to public authorities for the performance of their tasks (Art 6(1), last sentence). */
    LEGITIMATE_INTERESTS("Legitimate interests", "Art 6(1)(f)");

    private final String label;
    private final String article;

    LawfulBasis(String label, String article) {
        this.label = label;
        this.article = article;
    }

    public String label() {
        return label;
    }

    public String article() {
        return article;
    }

    /** Legal obligation and public task must be laid down by law, so the provision relied on is named. */
    public boolean needsLegalProvision() {
        return this == LEGAL_OBLIGATION || this == PUBLIC_TASK;
    }
}
