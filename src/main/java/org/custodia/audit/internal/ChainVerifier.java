package org.custodia.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Walks one chain in sequence order and stops at the first entry that does not fit: a gap in the
 * sequence (entries deleted), a repeated entry, an entry whose link to the one before it is broken
 * (inserted, moved or deleted), or a hash that no longer matches the entry's content (altered). The
 * chain head, read in the same snapshot as the entries, catches entries cut off the end.
 */
public final class ChainVerifier {

    static final byte[] GENESIS = new byte[32];

    private final long headSequence;
    private final byte[] headHash;
    private final NavigableMap<Long, byte[]> sealedHashes;
    private long expectedSequence = 1;
    private byte[] expectedPrevious = GENESIS;
    private Long lastId;
    private Long firstIdBeyondHead;
    private long checked;
    private Long badEntryId;
    private Long badSequence;
    private String problem;

    /** A chain whose head (from {@code audit_chain_heads}) says it ends at this sequence and hash. */
    public ChainVerifier(long headSequence, byte[] headHash) {
        this(headSequence, headHash, new TreeMap<>());
    }

    /** The same, also required to pass through each sealed (sequence, hash) checkpoint. */
    public ChainVerifier(long headSequence, byte[] headHash, NavigableMap<Long, byte[]> sealedHashes) {
        this.headSequence = headSequence;
        this.headHash = headHash;
        this.sealedHashes = sealedHashes;
    }

    /** Checks the current row; returns false once the chain is broken (later rows are not checked). */
    public boolean accept(ResultSet row) throws SQLException {
        if (problem != null) {
            return false;
        }
        long id = row.getLong("id");
        long sequence = row.getLong("sequence");
        byte[] previous = row.getBytes("previous_hash");
        byte[] stored = row.getBytes("entry_hash");
        if (sequence > expectedSequence) {
            fail(id, sequence, missing(expectedSequence, sequence - 1) + " missing before this entry (deleted)");
        } else if (sequence < expectedSequence) {
            fail(id, sequence, "sequence " + sequence + " appears again (an entry was inserted)");
        } else if (!Arrays.equals(previous, expectedPrevious)) {
            // Checked before the content so that a moved or forged-in entry is named as such.
            fail(id, sequence, "the entry does not follow the one before it (an entry was inserted, moved or removed)");
        } else if (!Arrays.equals(AuditCanonicalForm.hash(previous, fields(row, sequence)), stored)) {
            fail(id, sequence, "the entry's content no longer matches its hash (altered)");
        } else if (sealedHashes.containsKey(sequence) && !Arrays.equals(sealedHashes.get(sequence), stored)) {
            // Internally consistent but not what was signed: the chain was rewritten up to here.
            fail(id, sequence, "the entry no longer matches the seal signed for it (the chain was rewritten)");
        } else {
            if (sequence == headSequence + 1) {
                firstIdBeyondHead = id;
            }
            checked++;
            expectedSequence++;
            expectedPrevious = stored;
            lastId = id;
            return true;
        }
        return false;
    }

    /** Compares the end of the walk with the chain head. */
    public void finish() {
        if (problem != null) {
            return;
        }
        long last = expectedSequence - 1;
        if (!sealedHashes.isEmpty() && sealedHashes.lastKey() > last) {
            fail(null, last + 1, missing(last + 1, sealedHashes.lastKey()) + " missing although sealed (deleted)");
        } else if (last < headSequence) {
            // The first missing entry has no row left to name, only its sequence.
            fail(null, last + 1, missing(last + 1, headSequence) + " missing from the end (deleted)");
        } else if (last > headSequence) {
            fail(
                    firstIdBeyondHead,
                    headSequence + 1,
                    "the chain head ends at entry " + headSequence + " but entries go on to " + last
                            + " (added without the chain trigger, or the head was reset)");
        } else if (!Arrays.equals(expectedPrevious, headHash)) {
            fail(lastId, last, "the last entry does not match the chain head (replaced)");
        }
    }

    private static String missing(long from, long to) {
        return from == to ? "entry " + from + " is" : "entries " + from + " to " + to + " are";
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
