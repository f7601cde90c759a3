package org.custodia.breaches;

/** What the breach did to the data: the three kinds the ICO asks about. */
public enum BreachNature {
    CONFIDENTIALITY("Confidentiality: disclosed to or seen by someone who should not have it"),
    INTEGRITY("Integrity: changed without authority"),
    AVAILABILITY("Availability: lost, destroyed or out of reach");

    private final String label;

    BreachNature(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
