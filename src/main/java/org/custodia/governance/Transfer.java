package org.custodia.governance;

import java.time.Instant;
import java.time.LocalDate;

/** An international transfer; adequacy is as the list stood when it was recorded. */
public record Transfer(
        TransferId id,
        RecipientId recipient,
        String recipientName,
        Country country,
        ProcessingActivityId activity,
        String dataTransferred,
        boolean adequate,
        String adequacySource,
        boolean partialCoverageConfirmed,
        TransferSafeguard safeguard,
        LocalDate safeguardSignedOn,
        TransferException exception,
        String exceptionJustification,
        LocalDate riskAssessedOn,
        String riskAssessmentConclusion,
        Instant recordedAt) {}
