package org.custodia.casework;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
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

/**
 * Reading one case under 50 concurrent clients, in an organisation of more than a million records:
 * through the facade (authorisation, row-level security, decryption of notes, an audit entry) and,
 * in the same run, the same rows read raw as the table owner (no RLS, no decryption, no audit), so
 * that the cost of protection is a ratio. Run with {@code ./mvnw -Pbench test}; writes
 * {@code target/bench/case-read.md}.
 */
@CustodiaTest
class CaseReadBenchmark {

    static final int CLIENTS = 50;
    static final int SECONDS = 20;
    static final int PEOPLE = 400_000;
    /** The same number of connections the application's pool has, so neither read gets more. */
    static final int APP_POOL_SIZE = 10;

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

    @Test
    void protectedAgainstRawRead() throws Exception {
        TestOrganisation council = organisations.organisation();
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        grants.grant(organisations.administrator(council), practitioner);
        CaseId target = targetCase(practitioner);
        long started = System.nanoTime();
        long records = generate(council, practitioner);
        double loadSeconds = (System.nanoTime() - started) / 1e9;

        Result raw;
        try (HikariDataSource pool = database.ownerPool(APP_POOL_SIZE)) {
            raw = run(() -> readRaw(pool, target));
        }
        Result facade = run(() -> {
            SecurityContextHolder.getContext().setAuthentication(practitioner.authentication());
            try {
                cases.view(target, "benchmark");
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        report(records, loadSeconds, facade, raw);
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
            for (int i = 0; i < 5; i++) {
                cases.addNote(id, "Benchmark note " + i + ": a paragraph of the kind practitioners write.");
            }
            return id;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** People, their cases and two weeks of attendance marks each, as the owner in bulk. */
    private long generate(TestOrganisation council, TestUser by) throws Exception {
        try (Connection owner = database.owner()) {
            owner.setAutoCommit(false);
            String org = "'" + council.id().value() + "'::uuid";
            String user = "'" + by.id().value() + "'::uuid";
            long rows = 0;
            rows += owner.createStatement()
                    .executeUpdate("insert into people (id, organisation_id, first_name,"
                            + " last_name, date_of_birth, created_by, created_at, updated_at) select gen_random_uuid(), "
                            + org
                            + ", 'First' || g, 'Last' || (g % 5000), date '2008-01-01' + (g % 5000), " + user
                            + ", now(), now() from generate_series(1, " + PEOPLE + ") g");
            rows += owner.createStatement()
                    .executeUpdate("insert into cases (id, organisation_id, reference, case_type,"
                            + " child_id, status, opened_on, created_by, created_at) select gen_random_uuid(), " + org
                            + ", 'GEN-' || p.id, 'PUPIL', p.id, 'OPEN', date '2025-09-01', " + user
                            + ", now() from people p"
                            + " where p.organisation_id = " + org + " and p.first_name like 'First%'");
            rows += owner.createStatement()
                    .executeUpdate("insert into attendance_marks (organisation_id, case_id,"
                            + " attended_on, session, code, recorded_by, recorded_at) select " + org + ", c.id,"
                            + " date '2025-11-03' + d, s, 'PRESENT_AM', " + user + ", now() from cases c,"
                            + " generate_series(0, 0) d, unnest(array['AM', 'PM']) s where c.organisation_id = " + org
                            + " and c.reference like 'GEN-%'");
            owner.commit();
            owner.createStatement().execute("analyze");
            return rows;
        }
    }

    /** The same rows the facade reads, without row-level security, decryption or an audit entry. */
    private static void readRaw(DataSource pool, CaseId id) {
        try (Connection owner = pool.getConnection();
                PreparedStatement read = owner.prepareStatement("select c.*, p.*, (select array_agg(user_id) from"
                        + " case_team t where t.case_id = c.id), (select array_agg(body) from case_notes n where"
                        + " n.case_id = c.id) from cases c join people p on p.id = c.child_id where c.id = ?")) {
            read.setObject(1, id.value());
            try (ResultSet rows = read.executeQuery()) {
                rows.next();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    record Result(long reads, double seconds, long p50, long p99) {
        double perSecond() {
            return reads / seconds;
        }
    }

    private Result run(Runnable read) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<long[]>> clients = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                while (!stop.get() && n < latencies.length) {
                    long t = System.nanoTime();
                    read.run();
                    latencies[n++] = System.nanoTime() - t;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        Thread.sleep(SECONDS * 1000L);
        stop.set(true);
        List<Long> all = new ArrayList<>();
        for (Future<long[]> client : clients) {
            for (long latency : client.get()) {
                all.add(latency);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        all.sort(null);
        return new Result(
                all.size(), seconds, all.get(all.size() / 2) / 1000, all.get((int) (all.size() * 0.99)) / 1000);
    }

    private static void report(long records, double loadSeconds, Result facade, Result raw) throws IOException {
        String report = String.format(
                """
                # Case read benchmark

                Organisation of %,d generated records (people, cases, attendance marks; plus the demo-sized case
                read), loaded in %.0f s. %d concurrent clients for %d s each, on this machine (%d cores).

                | read | reads/s | p50 (µs) | p99 (µs) |
                |---|---|---|---|
                | through the facade: authorisation, RLS, decryption of 5 notes, audit entry | %,.0f | %,d | %,d |
                | raw as the owner: no RLS, no decryption, no audit | %,.0f | %,d | %,d |

                Cost of protection: %.1f× the raw read's throughput, %.1f× its median latency.
                """,
                records,
                loadSeconds,
                CLIENTS,
                SECONDS,
                Runtime.getRuntime().availableProcessors(),
                facade.perSecond(),
                facade.p50(),
                facade.p99(),
                raw.perSecond(),
                raw.p50(),
                raw.p99(),
                raw.perSecond() / facade.perSecond(),
                (double) facade.p50() / raw.p50());
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/case-read.md"), report);
        System.out.println(report);
    }
}
