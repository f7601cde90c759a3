package org.custodia.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The notification that starts a child death review. The circumstances are free text and so
 * sensitive: null and {@code circumstancesWithheld} for readers without a grant.
 */
public record DeathNotification(
        LocalDate notifiedOn,
        LocalDate dateOfDeath,
        PlaceOfDeath placeOfDeath,
        String circumstances,
        boolean circumstancesWithheld,
        Instant recordedAt) {}
