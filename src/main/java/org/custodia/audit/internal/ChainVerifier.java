package org.custodia.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;

/**
 * Walks one chain in sequence order and stops at the first entry that does not fit: a gap in the
 * sequence (entries deleted), a repeated or out-of-place entry (inserted or reordered), or a hash
 * that no longer matches the entry's content (altered).
 */
public final class ChainVerifier {

    static final byte[] GENESIS = new byte[32];

    private long expectedSequence = 1;
    private byte[] expectedPrevious = GENESIS;
    private long checked;
    private Long badEntryId;
    private Long badSequence;
    private String problem;

    /** Checks the current row; returns false once the chain is broken (later rows are not read). */
    public boolean accept(ResultSet row) throws SQLException {
        if (problem != null) {
            return false;
        }
        long id = row.getLong("id");
        long sequence = row.getLong("sequence");
        byte[] previous = row.getBytes("previous_hash");
        byte[] stored = row.getBytes("entry_hash");
        byte[] computed = AuditCanonicalForm.hash(previous, fields(row, sequence));
        if (sequence > expectedSequence) {
            fail(id, sequence, "entries " + expectedSequence + " to " + (sequence - 1) + " are missing (deleted)");
        } else if (sequence < expectedSequence) {
            fail(id, sequence, "sequence " + sequence + " appears again (an entry was inserted)");
        } else if (!Arrays.equals(computed, stored)) {
            fail(id, sequence, "the entry's content no longer matches its hash (altered)");
        } else if (!Arrays.equals(previous, expectedPrevious)) {
            fail(id, sequence, "the entry does not follow the one before it (inserted, deleted or reordered)");
        } else {
            checked++;
            expectedSequence++;
            expectedPrevious = stored;
            return true;
        }
        return false;
    }

    /** Compares the end of the walk with the chain head, which catches entries cut off the end. */
    public void finish(long headSequence, byte[] headHash) {
        if (problem == null && headSequence != expectedSequence - 1) {
            fail(
                    null,
                    headSequence,
                    "the chain should end at entry " + headSequence + " but ends at " + (expectedSequence - 1)
                            + " (entries deleted from the end)");
        } else if (problem == null && headSequence > 0 && !Arrays.equals(headHash, expectedPrevious)) {
            fail(null, headSequence, "the last entry does not match the chain head (altered)");
        }
    }

    private void fail(Long id, long sequence, String what) {
        badEntryId = id;
        badSequence = sequence;
        problem = what;
    }

    public boolean intact() {
        return problem == null;
    }

    public long checked() {
        return checked;
    }

    public Long badEntryId() {
        return badEntryId;
    }

    public Long badSequence() {
        return badSequence;
    }

    public String problem() {
        return problem;
    }

    private static AuditCanonicalForm.Fields fields(ResultSet row, long sequence) throws SQLException {
        return new AuditCanonicalForm.Fields(
                row.getObject("organisation_id", UUID.class),
                sequence,
                row.getTimestamp("occurred_at").toInstant(),
                row.getString("actor_type"),
                row.getObject("actor_id", UUID.class),
                row.getString("action"),
                row.getString("object_type"),
                row.getString("object_id"),
                row.getObject("subject_id", UUID.class),
                row.getString("purpose"),
                row.getString("outcome"),
                row.getString("detail"),
                row.getString("request_id"),
                row.getString("client_ref"));
    }
}
