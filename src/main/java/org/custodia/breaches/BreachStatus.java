package org.custodia.breaches;

/** Open while being handled; closed once a reporting decision is recorded and followed. */
public enum BreachStatus {
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    BreachStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
