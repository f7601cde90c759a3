package org.custodia.servicedesk;

/** How a contact reached the desk, or how the desk answered. */
public enum Channel {
    WEB("On the page"),
    EMAIL("By email"),
    PHONE("By phone");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
