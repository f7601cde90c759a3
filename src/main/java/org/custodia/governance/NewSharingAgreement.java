package org.custodia.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What is entered to record a sharing agreement; it starts unsigned. */
public record NewSharingAgreement(
        AgreementType type,
        String title,
        List<UUID> parties,
        String purpose,
        String dataShared,
        LawfulBasis lawfulBasis,
        LocalDate startsOn,
        LocalDate reviewOn,
        LocalDate endsOn,
        boolean highRisk,
        UUID dpia) {}
