package org.custodia.shared;

/** The UK nation an organisation is in; it decides the bank holidays of its statutory clocks. */
public enum Nation {
    ENGLAND("England"),
    WALES("Wales"),
    SCOTLAND("Scotland"),
    NORTHERN_IRELAND("Northern Ireland");

    private final String label;

    Nation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
