package org.custodia.governance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What is entered to record an international transfer. {@code partialCoverageConfirmed}: for a
 * country with partial adequacy, the recorder confirms the recipient is covered.
 */
public record NewTransfer(
        UUID recipient,
        String country,
        UUID activity,
        String dataTransferred,
        boolean partialCoverageConfirmed,
        TransferSafeguard safeguard,
        LocalDate safeguardSignedOn,
        TransferException exception,
        String exceptionJustification,
        LocalDate riskAssessedOn,
        String riskAssessmentConclusion) {}
