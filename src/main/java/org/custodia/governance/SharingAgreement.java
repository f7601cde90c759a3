package org.custodia.governance;

import java.time.LocalDate;
import java.util.List;

/** A sharing agreement as recorded, with its status today. */
public record SharingAgreement(
        SharingAgreementId id,
        AgreementType type,
        String title,
        List<Party> parties,
        String purpose,
        String dataShared,
        LawfulBasis lawfulBasis,
        LocalDate startsOn,
        LocalDate reviewOn,
        LocalDate endsOn,
        boolean highRisk,
        DpiaId dpia,
        LocalDate signedOn,
        String signedBy,
        AgreementStatus status) {

    public record Party(RecipientId id, String name) {}
}
