package org.custodia.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A statutory visit to a looked-after child. The summary is free text and so sensitive: null and
 * {@code summaryWithheld} for readers without a grant.
 */
public record Visit(
        UUID id,
        LocalDate visitedOn,
        String visitor,
        String location,
        boolean seenAlone,
        String summary,
        boolean summaryWithheld,
        Instant recordedAt) {}
