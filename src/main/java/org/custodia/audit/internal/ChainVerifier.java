package org.custodia.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.custodia.audit.AuditSeals;
import org.custodia.encryption.Macs;
import org.custodia.encryption.Signatures;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Verifies a chain: every chained entry in exactly one sealed batch, in order, unaltered, every batch
 * and seal validly signed, and every pending entry unaltered since it was written (its MAC). Ranges
 * of batches are walked in parallel, all in one snapshot exported by the coordinating transaction,
 * which meanwhile checks the pending entries. Whole, or from the last seal on.
 */
@Component
public class ChainVerifier {

    static final byte[] GENESIS = new byte[32];
    private static final UUID PLATFORM_CHAIN = new UUID(0, 0);

    private final DataSource dataSource;
    private final Signatures signatures;
    private final Macs macs;
    private final VerificationWorkers workers;
    private final long rangeEntries;

    ChainVerifier(
            DataSource dataSource,
            Signatures signatures,
            Macs macs,
            VerificationWorkers workers,
            @Value("${custodia.audit.verification.range-entries:50000}") long rangeEntries) {
        this.dataSource = dataSource;
        this.signatures = signatures;
        this.macs = macs;
        this.workers = workers;
        this.rangeEntries = Math.max(1, rangeEntries);
    }

    private record Head(long sequence, byte[] hash) {}

    private record Seal(long sequence, byte[] hash, Instant at, boolean valid) {}

    /** Verifies the chain of this organisation (null: the platform's). */
    public ChainCheck verify(UUID organisation, boolean sinceLastSeal) {
        UUID chain = organisation == null ? PLATFORM_CHAIN : organisation;
        Connection connection = null;
        try {
            connection = SnapshotConnections.open(dataSource, organisation, null);
            String snapshot = text(connection, "select pg_export_snapshot()");
            Head head = head(connection, chain);
            List<Batch> batches = batches(connection, chain);
            NavigableMap<Long, byte[]> sealed = new TreeMap<>();
            Seal lastSeal = null;
            for (Seal seal : seals(connection, chain)) {
                if (!seal.valid()) {
                    return ChainCheck.broken(
                            0,
                            1,
                            null,
                            seal.sequence(),
                            "the seal made " + seal.at() + " for entry " + seal.sequence()
                                    + " has no valid signature (forged)");
                }
                sealed.put(seal.sequence(), seal.hash());
                lastSeal = seal;
            }
            VerificationScope scope = VerificationScope.of(
                    batches,
                    sinceLastSeal && lastSeal != null ? lastSeal.sequence() : null,
                    sinceLastSeal && lastSeal != null ? lastSeal.hash() : null);
            ChainCheck links = scope.checkLinks(batches, lastSeal == null ? null : lastSeal.hash());
            if (links != null) {
                return links;
            }
            List<VerificationWorkers.Range> ranges = scope.ranges(batches, rangeEntries);
            CompletableFuture<List<RangeWalk>> walks =
                    workers.walk(organisation, chain, snapshot, ranges, sealed, head.sequence(), !sinceLastSeal);
            PendingCheck pending = new PendingCheck(new CanonicalWriter(organisation), macs);
            AuditRows.copy(
                    connection,
                    "select " + AuditRows.COLUMNS + " from audit_entries where "
                            + SnapshotConnections.ownChain(organisation) + " and sequence is null order by id",
                    pending);
            long coverage = Math.max(
                    batches.isEmpty() ? 0 : batches.get(batches.size() - 1).lastSequence(),
                    sealed.isEmpty() ? 0 : sealed.lastKey());
            return combine(walks.join(), ranges, head, coverage, pending, scope.from());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit chain", e);
        } finally {
            if (connection != null) {
                SnapshotConnections.close(connection);
            }
        }
    }

    private ChainCheck combine(
            List<RangeWalk> walks,
            List<VerificationWorkers.Range> ranges,
            Head head,
            long coverage,
            PendingCheck pending,
            long from) {
        long checked = 0;
        RangeWalk last = null;
        Long firstBeyondHead = null;
        for (int i = 0; i < walks.size(); i++) {
            RangeWalk walk = walks.get(i);
            checked += walk.checked();
            if (!walk.intact()) {
                return ChainCheck.broken(checked, from, walk.badEntryId(), walk.badSequence(), walk.problem());
            }
            if (walk.firstIdBeyondHead() != null) {
                firstBeyondHead = walk.firstIdBeyondHead();
            }
            last = walk;
            if (walk.end() < ranges.get(i).to() && !walk.sawBeyond()) {
                break; // nothing follows: everything from here on is missing, which the end check names
            }
        }
        ChainCheck end = endCheck(last, head, coverage, firstBeyondHead, checked, from);
        if (end != null) {
            return end;
        }
        if (pending.problem() != null) {
            return ChainCheck.broken(checked + pending.checked(), from, pending.badEntryId(), null, pending.problem());
        }
        return ChainCheck.intact(
                checked + pending.checked(), pending.checked() + (last == null ? 0 : last.openSize()), from);
    }

    /** Compares the end of the walk with the chain head, the last batch and the last seal. */
    private static ChainCheck endCheck(
            RangeWalk walk, Head head, long coverage, Long firstBeyondHead, long checked, long from) {
        long last = walk.end();
        if (last < head.sequence()) {
            // The first missing entry has no row left to name, only its sequence.
            return ChainCheck.broken(
                    checked,
                    from,
                    null,
                    last + 1,
                    RangeWalk.missing(last + 1, head.sequence()) + " missing from the end (deleted)");
        }
        if (last > head.sequence()) {
            return ChainCheck.broken(
                    checked,
                    from,
                    firstBeyondHead,
                    head.sequence() + 1,
                    "the chain head ends at entry " + head.sequence() + " but entries go on to " + last
                            + " (chained without the chainer, or the head was reset)");
        }
        if (!Arrays.equals(walk.endHash(), head.hash())) {
            return ChainCheck.broken(
                    checked, from, walk.lastId(), last, "the last entry does not match the chain head (replaced)");
        }
        if (coverage > last) {
            return ChainCheck.broken(
                    checked,
                    from,
                    null,
                    last + 1,
                    RangeWalk.missing(last + 1, coverage) + " missing although sealed (deleted)");
        }
        return null;
    }

    private static Head head(Connection connection, UUID chain) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select last_sequence, last_hash from audit_chain_heads where chain_key = ?")) {
            select.setObject(1, chain);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Head(row.getLong(1), row.getBytes(2)) : new Head(0, GENESIS);
            }
        }
    }

    private List<Batch> batches(Connection connection, UUID chain) throws SQLException {
        List<Batch> batches = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select " + Batch.COLUMNS + " from audit_batches where chain_key = ? order by first_sequence")) {
            select.setObject(1, chain);
            select.setFetchSize(10_000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batches.add(Batch.of(rows));
                }
            }
        }
        return batches;
    }

    private List<Seal> seals(Connection connection, UUID chain) throws SQLException {
        List<Seal> seals = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select last_sequence, last_hash, sealed_at,"
                + " signature from audit_seals where chain_key = ? order by last_sequence")) {
            select.setObject(1, chain);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long sequence = rows.getLong(1);
                    byte[] hash = rows.getBytes(2);
                    Instant at = rows.getTimestamp(3).toInstant();
                    boolean valid = signatures.isValid(rows.getBytes(4), AuditSeals.message(chain, sequence, hash, at));
                    seals.add(new Seal(sequence, hash, at, valid));
                }
            }
        }
        return seals;
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql);
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }
}
