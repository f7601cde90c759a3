package org.custodia.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record LegalHold(
        UUID id,
        HoldTarget target,
        UUID targetId,
        HoldGround ground,
        String reason,
        LocalDate reviewOn,
        UUID placedBy,
        Instant placedAt,
        Instant liftedAt,
        String liftReason) {

    public boolean standing() {
        return liftedAt == null;
    }
}
