package org.custodia.retention;

import java.time.LocalDate;
import java.util.UUID;

/** A hold as asked for; checked by {@link LegalHolds}. */
public record NewHold(HoldTarget target, UUID targetId, HoldGround ground, String reason, LocalDate reviewOn) {}
