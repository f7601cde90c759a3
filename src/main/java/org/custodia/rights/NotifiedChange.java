package org.custodia.rights;

/** The changes every recipient of a person's data is told of (UK GDPR Art 19). */
public enum NotifiedChange {
    RECTIFICATION("Rectification"),
    ERASURE("Erasure"),
    RESTRICTION("Restriction");

    private final String label;

    NotifiedChange(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
