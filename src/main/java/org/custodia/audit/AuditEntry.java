package org.custodia.audit;

import java.time.Instant;
import java.util.UUID;

/** One entry of the trail as people see it on the audit page and in the API. */
public record AuditEntry(
        long id,
        long sequence,
        Instant occurredAt,
        String actorType,
        UUID actorId,
        String action,
        String objectType,
        String objectId,
        UUID subjectId,
        String purpose,
        String outcome,
        String detail,
        String requestId) {}
