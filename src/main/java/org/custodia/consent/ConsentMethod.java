package org.custodia.consent;

/** How consent was given or withdrawn. */
public enum ConsentMethod {
    IN_WRITING("In writing"),
    ONLINE_FORM("Online form"),
    VERBALLY("Verbally"),
    EMAIL("By email");

    private final String label;

    ConsentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
