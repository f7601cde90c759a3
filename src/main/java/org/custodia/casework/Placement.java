package org.custodia.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Where a looked-after child lived, from one date until another (open while {@code endedOn} is null). */
public record Placement(UUID id, PlacementType type, LocalDate startedOn, LocalDate endedOn, Instant recordedAt) {

    public boolean current() {
        return endedOn == null;
    }
}
