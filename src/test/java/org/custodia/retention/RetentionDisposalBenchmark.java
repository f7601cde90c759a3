package org.custodia.retention;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.custodia.casework.CaseId;
import org.custodia.casework.CaseType;
import org.custodia.casework.Cases;
import org.custodia.casework.People;
import org.custodia.casework.PersonDetails;
import org.custodia.casework.PersonId;
import org.custodia.retention.internal.DisposalSweep;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestGrants;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/**
 * Disposal rate over an organisation full of due records (looked-after children born in 1940, past
 * the 75-year rule), and the p99 of case reads by other clients without and during the sweep. Size
 * with {@code -Dbench.records} (default one million). Run with {@code ./mvnw -Pbench test
 * -Dtest=RetentionDisposalBenchmark}; writes {@code target/bench/retention-disposal.md}.
 */
@CustodiaTest
@TestPropertySource(properties = "custodia.retention.batch-size=${bench.batch-size:100}")
class RetentionDisposalBenchmark {

    static final int RECORDS = Integer.getInteger("bench.records", 1_000_000);
    static final int CLIENTS = 8;
    static final int SECONDS = 15;
    static final int READ_WINDOW_SECONDS = Integer.getInteger("bench.read-window", 60);

    @Autowired
    Cases cases;

    @Autowired
    People people;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestGrants grants;

    @Autowired
    TestDatabase database;

    @Autowired
    DisposalSweep sweep;

