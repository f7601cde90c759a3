package org.custodia.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The child death overview panel's analysis. The learning points are free text and so sensitive:
 * null and {@code learningPointsWithheld} for readers without a grant.
 */
public record DeathAnalysis(
        LocalDate reviewedOn,
        DeathCategory category,
        ModifiableFactors modifiableFactors,
        String learningPoints,
        boolean learningPointsWithheld,
        Instant recordedAt) {}
