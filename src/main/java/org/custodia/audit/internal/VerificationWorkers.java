package org.custodia.audit.internal;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.custodia.encryption.Signatures;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Threads that walk ranges of a chain at once, each on its own connection importing the coordinator's
 * snapshot, taking the next range as they finish one. One per core by default: the walk is hashing.
 */
@Component
class VerificationWorkers {

    /** Entries {@code from} to {@code to} (inclusive; open-ended for the last range) and their batches. */
    record Range(long from, long to, byte[] previousHash, List<Batch> batches) {}

    private final DataSource dataSource;
    private final Signatures signatures;
    private final int threads;
    private final ExecutorService executor;

    VerificationWorkers(
            DataSource dataSource,
            Signatures signatures,
            @Value("${custodia.audit.verification.threads:0}") int threads) {
        this.dataSource = dataSource;
        this.signatures = signatures;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(this.threads, work -> {
            Thread thread = new Thread(work, "audit-verification-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The walk of each range, in range order, once all are done. */
    CompletableFuture<List<RangeWalk>> walk(
            UUID organisation,
            UUID chain,
            String snapshot,
            List<Range> ranges,
            NavigableMap<Long, byte[]> sealed,
            long headSequence,
            boolean fromTheStart) {
        RangeWalk[] walks = new RangeWalk[ranges.size()];
        AtomicInteger next = new AtomicInteger();
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int i = 0; i < Math.min(threads, ranges.size()); i++) {
            running.add(CompletableFuture.runAsync(
                    () -> {
                        Connection connection = null;
                        try {
                            connection = SnapshotConnections.open(dataSource, organisation, snapshot);
                            for (int r = next.getAndIncrement(); r < ranges.size(); r = next.getAndIncrement()) {
                                Range range = ranges.get(r);
                                walks[r] = walk(
                                        connection,
                                        organisation,
                                        chain,
                                        range,
                                        sealed,
                                        headSequence,
                                        fromTheStart && r == 0);
                            }
                        } catch (SQLException e) {
                            throw new IllegalStateException("Could not read the audit chain", e);
                        } finally {
                            if (connection != null) {
                                SnapshotConnections.close(connection);
                            }
                        }
                    },
                    executor));
        }
        return CompletableFuture.allOf(running.toArray(CompletableFuture[]::new))
                .thenApply(done -> List.of(walks));
    }

    private RangeWalk walk(
            Connection connection,
            UUID organisation,
            UUID chain,
            Range range,
            NavigableMap<Long, byte[]> sealed,
            long headSequence,
            boolean first)
            throws SQLException {
        RangeWalk walk = new RangeWalk(
                organisation, range.from(), range.to(), range.previousHash(), range.batches(), sealed, headSequence);
        // The very first range takes every chained row, so that one given a sequence below 1 is caught too.
        String where = SnapshotConnections.ownChain(organisation)
                + (first ? " and sequence is not null" : " and sequence >= " + range.from());
        // One row past the range, if any, shows that the next range follows on.
        String limit = range.to() == Long.MAX_VALUE ? "" : " limit " + (range.to() - range.from() + 2);
        AuditRows.copy(
                connection,
                "select " + AuditRows.COLUMNS + " from audit_entries where " + where + " order by sequence" + limit,
                walk);
        for (Batch batch : range.batches()) {
            if (!signatures.isValid(batch.signature(), batch.message(chain))) {
                walk.forged(batch);
                break;
            }
        }
        return walk;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
