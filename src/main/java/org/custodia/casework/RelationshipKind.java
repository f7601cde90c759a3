package org.custodia.casework;

/** How one person stands to another: "Kerry Smith is the parent of Jayden Smith". */
public enum RelationshipKind {
    PARENT("parent"),
    CARER("carer"),
    SIBLING("sibling"),
    RELATIVE("relative"),
    PROFESSIONAL_INVOLVED("professional involved with");

    private final String phrase;

    RelationshipKind(String phrase) {
        this.phrase = phrase;
    }

    /** The words between the two names, as in "is the parent of". */
    public String phrase() {
        return phrase;
    }
}
