package org.custodia.audit.internal;

import static org.custodia.audit.internal.AuditRows.ENTRY_HASH;
import static org.custodia.audit.internal.AuditRows.PREVIOUS_HASH;
import static org.custodia.audit.internal.AuditRows.SEQUENCE;

import java.security.DigestException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;
import java.util.UUID;

/**
 * Walks one range of a chain in sequence order and stops at the first entry that does not fit: a gap
 * (entries deleted), a repeated sequence (one inserted), a broken link to the entry before (inserted,
 * moved or deleted), a hash that no longer matches the content (altered), or an entry that no longer
 * matches what was signed for it: a seal, or its batch's last hash and Merkle root (rewritten). One
 * reused buffer, digest and tree for the whole range.
 */
public final class RangeWalk implements AuditRows.Handler {

    private final long to;
    private final List<Batch> batches;
    private final NavigableMap<Long, byte[]> sealed;
    private final long headSequence;
    private final CanonicalWriter canonical;
    private final MessageDigest sha256 = MerkleTree.sha256();
    private final MerkleTree.Builder tree = new MerkleTree.Builder();
    private final byte[] previous = new byte[32];
    private final byte[] stored = new byte[32];
    private final byte[] computed = new byte[32];
    private int batch;
    private long expected;
    private long checked;
    private Long lastId;
    private Long firstIdBeyondHead;
    private boolean sawBeyond;
    private Long badEntryId;
    private Long badSequence;
    private String problem;

    /**
     * The entries {@code from} to {@code to} of an organisation's chain (null: the platform's), the
     * first of which must follow {@code previousHash}, through these batches (in order, within the range).
     * One row beyond {@code to}, if there is one, is checked only to follow on.
     */
    public RangeWalk(
            UUID organisation,
            long from,
            long to,
            byte[] previousHash,
            List<Batch> batches,
            NavigableMap<Long, byte[]> sealed,
            long headSequence) {
        this.canonical = new CanonicalWriter(organisation);
        this.expected = from;
        this.to = to;
        this.batches = batches;
        this.sealed = sealed;
        this.headSequence = headSequence;
        System.arraycopy(previousHash, 0, previous, 0, 32);
    }

    @Override
    public boolean accept(AuditRows.Row row) {
        long sequence = row.getLong(SEQUENCE);
        if (sequence > to) {
            sawBeyond = true;
            if (sequence > expected) {
                fail(row.id(), sequence, missing(expected, sequence - 1) + " missing before this entry (deleted)");
            } else if (!row.equals(PREVIOUS_HASH, previous)) {
                fail(row.id(), sequence, "the entry does not follow the one before it" + MOVED);
            }
            return false;
        }
        if (sequence > expected) {
            fail(row.id(), sequence, missing(expected, sequence - 1) + " missing before this entry (deleted)");
        } else if (sequence < expected) {
            fail(row.id(), sequence, "sequence " + sequence + " appears again (an entry was inserted)");
        } else if (!row.equals(PREVIOUS_HASH, previous)) {
            // Checked before the content so that a moved or forged-in entry is named as such.
            fail(row.id(), sequence, "the entry does not follow the one before it" + MOVED);
        } else if (!row.copyHash(ENTRY_HASH, stored) || !Arrays.equals(hash(row, sequence), stored)) {
            fail(row.id(), sequence, "the entry's content no longer matches its hash (altered)");
        } else if (sealed.containsKey(sequence) && !Arrays.equals(sealed.get(sequence), stored)) {
            // Internally consistent but not what was signed: the chain was rewritten up to here.
            fail(row.id(), sequence, "the entry no longer matches the seal signed for it (the chain was rewritten)");
        } else if (fitsItsBatch(row.id(), sequence)) {
            if (sequence == headSequence + 1) {
                firstIdBeyondHead = row.id();
            }
            checked++;
            expected++;
            System.arraycopy(stored, 0, previous, 0, 32);
            lastId = row.id();
            return true;
        }
        return false;
    }

    private static final String MOVED = " (an entry was inserted, moved or removed)";

    private byte[] hash(AuditRows.Row row, long sequence) {
        int length = canonical.chained(row, sequence);
        sha256.update(previous);
        sha256.update(canonical.bytes(), 0, length);
        try {
            sha256.digest(computed, 0, 32);
        } catch (DigestException e) {
            throw new IllegalStateException(e);
        }
        return computed;
    }

    /** Entries past the last batch (chained before batches existed) go into an open tree of their own. */
    private boolean fitsItsBatch(long id, long sequence) {
        Batch current = batch < batches.size() ? batches.get(batch) : null;
        if (current == null || sequence < current.firstSequence()) {
            tree.add(stored, 0);
            return true;
        }
        if (sequence == current.firstSequence()) {
            if (!Arrays.equals(previous, current.previousHash())) {
                fail(id, sequence, "the entry does not follow " + current.describe() + " (the chain was rewritten)");
                return false;
            }
            tree.reset();
        }
        tree.add(stored, 0);
        if (sequence == current.lastSequence()) {
            if (!Arrays.equals(stored, current.lastHash())) {
                fail(id, sequence, "the entry no longer matches " + current.describe() + " (the chain was rewritten)");
                return false;
            }
            if (!Arrays.equals(tree.root(), current.root())) {
                fail(id, sequence, "the entries no longer match the Merkle root of " + current.describe());
                return false;
            }
            batch++;
            tree.reset();
        }
        return true;
    }

    /** A batch of the range whose signature is not valid, unless the walk found a problem before it. */
    void forged(Batch forged) {
        if (problem == null || badSequence > forged.firstSequence()) {
            fail(null, forged.firstSequence(), forged.describe() + " has no valid signature (forged)");
        }
    }

    static String missing(long from, long to) {
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

    /** The last sequence walked without a problem (one before the first of the range if none). */
    public long end() {
        return expected - 1;
    }

    /** The hash of entry {@link #end()}, or the hash the range had to follow. */
    public byte[] endHash() {
        return previous.clone();
    }

    /** The root of the entries walked past the last batch (chained but not yet in a batch). */
    public byte[] openRoot() {
        return tree.root();
    }

    public long openSize() {
        return tree.size();
    }

    public boolean sawBeyond() {
        return sawBeyond;
    }

    public long checked() {
        return checked;
    }

    public Long lastId() {
        return lastId;
    }

    public Long firstIdBeyondHead() {
        return firstIdBeyondHead;
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
}
