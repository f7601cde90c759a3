package org.custodia.audit.internal;

import static org.custodia.audit.internal.AuditRows.ENTRY_HASH;
import static org.custodia.audit.internal.AuditRows.RECORD_MAC;

import java.util.Arrays;
import org.custodia.encryption.Macs;

/**
 * Checks entries written but not yet chained against the MAC they were written with: until the
 * chainer seals them, that MAC (under a key the database does not hold) is what shows them unaltered.
 */
final class PendingCheck implements AuditRows.Handler {

    private final CanonicalWriter canonical;
    private final Macs macs;
    private long checked;
    private Long badEntryId;
    private String problem;

    PendingCheck(CanonicalWriter canonical, Macs macs) {
        this.canonical = canonical;
        this.macs = macs;
    }

    @Override
    public boolean accept(AuditRows.Row row) {
        String wrong = problemWith(row, canonical, macs);
        if (wrong != null) {
            badEntryId = row.id();
            problem = wrong;
            return false;
        }
        checked++;
        return true;
    }

    /** What is wrong with a pending entry, or null if it is as it was written. */
    static String problemWith(AuditRows.Row row, CanonicalWriter canonical, Macs macs) {
        if (!row.isNull(ENTRY_HASH)) {
            return "pending entry " + row.id() + " has a hash but no sequence (it was taken out of the chain)";
        }
        if (row.isNull(RECORD_MAC)) {
            return "pending entry " + row.id() + " has no MAC (it was not written by Custodia)";
        }
        int length = canonical.recorded(row);
        if (!macs.isValid(row.bytes(RECORD_MAC), Arrays.copyOf(canonical.bytes(), length))) {
            return "pending entry " + row.id() + " no longer matches the MAC it was written with (altered)";
        }
        return null;
    }

    long checked() {
        return checked;
    }

    Long badEntryId() {
        return badEntryId;
    }

    String problem() {
        return problem;
    }
}
