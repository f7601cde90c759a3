package org.custodia.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.custodia.audit.internal.AuditRows;
import org.custodia.shared.OrganisationId;

/**
 * What PostgreSQL alone does on this machine, for the benchmark to compare against: the same insert and
 * commit as an audited action without the application's audit path (no MAC, no record built, no
 * Spring transaction), and the same rows streamed by binary COPY without parsing, hashing or checking
 * them. The ceilings the audit figures can approach, never pass.
 */
final class AuditFloors {

    private static final String INSERT = "insert into audit_entries (organisation_id, occurred_at, actor_type,"
            + " actor_id, action, object_type, object_id, purpose, outcome, record_mac)"
            + " values (?, ?, 'USER', ?, 'case.viewed', 'case', ?, 'casework', 'SUCCESS', ?)";

    private final DataSource dataSource;

    AuditFloors(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Bare inserts committed one a transaction, by the runtime role under RLS, writers at once. */
    double insertsPerSecond(OrganisationId organisation, int writers, int perWriter) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            UUID actor = UUID.randomUUID();
            byte[] mac = new byte[32];
            for (int w = 0; w < writers; w++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perWriter; i++) {
                        insert(organisation, actor, "case-" + i, mac);
                    }
                    return null;
                }));
            }
            long started = System.nanoTime();
            start.countDown();
            for (Future<?> writer : done) {
                writer.get();
            }
            return writers * (double) perWriter / ((System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private void insert(OrganisationId organisation, UUID actor, String object, byte[] mac) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement tenant =
                            connection.prepareStatement("select set_config('app.organisation_id', ?, true)");
                    PreparedStatement insert = connection.prepareStatement(INSERT)) {
                tenant.setString(1, organisation.value().toString());
                tenant.execute();
                insert.setObject(1, organisation.value());
                insert.setTimestamp(2, Timestamp.from(Instant.now()));
                insert.setObject(3, actor);
                insert.setString(4, object);
                insert.setBytes(5, mac);
                insert.executeUpdate();
            }
            connection.commit();
        }
    }

    /**
     * The organisation's chained entries streamed in ranges of {@code range} by {@code threads} COPYs at
     * once, each row counted and dropped: the rows verification reads, at the rate the server sends them.
     */
    double streamedPerSecond(OrganisationId organisation, long entries, long range, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicLong next = new AtomicLong(1);
            AtomicLong rows = new AtomicLong();
            List<Future<?>> done = new ArrayList<>();
            long started = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    stream(organisation, entries, range, next, rows);
                    return null;
                }));
            }
            for (Future<?> thread : done) {
                thread.get();
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            if (rows.get() != entries) {
                throw new IllegalStateException("Streamed " + rows.get() + " entries, not " + entries);
            }
            return entries / elapsed;
        } finally {
            pool.shutdown();
        }
    }

    private void stream(OrganisationId organisation, long entries, long range, AtomicLong next, AtomicLong rows)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement tenant =
                    connection.prepareStatement("select set_config('app.organisation_id', ?, true)")) {
                tenant.setString(1, organisation.value().toString());
                tenant.execute();
            }
            for (long from = next.getAndAdd(range); from <= entries; from = next.getAndAdd(range)) {
                long[] count = {0};
                AuditRows.copy(
                        connection,
                        "select " + AuditRows.COLUMNS + " from audit_entries where organisation_id ="
                                + " current_organisation() and sequence >= " + from + " and sequence < "
                                + (from + range) + " order by sequence",
                        row -> ++count[0] > 0);
                rows.addAndGet(count[0]);
            }
            connection.rollback();
        }
    }
}
