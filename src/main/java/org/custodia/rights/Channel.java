package org.custodia.rights;

/** How a request reached the organisation. */
public enum Channel {
    ONLINE_FORM("Online form"),
    EMAIL("Email"),
    LETTER("Letter"),
    PHONE("Phone"),
    IN_PERSON("In person");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
