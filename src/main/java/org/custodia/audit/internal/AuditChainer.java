package org.custodia.audit.internal;

import java.io.ByteArrayOutputStream;
import java.security.DigestException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.custodia.encryption.Macs;
import org.custodia.encryption.Signatures;
import org.custodia.platform.Tenancy;
import org.custodia.shared.OrganisationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the current organisation's chain up to date, one batch per transaction: takes the pending
 * entries in the order they were written, checks each against its MAC (an entry altered before it is
 * chained is never signed into a batch; it stays pending, and verification names it), chains them by
 * SHA-256, and seals the batch with a signed RFC 6962 Merkle root. One chainer per chain at a time,
 * whatever the number of nodes: a PostgreSQL advisory lock held by the batch's transaction.
 */
@Component
public class AuditChainer {

    private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);
    private static final int LOCK_NAMESPACE = 0x61756469;
    private static final UUID PLATFORM_CHAIN = new UUID(0, 0);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate perBatch;
    private final Macs macs;
    private final Signatures signatures;
    private final Clock clock;
    private final int batchSize;
    private final Set<Long> reported = ConcurrentHashMap.newKeySet();

    AuditChainer(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Macs macs,
            Signatures signatures,
            Clock clock,
            @Value("${custodia.audit.batch-size:5000}") int batchSize) {
        this.jdbc = jdbc;
        this.perBatch = new TransactionTemplate(transactions);
        this.perBatch.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.macs = macs;
        this.signatures = signatures;
        this.clock = clock;
        this.batchSize = Math.max(1, batchSize);
    }

    private record Step(int chained, boolean more) {}

    private record Position(long sequence, byte[] hash) {}

    /**
     * Chains and seals every pending entry of the current organisation's chain (the platform's without
     * one) that is committed now. With {@code wait}, waits for a chainer already at work on the chain;
     * without, leaves the chain to it. Returns how many entries were chained.
     */
    public int chainPending(boolean wait) {
        UUID organisation = Tenancy.current().map(OrganisationId::value).orElse(null);
        int total = 0;
        Step step;
        do {
            step = perBatch.execute(status ->
                    jdbc.execute((ConnectionCallback<Step>) connection -> step(connection, organisation, wait)));
            total += step.chained();
        } while (step.more());
        return total;
    }

    private Step step(Connection connection, UUID organisation, boolean wait) throws SQLException {
        UUID chain = organisation == null ? PLATFORM_CHAIN : organisation;
        if (!lock(connection, chain, wait)) {
            return new Step(0, false);
        }
        Position head = position(
                connection, "select last_sequence, last_hash from audit_chain_heads" + " where chain_key = ?", chain);
        Position batched = position(
                connection,
                "select last_sequence, last_hash from audit_batches"
                        + " where chain_key = ? order by first_sequence desc limit 1",
                chain);
        if (head.sequence() > batched.sequence()) {
            return sealChained(connection, organisation, chain, batched, head);
        }
        if (head.sequence() < batched.sequence()) {
            log.error(
                    "The audit chain {} has its head at entry {}, before its last batch ends ({}); nothing more is"
                            + " chained until it is put right",
                    chain,
                    head.sequence(),
                    batched.sequence());
            return new Step(0, false);
        }
        return chainNew(connection, organisation, chain, head);
    }

    /** Pending entries in the order written, checked, hashed into the chain, sealed as one batch. */
    private Step chainNew(Connection connection, UUID organisation, UUID chain, Position head) throws SQLException {
        CanonicalWriter canonical = new CanonicalWriter(organisation);
        MessageDigest sha256 = MerkleTree.sha256();
        MerkleTree.Builder tree = new MerkleTree.Builder();
        Long[] ids = new Long[batchSize];
        ByteArrayOutputStream hashes = new ByteArrayOutputStream(batchSize * 32);
        byte[] previous = head.hash().clone();
        long[] cursor = {0, 0}; // the last id read, and how many rows the page held
        int[] count = {0};
        boolean fullPage;
        do {
            int wanted = batchSize - count[0];
            cursor[1] = 0;
            AuditRows.copy(
                    connection,
                    "select " + AuditRows.COLUMNS + " from audit_entries where "
                            + SnapshotConnections.ownChain(organisation) + " and sequence is null and id > "
                            + cursor[0] + " order by id limit " + wanted,
                    row -> {
                        cursor[0] = row.id();
                        cursor[1]++;
                        String problem = PendingCheck.problemWith(row, canonical, macs);
                        if (problem != null) {
                            if (reported.size() < 10_000 && reported.add(row.id())) {
                                log.error("Audit entry {} is not chained: {}", row.id(), problem);
                            }
                            return true;
                        }
                        int length = canonical.chained(row, head.sequence() + count[0] + 1);
                        sha256.update(previous);
                        sha256.update(canonical.bytes(), 0, length);
                        digest(sha256, previous);
                        tree.add(previous, 0);
                        hashes.writeBytes(previous);
                        ids[count[0]++] = row.id();
                        return true;
                    });
            fullPage = cursor[1] == wanted;
        } while (fullPage && count[0] < batchSize);
        int chained = count[0];
        if (chained == 0) {
            return new Step(0, false);
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        byte[] root = tree.root();
        byte[] signature = signatures.sign(
                Batch.message(chain, head.sequence() + 1, head.sequence() + chained, head.hash(), previous, root, at));
        try (PreparedStatement call = connection.prepareStatement("select audit_chain_pending(?, ?, ?, ?, ?, ?)")) {
            call.setArray(1, connection.createArrayOf("bigint", Arrays.copyOf(ids, chained)));
            call.setBytes(2, hashes.toByteArray());
            call.setLong(3, head.sequence());
            call.setBytes(4, root);
            call.setTimestamp(5, Timestamp.from(at));
            call.setBytes(6, signature);
            call.execute();
        }
        return new Step(chained, chained == batchSize);
    }

    /**
     * Entries chained before batches existed (by the old per-insert trigger) are sealed into batches
     * of their own first, once their chain is shown intact up to each batch's end.
     */
    private Step sealChained(Connection connection, UUID organisation, UUID chain, Position batched, Position head)
            throws SQLException {
        long from = batched.sequence() + 1;
        long to = Math.min(head.sequence(), batched.sequence() + batchSize);
        RangeWalk walk =
                new RangeWalk(organisation, from, to, batched.hash(), List.of(), new TreeMap<>(), head.sequence());
        AuditRows.copy(
                connection,
                "select " + AuditRows.COLUMNS + " from audit_entries where "
                        + SnapshotConnections.ownChain(organisation) + " and sequence >= " + from
                        + " order by sequence limit " + (to - from + 2),
                walk);
        if (!walk.intact() || walk.end() != to) {
            log.error(
                    "The audit chain {} cannot be sealed from entry {}: {}; nothing more is chained until"
                            + " it is put right",
                    chain,
                    from,
                    walk.intact() ? "entries are missing" : walk.problem());
            return new Step(0, false);
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        byte[] root = walk.openRoot();
        byte[] signature = signatures.sign(Batch.message(chain, from, to, batched.hash(), walk.endHash(), root, at));
        try (PreparedStatement call = connection.prepareStatement("select audit_seal_chained(?, ?, ?, ?)")) {
            call.setLong(1, to);
            call.setBytes(2, root);
            call.setTimestamp(3, Timestamp.from(at));
            call.setBytes(4, signature);
            call.execute();
        }
        return new Step(0, true);
    }

    private static boolean lock(Connection connection, UUID chain, boolean wait) throws SQLException {
        String function = wait ? "pg_advisory_xact_lock" : "pg_try_advisory_xact_lock";
        try (PreparedStatement lock = connection.prepareStatement("select " + function + "(?, ?)")) {
            lock.setInt(1, LOCK_NAMESPACE);
            lock.setInt(2, chain.hashCode());
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                return wait || row.getBoolean(1);
            }
        }
    }

    private static Position position(Connection connection, String sql, UUID chain) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, chain);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Position(row.getLong(1), row.getBytes(2)) : new Position(0, new byte[32]);
            }
        }
    }

    private static void digest(MessageDigest sha256, byte[] into) {
        try {
            sha256.digest(into, 0, 32);
        } catch (DigestException e) {
            throw new IllegalStateException(e);
        }
    }
}
