package org.custodia.governance;

/** A DPIA is signed off by the DPO or it is a draft; an edit returns a signed DPIA to draft. */
public enum DpiaStatus {
    DRAFT("Draft"),
    SIGNED_OFF("Signed off");

    private final String label;

    DpiaStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
