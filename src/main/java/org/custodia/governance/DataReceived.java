package org.custodia.governance;

import java.time.LocalDate;

/** One recipient's receipt of a person's data: who, when, what and on what basis (Art 15(1)(c), Art 19). */
public record DataReceived(
        RecipientId recipient,
        String recipientName,
        RecipientKind kind,
        String contact,
        LocalDate disclosedOn,
        String dataShared,
        DisclosureBasis basis) {}
