package org.custodia.identity;

/** The kinds of controller that use Custodia. */
public enum OrganisationKind {
    LOCAL_AUTHORITY("Local authority"),
    SCHOOL("School"),
    MULTI_AGENCY_PARTNERSHIP("Multi-agency partnership");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