    @Test
    void disposalRateAndCaseReadsDuringASweep() throws Exception {
        TestOrganisation council = organisations.organisation();
        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        grants.grant(organisations.administrator(council), practitioner);
        CaseId target = targetCase(practitioner);
        long loadStarted = System.nanoTime();
        generate(council, practitioner);
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        adopt(dpo);
        Runnable read = () -> {
            SecurityContextHolder.getContext().setAuthentication(practitioner.authentication());
            try {
                cases.view(target, "benchmark");
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
        long[] quiet = reads(read, new AtomicBoolean(false), SECONDS);

        AtomicBoolean sweeping = new AtomicBoolean(true);
        long started = System.nanoTime();
        ExecutorService sweeper = Executors.newSingleThreadExecutor();
        Future<?> run = sweeper.submit(() -> {
            try {
                sweep.sweep(council.id(), dpo.actor());
            } finally {
                sweeping.set(false);
            }
        });
        // Readers share the sweep's first minute (or all of it, if shorter), then the sweep runs alone: the
        // first gives the effect on case reads, the second the rate a quiet nightly run reaches.
        long[] during = reads(read, sweeping, 0, READ_WINDOW_SECONDS);
        double readersStopped = (System.nanoTime() - started) / 1e9;
        long disposedWithReaders = disposed();
        run.get();
        double sweepSeconds = (System.nanoTime() - started) / 1e9;
        sweeper.shutdown();
        double alone = sweepSeconds - readersStopped;
        report(
                loadSeconds,
                sweepSeconds,
                disposedWithReaders / readersStopped,
                alone < 1 ? Double.NaN : (RECORDS - disposedWithReaders) / alone,
                quiet,
                during);
    }

    @Autowired
    RetentionSchedule schedule;

    private void adopt(TestUser dpo) {
        SecurityContextHolder.getContext().setAuthentication(dpo.authentication());
        try {
            schedule.adoptReadyMade();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private CaseId targetCase(TestUser practitioner) {
        SecurityContextHolder.getContext().setAuthentication(practitioner.authentication());
        try {
            PersonId child = people.register(new PersonDetails(
                    "Bench",
                    null,
                    "Child",
                    null,
                    java.time.LocalDate.of(2014, 1, 1),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
            CaseId id = cases.open(CaseType.LOOKED_AFTER_CHILD, child, null);
            cases.addNote(id, "Benchmark note: a paragraph of the kind practitioners write.");
            return id;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void generate(TestOrganisation council, TestUser by) throws Exception {
        try (Connection owner = database.owner()) {
            owner.setAutoCommit(false);
            String org = "'" + council.id().value() + "'::uuid";
            String user = "'" + by.id().value() + "'::uuid";
            owner.createStatement()
                    .executeUpdate("insert into people (id, organisation_id, first_name, last_name, date_of_birth,"
                            + " created_by, created_at, updated_at) select gen_random_uuid(), " + org
                            + ", 'Due' || g, 'Last' || (g % 5000), date '1940-01-01' + (g % 3000), " + user
                            + ", now(), now() from generate_series(1, " + RECORDS + ") g");
            owner.createStatement()
                    .executeUpdate("insert into cases (id, organisation_id, reference, case_type, child_id, status,"
                            + " opened_on, created_by, created_at) select gen_random_uuid(), " + org
                            + ", 'DUE-' || p.id, 'LOOKED_AFTER_CHILD', p.id, 'CLOSED', date '1950-01-01', " + user
                            + ", now() from people p where p.organisation_id = " + org
                            + " and p.first_name like 'Due%'");
            owner.commit();
            owner.createStatement().execute("analyze");
        }
    }

    private long disposed() throws Exception {
        try (Connection owner = database.owner();
                var rows = owner.createStatement().executeQuery("select count(*) from disposal_log")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long[] reads(Runnable read, AtomicBoolean whileTrue, int seconds) throws Exception {
        return reads(read, whileTrue, seconds, Integer.MAX_VALUE);
    }

    /**
     * Latencies in microseconds of reads by CLIENTS clients, for the given seconds or while the flag holds
     * (at most {@code limitSeconds}).
     */
    private static long[] reads(Runnable read, AtomicBoolean whileTrue, int seconds, int limitSeconds)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<long[]>> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(pool.submit(() -> {
                long[] latencies = new long[1 << 18];
                int n = 0;
                while (!stop.get() && n < latencies.length) {
                    long t = System.nanoTime();
                    read.run();
                    latencies[n++] = (System.nanoTime() - t) / 1000;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        if (seconds > 0) {
            Thread.sleep(seconds * 1000L);
        } else {
            long until = System.nanoTime() + limitSeconds * 1_000_000_000L;
            while (whileTrue.get() && System.nanoTime() - until < 0) {
                Thread.sleep(200);
            }
        }
        stop.set(true);
        List<long[]> parts = new ArrayList<>();
        int total = 0;
        for (Future<long[]> client : clients) {
            long[] part = client.get();
            parts.add(part);
            total += part.length;
        }
        pool.shutdown();
        long[] all = new long[total];
        int at = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        Arrays.sort(all);
        return all;
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))];
    }

    private static void report(
            double loadSeconds,
            double sweepSeconds,
            double rateWithReaders,
            double rateAlone,
            long[] quiet,
            long[] during)
            throws IOException {
        String report = String.format(
                """
                # Retention disposal benchmark

                Organisation of %,d due looked-after child case records (each with its own child, erased with the
                case: rows deleted, subject key destroyed, audited), loaded in %.0f s. Batches of %d. This machine
                has %d cores.

                | measure | value |
                |---|---|
                | sweep time | %.1f s |
                | disposal rate, whole sweep | %.0f records/s |
                | disposal rate while %d clients read (first %d s at most) | %.0f records/s |
                | disposal rate once the readers stopped | %.0f records/s |
                | case reads, no sweep (%d clients, %d s): count, p50, p99 | %,d, %d µs, %d µs |
                | case reads during the sweep (%d clients): count, p50, p99 | %,d, %d µs, %d µs |
                """,
                RECORDS,
                loadSeconds,
                Integer.getInteger("bench.batch-size", 100),
                Runtime.getRuntime().availableProcessors(),
                sweepSeconds,
                RECORDS / sweepSeconds,
                CLIENTS,
                READ_WINDOW_SECONDS,
                rateWithReaders,
                rateAlone,
                CLIENTS,
                SECONDS,
                quiet.length,
                percentile(quiet, 0.5),
                percentile(quiet, 0.99),
                CLIENTS,
                during.length,
                percentile(during, 0.5),
                percentile(during, 0.99));
        Path out = Path.of("target", "bench", "retention-disposal.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }
}
