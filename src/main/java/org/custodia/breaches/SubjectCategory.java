package org.custodia.breaches;

/** Whose data a breach involves. */
public enum SubjectCategory {
    CHILDREN("Children and young people"),
    PARENTS_AND_CARERS("Parents and carers"),
    FOSTER_CARERS("Foster carers"),
    STAFF("Staff"),
    PROFESSIONALS("Professionals from other agencies"),
    MEMBERS_OF_THE_PUBLIC("Members of the public"),
    OTHER("Others");

    private final String label;

    SubjectCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
