package org.custodia.governance;

/** The DPO's decision on an objection. */
public enum ObjectionDecision {
    UPHELD("Upheld: the processing stops for this person"),
    CONTINUED("Continued: compelling legitimate grounds override the person's interests");

    private final String label;

    ObjectionDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
