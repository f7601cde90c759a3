package org.custodia.rights;

/** On what authority the requester acts for the person the request is about. */
public enum Authority {
    SELF("The person themselves"),
    PARENT_WITH_PARENTAL_RESPONSIBILITY("A parent with parental responsibility, for a child not competent to act"),
    CHILD_AUTHORISED_REPRESENTATIVE("Someone the child has authorised to act for them"),
    SOLICITOR("A solicitor"),
    OTHER("Other (explain below)");

    private final String label;

    Authority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
