package org.custodia.audit;

import java.time.Instant;
import org.custodia.audit.internal.ChainCheck;

/**
 * The result of re-computing an organisation's chain, from entry 1 or ({@code fromSequence} above 1)
 * from its last seal on. {@code entriesChecked} counts chained and pending entries alike;
 * {@code pendingEntries} of them are not yet in a sealed batch (the chainer seals them within
 * seconds; until then their MAC shows them unaltered). When it is not intact, {@code firstBadEntryId}
 * and {@code firstBadSequence} name the first entry that does not fit, and {@code problem} says how.
 */
public record AuditVerification(
        boolean intact,
        long entriesChecked,
        Long firstBadEntryId,
        Long firstBadSequence,
        String problem,
        Instant verifiedAt,
        long pendingEntries,
        long fromSequence) {

    static AuditVerification of(ChainCheck check, Instant verifiedAt) {
        return new AuditVerification(
                check.intact(),
                check.entriesChecked(),
                check.badEntryId(),
                check.badSequence(),
                check.problem(),
                verifiedAt,
                check.pendingEntries(),
                check.fromSequence());
    }
}
