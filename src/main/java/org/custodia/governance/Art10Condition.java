package org.custodia.governance;

/**
 * The conditions for processing criminal offence data (UK GDPR Art 10) that children's services rely
 * on: each is a paragraph of DPA 2018 Schedule 1.
 */
public enum Art10Condition {
    SAFEGUARDING("Safeguarding of children and of individuals at risk", "DPA 2018 Sch 1 para 18"),
    STATUTORY_AND_GOVERNMENT_PURPOSES("Statutory and government purposes", "DPA 2018 Sch 1 para 6"),
    PREVENTING_UNLAWFUL_ACTS("Preventing or detecting unlawful acts", "DPA 2018 Sch 1 para 10"),
    HEALTH_OR_SOCIAL_CARE("Health or social care", "DPA 2018 Sch 1 para 2"),
    CONSENT("Consent", "DPA 2018 Sch 1 para 29"),
    LEGAL_CLAIMS("Legal claims", "DPA 2018 Sch 1 para 33");

    private final String label;
    private final String schedule1;

    Art10Condition(String label, String schedule1) {
        this.label = label;
        this.schedule1 = schedule1;
    }

    public String label() {
        return label;
    }

    public String schedule1() {
        return schedule1;
    }

    public String citation() {
        return label + " (Art 10; " + schedule1 + ")";
    }
}
