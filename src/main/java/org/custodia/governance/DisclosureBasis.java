package org.custodia.governance;

/** Why data left the organisation. */
public enum DisclosureBasis {
    /** Under a sharing agreement in force that names the recipient. */
    ROUTINE("Routine, under a sharing agreement"),
    /** Required by law: a statutory return such as the school census, a court order. */
    STATUTORY("Required by law"),
    /** With the person's current consent to a recorded purpose; refused once it is withdrawn. */
    WITH_CONSENT("With the person's consent"),
    /** Without the person's consent, because someone is at risk; the person is told when it is safe. */
    WITHOUT_CONSENT_RISK("Without consent, because of a risk to someone");

    private final String label;

    DisclosureBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
