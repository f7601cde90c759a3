package org.custodia.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.StatementCounter;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestGrants;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reading one case page under 50 concurrent clients, in an organisation of many generated records,
 * with PostgreSQL committing as production does ({@code synchronous_commit = on}, asserted). Compared
 * in the same run, on the same pool size and JVM, each after a warm-up:
 *
 * <ul>
 *   <li>protected: the case page through the module (authorisation, need-to-know, restriction,
 *       sensitive-data grant, row-level security, decryption, an audit record, a durable commit);
 *   <li>floor: the same rows read as the runtime role under row-level security in one transaction,
 *       with no decryption and no audit (so a read-only commit, which waits for nothing);
 *   <li>floor with a durable commit: the floor plus a transaction id, so that its commit waits for the
 *       WAL flush as a protected read's does: the difference to the floor is the cost of committing;
 *   <li>raw owner: the same rows as the table owner, no row-level security, no transaction.
 * </ul>
 *
 * Run with {@code ./mvnw -o -Pbench test -Dtest=CaseReadBenchmark -Dbench.people=N -Dbench.seconds=S};
 * writes {@code target/bench/case-read.md} and {@code target/bench/case-read.json} (ratio = protected
 * / floor).
 */
@CustodiaTest
@Import(StatementCounter.class)
class CaseReadBenchmark {

    static final int CLIENTS = 50;
    static final int PEOPLE = Integer.getInteger("bench.people", 400_000);
    static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    // Thirty seconds: with both cores busy the JIT was still compiling the page's path after five
    // (JFR showed seconds of compilation inside the measured window), which halved its figure.
    static final int WARM_UP_SECONDS = Integer.getInteger("bench.warm-up-seconds", 30);

    @Autowired
    Cases cases;

    @Autowired
    People people;

    @Autowired
    LookedAfterChildren lookedAfter;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestGrants grants;

    @Autowired
    TestDatabase database;

    @Autowired
    DataSource application;

    @Autowired
    StatementCounter counter;

    @Test
    void protectedAgainstFloorAndRawRead() throws Exception {
        String synchronousCommit = synchronousCommit();
        assertThat(synchronousCommit).as("benchmarks run as production commits").isEqualTo("on");
        int poolSize = ((HikariDataSource) application).getMaximumPoolSize();
        TestOrganisation council = organisations.organisation();
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        grants.grant(organisations.administrator(council), practitioner);
        CaseId target = targetCase(practitioner);
        long started = System.nanoTime();
        long records = generate(council, practitioner);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        String organisation = council.id().toString();

        Result raw;
        try (HikariDataSource owner = database.ownerPool(poolSize)) {
            raw = measure(() -> readRaw(owner, target));
        }
        Result floor = measure(() -> readFloor(organisation, target, false));
        Result floorCommitted = measure(() -> readFloor(organisation, target, true));
        Runnable page = () -> as(practitioner, () -> readPage(target));
        Result protectedRead = measure(page);
        StatementCounter.Counts counts = as(
                practitioner,
                () -> counter.count(() -> {
                            readPage(target);
                            return null;
                        })
                        .counts());
        Report report = new Report(
                records, loadSeconds, synchronousCommit, poolSize, counts, protectedRead, floor, floorCommitted, raw);
        report.write();
    }

    /** The case page as a practitioner's browser gets it: one call, one transaction. */
    private void readPage(CaseId target) {
        cases.page(target, "benchmark");
    }

    private String synchronousCommit() throws SQLException {
        try (Connection connection = application.getConnection();
                ResultSet setting = connection.createStatement().executeQuery("show synchronous_commit")) {
            setting.next();
            return setting.getString(1);
        }
    }

