package org.custodia.governance;

/**
 * The conditions of UK GDPR Art 9(2) for processing special-category data, with the DPA 2018
 * Schedule 1 paragraph where the condition needs one.
 */
public enum Art9Condition {
    EXPLICIT_CONSENT("Explicit consent", "Art 9(2)(a)", null),
    EMPLOYMENT_AND_SOCIAL_PROTECTION(
            "Employment, social security and social protection", "Art 9(2)(b)", "DPA 2018 Sch 1 para 1"),
    VITAL_INTERESTS("Vital interests of someone unable to consent", "Art 9(2)(c)", null),
    NOT_FOR_PROFIT_BODY("Not-for-profit body", "Art 9(2)(d)", null),
    MADE_PUBLIC("Made manifestly public by the data subject", "Art 9(2)(e)", null),
    LEGAL_CLAIMS("Legal claims or judicial acts", "Art 9(2)(f)", null),
    STATUTORY_AND_GOVERNMENT_PURPOSES(
            "Substantial public interest: statutory and government purposes", "Art 9(2)(g)", "DPA 2018 Sch 1 para 6"),
    EQUALITY_OF_OPPORTUNITY(
            "Substantial public interest: equality of opportunity or treatment",
            "Art 9(2)(g)",
            "DPA 2018 Sch 1 para 8"),
    PREVENTING_UNLAWFUL_ACTS(
            "Substantial public interest: preventing or detecting unlawful acts",
            "Art 9(2)(g)",
            "DPA 2018 Sch 1 para 10"),
    COUNSELLING("Substantial public interest: counselling", "Art 9(2)(g)", "DPA 2018 Sch 1 para 17"),
    SAFEGUARDING(
            "Substantial public interest: safeguarding of children and of individuals at risk",
            "Art 9(2)(g)",
            "DPA 2018 Sch 1 para 18"),
    HEALTH_OR_SOCIAL_CARE("Health or social care", "Art 9(2)(h)", "DPA 2018 Sch 1 para 2"),
    PUBLIC_HEALTH("Public health", "Art 9(2)(i)", "DPA 2018 Sch 1 para 3"),
    ARCHIVING_RESEARCH_STATISTICS(
            "Archiving, scientific or historical research, statistics", "Art 9(2)(j)", "DPA 2018 Sch 1 para 4");

    private final String label;
    private final String article;
    private final String schedule1;

    Art9Condition(String label, String article, String schedule1) {
        this.label = label;
        this.article = article;
        this.schedule1 = schedule1;
    }

    public String label() {
        return label;
    }

    public String article() {
        return article;
    }

    /** The DPA 2018 Sch 1 paragraph relied on, or null where Art 9(2) needs none. */
    public String schedule1() {
        return schedule1;
    }

    /** For registers and exports, e.g. "Health or social care (Art 9(2)(h); DPA 2018 Sch 1 para 2)". */
    public String citation() {
        return label + " (" + article + (schedule1 == null ? "" : "; " + schedule1) + ")";
    }
}
