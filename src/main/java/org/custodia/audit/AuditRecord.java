package org.custodia.audit;

import java.util.Objects;
import java.util.UUID;
import org.custodia.shared.Actor;
import org.custodia.shared.OrganisationId;

/**
 * One thing to put on the audit trail. Identifiers only, never personal data values: the entry must
 * survive the erasure of the person it concerns. {@code detail} is for codes and field names (such
 * as "fields shown: ethnicity"), never for what those fields hold.
 */
public record AuditRecord(
        String action,
        String objectType,
        String objectId,
        UUID subjectId,
        String purpose,
        Outcome outcome,
        String detail,
        Actor actor,
        OrganisationId organisation) {

    public AuditRecord {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }

    public static AuditRecord of(String action, Outcome outcome) {
        return new AuditRecord(action, null, null, null, null, outcome, null, null, null);
    }

    public AuditRecord about(String objectType, Object objectId) {
        return new AuditRecord(
                action,
                objectType,
                objectId == null ? null : objectId.toString(),
                subjectId,
                purpose,
                outcome,
                detail,
                actor,
                organisation);
    }

    public AuditRecord concerning(UUID subjectId) {
        return new AuditRecord(action, objectType, objectId, subjectId, purpose, outcome, detail, actor, organisation);
    }

    public AuditRecord forPurpose(String purpose) {
        return new AuditRecord(action, objectType, objectId, subjectId, purpose, outcome, detail, actor, organisation);
    }

    public AuditRecord withDetail(String detail) {
        return new AuditRecord(action, objectType, objectId, subjectId, purpose, outcome, detail, actor, organisation);
    }

    /** Names the actor when it is not the signed-in one (for example during sign-in). */
    public AuditRecord by(Actor actor) {
        return new AuditRecord(action, objectType, objectId, subjectId, purpose, outcome, detail, actor, organisation);
    }

    /** Names the organisation when the work is not running for the actor's own. */
    public AuditRecord in(OrganisationId organisation) {
        return new AuditRecord(action, objectType, objectId, subjectId, purpose, outcome, detail, actor, organisation);
    }
}