    private static <T> T as(TestUser user, java.util.function.Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(user.authentication());
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void as(TestUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }

    /** A looked-after child's case with what a real one holds: notes, placements, a visit, a PEP, attendance. */
    private CaseId targetCase(TestUser practitioner) {
        return as(practitioner, () -> {
            PersonId child = people.register(new PersonDetails(
                    "Bench", null, "Child", null, LocalDate.of(2014, 1, 1), null, null, null, null, null, null));
            CaseId id = cases.open(
                    CaseType.LOOKED_AFTER_CHILD, child, LocalDate.now().minusYears(1));
            for (int i = 0; i < 5; i++) {
                cases.addNote(id, "Benchmark note " + i + ": a paragraph of the kind practitioners write.");
            }
            LocalDate today = LocalDate.now();
            lookedAfter.recordPlacement(
                    id, new Placement(null, PlacementType.FOSTER_CARE, today.minusMonths(11), null, null));
            lookedAfter.recordPlacement(
                    id, new Placement(null, PlacementType.CHILDRENS_HOME, today.minusMonths(3), null, null));
            lookedAfter.recordVisit(
                    id,
                    new Visit(
                            null,
                            today.minusDays(20),
                            "Social worker",
                            "Foster home",
                            true,
                            "Settled; spoke about school.",
                            false,
                            null));
            lookedAfter.recordPepMeeting(
                    id,
                    new PepMeeting(
                            null, today.minusDays(30), "Designated teacher, carer", "Targets agreed.", false, null));
            LocalDate first = today.withDayOfMonth(1);
            for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
                lookedAfter.recordAttendance(
                        id, new AttendanceMark(day, AttendanceMark.Session.AM, AttendanceCode.PRESENT_AM));
            }
            return id;
        });
    }

    /** People, their cases and attendance marks, as the owner in bulk. */
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

    /** The rows the case page shows, in one statement: no access decision, no decryption, no audit. */
    private static final String PAGE_ROWS = """
            select c.*, p.*,
              (select array_agg(t.user_id) from case_team t where t.case_id = c.id) as team,
              (select array_agg(n.body) from case_notes n where n.case_id = c.id) as notes,
              (select array_agg(cp.person_id) from case_participants cp where cp.case_id = c.id) as participants,
              (select array_agg(a.code) from attendance_marks a where a.case_id = c.id
                 and a.attended_on between ? and ?) as attendance,
              (select array_agg(pl.placement_type) from lac_placements pl where pl.case_id = c.id) as placements,
              (select array_agg(m.notes) from lac_pep_meetings m where m.case_id = c.id) as pep_meetings,
              (select array_agg(v.summary) from lac_visits v where v.case_id = c.id) as visits
            from cases c join people p on p.id = c.child_id where c.id = ?""";

