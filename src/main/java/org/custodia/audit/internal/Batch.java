package org.custodia.audit.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A sealed batch: entries {@code firstSequence} to {@code lastSequence} of a chain, the hash before
 * them and the last one's hash (so that consecutive batches link), and their RFC 6962 Merkle root, as
 * signed at {@code sealedAt}.
 */
public record Batch(
        long firstSequence,
        long lastSequence,
        byte[] previousHash,
        byte[] lastHash,
        byte[] root,
        Instant sealedAt,
        byte[] signature) {

    /** What a query selects to read batches with {@link #of}. */
    public static final String COLUMNS =
            "first_sequence, last_sequence, previous_hash, last_hash, root, sealed_at, signature";

    public static Batch of(ResultSet row) throws SQLException {
        return new Batch(
                row.getLong("first_sequence"),
                row.getLong("last_sequence"),
                row.getBytes("previous_hash"),
                row.getBytes("last_hash"),
                row.getBytes("root"),
                row.getTimestamp("sealed_at").toInstant(),
                row.getBytes("signature"));
    }

    public long size() {
        return lastSequence - firstSequence + 1;
    }

    public byte[] message(UUID chain) {
        return message(chain, firstSequence, lastSequence, previousHash, lastHash, root, sealedAt);
    }

    /** What is signed: the chain, the range, the hashes at both ends, the root and the time, in one line. */
    public static byte[] message(
            UUID chain, long first, long last, byte[] previous, byte[] lastHash, byte[] root, Instant sealedAt) {
        HexFormat hex = HexFormat.of();
        return ("custodia-audit-batch/1|" + chain + "|" + first + "|" + last + "|" + hex.formatHex(previous) + "|"
                        + hex.formatHex(lastHash) + "|" + hex.formatHex(root) + "|"
                        + sealedAt.truncatedTo(ChronoUnit.MICROS))
                .getBytes(StandardCharsets.UTF_8);
    }

    String describe() {
        return "the batch sealed " + sealedAt + " for "
                + (firstSequence == lastSequence
                        ? "entry " + firstSequence
                        : "entries " + firstSequence + " to " + lastSequence);
    }
}
