package org.custodia.governance;

/** Who a recipient is; processors and sub-processors act on the organisation's behalf (Art 28). */
public enum RecipientKind {
    OTHER_ORGANISATION("Other organisation"),
    LOCAL_AUTHORITY("Local authority"),
    SCHOOL("School"),
    HEALTH("Health"),
    AGENCY("Agency"),
    DEPARTMENT_FOR_EDUCATION("Department for Education"),
    NATIONAL_CHILD_MORTALITY_DATABASE("National Child Mortality Database"),
    COURT("Court"),
    POLICE("Police"),
    REGULATOR("Regulator"),
    PROCESSOR("Processor"),
    SUB_PROCESSOR("Sub-processor"),
    OTHER("Other");

    private final String label;

    RecipientKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean processes() {
        return this == PROCESSOR || this == SUB_PROCESSOR;
    }
}
