package org.custodia.audit;

import java.time.LocalDate;
import java.util.UUID;

/** What the audit page filters by; every part is optional. Dates are inclusive, in UK time. */
public record AuditFilter(
        UUID actorId, String action, String objectType, String objectId, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
