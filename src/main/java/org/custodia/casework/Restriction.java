package org.custodia.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A restriction of a person's data, current ({@code liftedAt} null) or lifted. */
public record Restriction(
        UUID id,
        PersonId person,
        RestrictionGround ground,
        UUID request,
        UUID restrictedBy,
        Instant restrictedAt,
        LocalDate personToldOn,
        UUID liftedBy,
        Instant liftedAt) {

    public boolean current() {
        return liftedAt == null;
    }
}
