package org.custodia.governance;

import java.time.LocalDate;

/** What makes a transfer to a country without UK adequacy lawful (UK GDPR Art 46, Art 49). */
public enum TransferSafeguard {
    IDTA("International data transfer agreement (IDTA)", true),
    EU_SCCS_WITH_UK_ADDENDUM("EU standard contractual clauses with the UK Addendum", true),
    ART_49_EXCEPTION("An Art 49 exception", false);

    /** The IDTA and the UK Addendum came into force on this day; neither can be dated earlier. */
    public static final LocalDate CONTRACTS_AVAILABLE_FROM = LocalDate.of(2022, 3, 21);

    private final String label;
    private final boolean contract;

    TransferSafeguard(String label, boolean contract) {
        this.label = label;
        this.contract = contract;
    }

    public String label() {
        return label;
    }

    /** A contract (IDTA or Addendum), which needs a transfer risk assessment. */
    public boolean contract() {
        return contract;
    }
}
