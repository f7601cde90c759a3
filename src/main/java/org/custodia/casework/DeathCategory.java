package org.custodia.casework;

/** The categories of death of the national child death review analysis form, in its order. */
public enum DeathCategory {
    DELIBERATELY_INFLICTED_INJURY_ABUSE_OR_NEGLECT("Deliberately inflicted injury, abuse or neglect"),
    SUICIDE_OR_SELF_INFLICTED_HARM("Suicide or deliberate self-inflicted harm"),
    TRAUMA_AND_OTHER_EXTERNAL_FACTORS("Trauma and other external factors"),
    MALIGNANCY("Malignancy"),
    ACUTE_MEDICAL_OR_SURGICAL_CONDITION("Acute medical or surgical condition"),
    CHRONIC_MEDICAL_CONDITION("Chronic medical condition"),
    CHROMOSOMAL_GENETIC_AND_CONGENITAL_ANOMALIES("Chromosomal, genetic and congenital anomalies"),
    PERINATAL_OR_NEONATAL_EVENT("Perinatal/neonatal event"),
    INFECTION("Infection"),
    SUDDEN_UNEXPECTED_UNEXPLAINED_DEATH("Sudden unexpected, unexplained death");

    private final String label;

    DeathCategory(String label) {
        this.label = label;
    }

    /** The category's number on the form, 1 to 10. */
    public int number() {
        return ordinal() + 1;
    }

    public String label() {
        return label;
    }
}
