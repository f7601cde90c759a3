package org.custodia.governance;

/** How bad the harm would be, on the ICO's DPIA template scale. */
public enum Severity {
    MINIMAL("Minimal impact"),
    SIGNIFICANT("Some impact"),
    SEVERE("Serious harm");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
