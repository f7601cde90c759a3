package org.custodia.consent;

/** Ways the processor may contact its users about the service, each off until the user turns it on. */
public enum MarketingChannel {
    EMAIL("Email"),
    PHONE("Phone"),
    TEXT("Text message"),
    POST("Post");

    private final String label;

    MarketingChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