    private static void readRaw(DataSource owner, CaseId id) {
        try (Connection connection = owner.getConnection()) {
            readPageRows(connection, id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As the runtime role, in one transaction for the organisation, as the application reads. */
    private void readFloor(String organisation, CaseId id, boolean durableCommit) {
        try (Connection connection = application.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement tenant =
                    connection.prepareStatement("select set_config('app.organisation_id', ?, true)")) {
                tenant.setString(1, organisation);
                tenant.execute();
            }
            readPageRows(connection, id);
            if (durableCommit) {
                connection.createStatement().execute("select pg_current_xact_id()");
            }
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void readPageRows(Connection connection, CaseId id) throws SQLException {
        YearMonth month = YearMonth.now();
        try (PreparedStatement read = connection.prepareStatement(PAGE_ROWS)) {
            read.setObject(1, month.atDay(1));
            read.setObject(2, month.atEndOfMonth());
            read.setObject(3, id.value());
            try (ResultSet rows = read.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("The benchmark's case is not there for this reader");
                }
            }
        }
    }

    record Result(long reads, double seconds, long p50, long p99) {
        double perSecond() {
            return reads / seconds;
        }
    }

    /** Warms up, then measures: 50 clients reading as fast as they can for the configured time. */
    private Result measure(Runnable read) throws Exception {
        run(read, WARM_UP_SECONDS);
        return run(read, SECONDS);
    }

    private Result run(Runnable read, int seconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<long[]>> clients = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(pool.submit(() -> {
                long[] latencies = new long[1 << 18];
                int n = 0;
                while (!stop.get() && n < latencies.length) {
                    long t = System.nanoTime();
                    read.run();
                    latencies[n++] = System.nanoTime() - t;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        List<Long> all = new ArrayList<>();
        for (Future<long[]> client : clients) {
            for (long latency : client.get()) {
                all.add(latency);
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        all.sort(null);
        return new Result(
                all.size(), elapsed, all.get(all.size() / 2) / 1000, all.get((int) (all.size() * 0.99)) / 1000);
    }

    record Report(
            long records,
            double loadSeconds,
            String synchronousCommit,
            int poolSize,
            StatementCounter.Counts counts,
            Result protectedRead,
            Result floor,
            Result floorCommitted,
            Result raw) {

        void write() throws IOException {
            double ratio = protectedRead.perSecond() / floor.perSecond();
            String markdown = String.format(
                    Locale.UK,
                    """
                    # Case read benchmark

                    Organisation of %,d generated records (people, cases, attendance marks; plus the case read),
                    loaded in %.0f s. %d concurrent clients, %d s warm-up then %d s measured for each read, on this
                    machine (%d cores). Pool: %d connections. synchronous_commit = %s.

                    | read | reads/s | p50 (ms) | p99 (ms) |
                    |---|---|---|---|
                    | protected: the case page (access, RLS, decryption, audit, durable commit) | %,.0f | %.2f | %.2f |
                    | floor: the same rows as the runtime role under RLS, one transaction | %,.0f | %.2f | %.2f |
                    | floor with a durable commit (the floor's commit waits for the WAL flush) | %,.0f | %.2f | %.2f |
                    | raw owner: no RLS, no transaction | %,.0f | %.2f | %.2f |

                    Protected / floor: %.2f. One case page: %d round trips to PostgreSQL, %d SQL commands,
                    %d commit.
                    """,
                    records,
                    loadSeconds,
                    CLIENTS,
                    WARM_UP_SECONDS,
                    SECONDS,
                    Runtime.getRuntime().availableProcessors(),
                    poolSize,
                    synchronousCommit,
                    protectedRead.perSecond(),
                    protectedRead.p50() / 1000.0,
                    protectedRead.p99() / 1000.0,
                    floor.perSecond(),
                    floor.p50() / 1000.0,
                    floor.p99() / 1000.0,
                    floorCommitted.perSecond(),
                    floorCommitted.p50() / 1000.0,
                    floorCommitted.p99() / 1000.0,
                    raw.perSecond(),
                    raw.p50() / 1000.0,
                    raw.p99() / 1000.0,
                    ratio,
                    counts.roundTrips(),
                    counts.commands(),
                    counts.commits());
            String json = String.format(
                    Locale.ROOT,
                    "{\"protected_rps\":%.1f,\"floor_rps\":%.1f,\"raw_owner_rps\":%.1f,\"ratio\":%.3f,"
                            + "\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"floor_with_durable_commit_rps\":%.1f,"
                            + "\"synchronous_commit\":\"%s\",\"clients\":%d,\"pool_size\":%d,"
                            + "\"round_trips_per_page\":%d,\"sql_commands_per_page\":%d,\"people\":%d,\"seconds\":%d}%n",
                    protectedRead.perSecond(),
                    floor.perSecond(),
                    raw.perSecond(),
                    ratio,
                    protectedRead.p50() / 1000.0,
                    protectedRead.p99() / 1000.0,
                    floorCommitted.perSecond(),
                    synchronousCommit,
                    CLIENTS,
                    poolSize,
                    counts.roundTrips(),
                    counts.commands(),
                    PEOPLE,
                    SECONDS);
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/case-read.md"), markdown);
            Files.writeString(Path.of("target/bench/case-read.json"), json);
            System.out.println(markdown);
            System.out.println(json);
        }
    }
}
