package org.custodia.audit;

import java.time.Instant;

/**
 * The result of re-computing an organisation's chain. When it is not intact, {@code firstBadEntryId}
 * and {@code firstBadSequence} name the first entry that does not fit, and {@code problem} says how.
 */
public record AuditVerification(
        boolean intact,
        long entriesChecked,
        Long firstBadEntryId,
        Long firstBadSequence,
        String problem,
        Instant verifiedAt) {

    static AuditVerification intact(long entriesChecked, Instant verifiedAt) {
        return new AuditVerification(true, entriesChecked, null, null, null, verifiedAt);
    }

    static AuditVerification broken(long entriesChecked, Long entryId, Long sequence, String problem, Instant at) {
        return new AuditVerification(false, entriesChecked, entryId, sequence, problem, at);
    }
}
