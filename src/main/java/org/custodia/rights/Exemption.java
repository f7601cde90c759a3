package org.custodia.rights;

/** Why an item is withheld from a subject access response, with the law relied on (docs/rights.md, "Exemptions"). */
public enum Exemption {
    THIRD_PARTY("Information about other people", "DPA 2018 Sch 2 Pt 3"),
    SERIOUS_HARM(
            "Likely to cause serious harm to physical or mental health (health, social work or education data)",
            "DPA 2018 Sch 3"),
    CHILD_ABUSE_DATA_PARENT("Child abuse data requested by a person with parental responsibility", "DPA 2018 Sch 3"),
    CRIME_PREVENTION("Prevention or detection of crime", "DPA 2018 Sch 2 para 2"),
    LEGAL_PROFESSIONAL_PRIVILEGE("Legal professional privilege", "DPA 2018 Sch 2 Pt 4 para 19"),
    CONFIDENTIAL_REFERENCE("Confidential reference", "DPA 2018 Sch 2 Pt 4 para 24");

    private final String label;
    private final String legalReference;

    Exemption(String label, String legalReference) {
        this.label = label;
        this.legalReference = legalReference;
    }

    public String label() {
        return label;
    }

    public String legalReference() {
        return legalReference;
    }

    /** "Label (reference)", as the response names it. */
    public String citation() {
        return label + " (" + legalReference + ")";
    }
}
