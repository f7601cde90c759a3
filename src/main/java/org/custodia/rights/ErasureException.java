package org.custodia.rights;

/** The exceptions of UK GDPR Art 17(3): each the DPO answers before anything is erased. */
public enum ErasureException {
    FREEDOM_OF_EXPRESSION("Art 17(3)(a)", "Exercising the right of freedom of expression and information"),
    LEGAL_OBLIGATION_OR_PUBLIC_TASK(
            "Art 17(3)(b)", "Complying with a legal obligation, or performing a task in the public interest"),
    PUBLIC_HEALTH("Art 17(3)(c)", "Reasons of public interest in the area of public health"),
    ARCHIVING_RESEARCH_STATISTICS(
            "Art 17(3)(d)",
            "Archiving in the public interest, scientific or historical research or statistics, where erasure would"
                    + " seriously impair it"),
    LEGAL_CLAIMS("Art 17(3)(e)", "Establishing, exercising or defending legal claims");

    private final String article;
    private final String label;

    ErasureException(String article, String label) {
        this.article = article;
        this.label = label;
    }

    public String article() {
        return article;
    }

    public String label() {
        return label;
    }
}
