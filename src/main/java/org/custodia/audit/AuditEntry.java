package org.custodia.audit;

import java.time.Instant;
import java.util.UUID;

/** One entry of the trail as people see it on the audit page and in the API; no sequence while pending. */
public record AuditEntry(
        long id,
        Long sequence,
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
