package org.custodia.casework;

/** The values about a person that can be corrected or carry the person's own statement. */
public enum PersonField {
    FIRST_NAME("First name"),
    MIDDLE_NAMES("Middle names"),
    LAST_NAME("Last name"),
    PREFERRED_NAME("Preferred name"),
    DATE_OF_BIRTH("Date of birth"),
    NHS_NUMBER("NHS number"),
    UNIQUE_PUPIL_NUMBER("Unique pupil number"),
    EMAIL("Email"),
    PROFESSION("Profession"),
    EMPLOYER("Employer"),
    ADDRESS("Address"),
    TELEPHONE("Telephone"),
    SENSITIVE("Sensitive information"),
    CASE_NOTE("Case note");

    private final String label;

    PersonField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Values kept as list items (addresses, telephones, notes) are named by their row. */
    public boolean itemised() {
        return this == ADDRESS || this == TELEPHONE || this == CASE_NOTE;
    }
}
