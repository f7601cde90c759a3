package org.custodia.casework;

/** Whether the panel found factors that, if changed, might reduce the risk of future child deaths. */
public enum ModifiableFactors {
    YES("Modifiable factors identified"),
    NO("No modifiable factors identified"),
    INSUFFICIENT_INFORMATION("Insufficient information");

    private final String label;

    ModifiableFactors(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
