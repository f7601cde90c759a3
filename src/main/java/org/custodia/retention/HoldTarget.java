package org.custodia.retention;

/** What a legal hold covers. */
public enum HoldTarget {
    PERSON("Person"),
    CASE("Case");

    private final String label;

    HoldTarget(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
