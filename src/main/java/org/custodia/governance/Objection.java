package org.custodia.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.custodia.casework.PersonId;

/** An objection and, once decided, the decision; {@code grounds} are the compelling grounds for continuing. */
public record Objection(
        ObjectionId id,
        PersonId person,
        ProcessingActivityId activity,
        String activityName,
        ObjectionKind kind,
        LocalDate receivedOn,
        UUID request,
        ObjectionDecision decision,
        String grounds,
        Instant decidedAt) {

    public boolean pending() {
        return decision == null;
    }
}
