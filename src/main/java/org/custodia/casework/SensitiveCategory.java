package org.custodia.casework;

/**
 * The kinds of sensitive data held about a person: the UK GDPR Art 9 special categories that
 * children's services record, criminal offence data (Art 10), and safeguarding information, which
 * is not a special category in law but is handled as one.
 */
public enum SensitiveCategory {
    ETHNICITY("Ethnicity"),
    RELIGION_OR_BELIEF("Religion or belief"),
    PHYSICAL_HEALTH("Physical health"),
    MENTAL_HEALTH("Mental health"),
    DISABILITY_AND_SEN("Disability and special educational needs"),
    SEXUAL_HEALTH_OR_ORIENTATION("Sexual health or orientation"),
    CRIMINAL_OFFENCES("Criminal offences"),
    SAFEGUARDING("Safeguarding (child protection status, concerns)");

    private final String label;

    SensitiveCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The encrypted field's name, bound into its associated data. */
    public String field() {
        return name().toLowerCase();
    }
}
