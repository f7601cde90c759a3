package org.custodia.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodia.casework.PersonId;

/**
 * A disclosure as recorded. The reason for sharing without consent is withheld (null, {@code
 * reasonWithheld}) from readers without a sensitive-data grant; the DPO always sees it.
 */
public record Disclosure(
        DisclosureId id,
        List<Subject> people,
        RecipientId recipient,
        String recipientName,
        LocalDate disclosedOn,
        String dataShared,
        String method,
        DisclosureBasis basis,
        SharingAgreementId agreement,
        String agreementTitle,
        String statutoryBasis,
        String reason,
        boolean reasonWithheld,
        String decidedBy,
        LocalDate decidedOn,
        UUID caseId,
        String documentFormat,
        String recordedBy,
        Instant recordedAt,
        FollowUp followUp) {

    public record Subject(PersonId id, String name) {}

    /** "Tell the person as soon as it is safe": open until the DPO records when they were told, or why not. */
    public record FollowUp(LocalDate toldOn, String notToldReason, String closedBy, Instant closedAt) {

        public boolean open() {
            return closedAt == null;
        }
    }
}
