package org.custodia.governance;

/** The instruments that govern sharing, as the organisations' privacy notices name them. */
public enum AgreementType {
    CONTRACT("Contract"),
    MEMORANDUM_OF_UNDERSTANDING("Memorandum of understanding"),
    INFORMATION_SHARING_PROTOCOL("Information sharing protocol");

    private final String label;

    AgreementType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
