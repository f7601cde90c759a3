package org.custodia.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A record on the DPO's review list, and the decision once made. */
public record RetentionReview(
        UUID id,
        RecordKind kind,
        UUID recordId,
        UUID subjectId,
        String reference,
        UUID ruleId,
        LocalDate dueOn,
        Instant listedAt,
        ReviewDecision.Choice decision,
        LocalDate keepUntil,
        String reason) {

    public boolean open() {
        return decision == null;
    }
}
