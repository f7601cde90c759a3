package org.custodia.casework;

/** Where a child died, as a category: any detail belongs in the (encrypted) circumstances. */
public enum PlaceOfDeath {
    HOSPITAL("Hospital"),
    HOSPICE("Hospice"),
    CHILDS_HOME("The child's home"),
    OTHER_HOME("Another home"),
    PUBLIC_PLACE("A public place"),
    ABROAD("Abroad"),
    OTHER("Somewhere else");

    private final String label;

    PlaceOfDeath(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
