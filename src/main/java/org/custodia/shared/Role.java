package org.custodia.shared;

/** What a signed-in person may do. Platform operators belong to no organisation. */
public enum Role {
    PRACTITIONER("Practitioner"),
    ORGANISATION_ADMINISTRATOR("Organisation administrator"),
    DATA_PROTECTION_OFFICER("Data protection officer"),
    PLATFORM_OPERATOR("Platform operator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority name, e.g. {@code ROLE_PRACTITIONER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isOrganisationRole() {
        return this != PLATFORM_OPERATOR;
    }
}
