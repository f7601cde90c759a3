package org.custodia.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A pupil's special educational needs status from a date. It says something about the child's needs
 * and health, so like special-category data it is shown only to holders of a sensitive-data grant:
 * {@code status} is null unless {@code state} is {@code SHOWN}.
 */
public record SenStatusRecord(
        UUID id, LocalDate effectiveFrom, SenStatus status, SensitiveValue.State state, Instant recordedAt) {

    public boolean withheld() {
        return state == SensitiveValue.State.WITHHELD;
    }
}
