package org.custodia.personaldata;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.custodia.casework.AttendanceCode;
import org.custodia.casework.AttendanceMark;
import org.custodia.casework.CaseId;
import org.custodia.casework.CaseType;
import org.custodia.casework.Cases;
import org.custodia.casework.LookedAfterChildren;
import org.custodia.casework.People;
import org.custodia.casework.PersonDetails;
import org.custodia.casework.PersonId;
import org.custodia.casework.Visit;
import org.custodia.casework.internal.PeopleRows;
import org.custodia.retention.RetentionSchedule;
import org.custodia.rights.RedactedFile;
import org.custodia.rights.ResponseDetails;
import org.custodia.rights.ResponseDocuments;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestGrants;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The time to assemble (and render) the subject file of a child with 500 case records, made through
 * the real facades, in an organisation grown by set-based SQL to each size of {@code -Dbench.sizes}
 * (default 1,000,000; e.g. {@code 1000000,10000000}) records: people, cases, case notes, visits,
 * attendance marks and audit entries of other people, with random bytes for ciphertext (nobody
 * decrypts them). The figures should barely move with the organisation's size: every per-subject
 * query is an index scan. Run with {@code ./mvnw -Pbench test -Dtest=SubjectAccessBenchmark}; writes
 * {@code target/bench/subject-access.md}.
 */
@CustodiaTest
class SubjectAccessBenchmark {

    static final long[] SIZES = Arrays.stream(
                    System.getProperty("bench.sizes", "1000000").split(","))
            .mapToLong(s -> Long.parseLong(s.trim()))
            .toArray();
    static final int ROUNDS = 5;

    @Autowired
    People people;

    @Autowired
    Cases cases;

    @Autowired
    LookedAfterChildren lookedAfter;

    @Autowired
    SubjectAccess access;

    @Autowired
    ResponseDocuments documents;

    @Autowired
    RetentionSchedule schedule;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestGrants grants;

    @Autowired
    TestDatabase database;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    org.custodia.platform.Tenancy tenancy;

    @Test
    void assemblingASubjectFileDependsOnTheSubjectNotTheOrganisation() throws Exception {
        TestOrganisation council = organisations.organisation();
        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        grants.grant(organisations.administrator(council), practitioner);
        SubjectAccessSteps.as(dpo, () -> {
            schedule.adoptReadyMade();
            return null;
        });
        long made = System.nanoTime();
        Subject subject = SubjectAccessSteps.as(practitioner, this::childWith500Records);
        CaseId lac = subject.lac();
        PersonId child = subject.child();
        double madeSeconds = (System.nanoTime() - made) / 1e9;

        StringBuilder rows = new StringBuilder();
        StringBuilder plans = new StringBuilder();
        long seeded = 0;
        for (long size : SIZES) {
            long started = System.nanoTime();
            seed(council, practitioner, seeded, size - seeded);
            double seedSeconds = (System.nanoTime() - started) / 1e9;
            seeded = size;
            long[] assemble = new long[ROUNDS];
            long[] render = new long[ROUNDS];
            SubjectFile file = null;
            byte[] pdf = null;
            byte[] zip = null;
            SubjectAccessSteps.assemble(access, dpo, List.of(child.value().toString())); // warm-up
            for (int i = 0; i < ROUNDS; i++) {
                long t = System.nanoTime();
                file = SubjectAccessSteps.assemble(
                        access, dpo, List.of(child.value().toString()));
                assemble[i] = (System.nanoTime() - t) / 1_000_000;
                RedactedFile redacted = RedactedFile.of(file, List.of());
                t = System.nanoTime();
                pdf = documents.pdf(redacted, details());
                zip = documents.zip(redacted, details());
                render[i] = (System.nanoTime() - t) / 1_000_000;
            }
            String row = String.format(
                    Locale.UK,
                    "| %,d | %,d | %,d | %d ms | %d ms | %d ms | %,d KB / %,d KB | %.0f s |%n",
                    size,
                    file.recordsIn("Case notes").size()
                            + file.recordsIn("Statutory visits").size()
                            + file.recordsIn("School attendance").size(),
                    file.size(),
                    median(assemble),
                    Arrays.stream(assemble).min().orElse(0),
                    median(render),
                    pdf.length / 1024,
                    zip.length / 1024,
                    seedSeconds);
            System.out.print("subject access: " + row);
            rows.append(row);
            plans.append(plans(council, lac, child, size));
            report(madeSeconds, rows, plans); // after each size, so a long run leaves what it measured
        }
    }

    record Subject(PersonId child, CaseId lac) {}

    private Subject childWith500Records() {
        PersonId child = people.register(new PersonDetails(
                "Bench", null, "Child", null, LocalDate.of(2014, 1, 1), null, null, null, null, null, null));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        CaseId lac = cases.open(CaseType.LOOKED_AFTER_CHILD, child, today.minusYears(1));
        for (int i = 0; i < 250; i++) {
            cases.addNote(
                    lac,
                    "Note " + i + ": a paragraph of the kind practitioners write about a visit, a call,"
                            + " a meeting with school, or how the child is getting on in the placement.");
        }
        for (int i = 0; i < 150; i++) {
            lookedAfter.recordVisit(
                    lac,
                    new Visit(
                            null,
                            today.minusDays(i),
                            "Pat Practitioner",
                            "Foster home",
                            i % 2 == 0,
                            "Visit " + i + ": the child was settled and talked about school.",
                            false,
                            null));
        }
        LocalDate day = today.minusDays(1);
        for (int i = 0; i < 100; day = day.minusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                lookedAfter.recordAttendance(
                        lac, new AttendanceMark(day, AttendanceMark.Session.AM, AttendanceCode.PRESENT_AM));
                i++;
            }
        }
        return new Subject(child, lac);
    }

    /**
     * Adds {@code count} records of other people: a twentieth people, as many cases, then case notes,
     * visits, attendance marks and audit entries about them (the entries bypass the chain trigger: the
     * benchmark organisation's chain is never verified).
     */
    private void seed(TestOrganisation council, TestUser by, long offset, long count) throws Exception {
        long people = count / 20;
        String org = "'" + council.id().value() + "'::uuid";
        String user = "'" + by.id().value() + "'::uuid";
        String cipher = "sha256(g::text::bytea) || sha256((g + 1)::text::bytea) || sha256((g + 2)::text::bytea)";
        try (Connection owner = database.owner();
                Statement sql = owner.createStatement()) {
            owner.setAutoCommit(false);
            sql.execute("create temp table bulk_cases (n bigint primary key, id uuid, child uuid) on commit drop");
            sql.execute("insert into bulk_cases select g, gen_random_uuid(), gen_random_uuid()"
                    + " from generate_series(1, " + people + ") g");
            sql.execute("insert into people (id, organisation_id, first_name, last_name, date_of_birth, created_by,"
                    + " created_at, updated_at) select child, " + org + ", 'Other' || (n + " + offset + "),"
                    + " 'Person' || (n % 5000), date '2005-01-01' + (n % 6000)::int, " + user + ", now(), now()"
                    + " from bulk_cases");
            sql.execute("insert into cases (id, organisation_id, reference, case_type, child_id, status, opened_on,"
                    + " created_by, created_at) select id, " + org + ", 'BULK-' || id, 'LOOKED_AFTER_CHILD', child,"
                    + " 'OPEN', date '2020-01-01', " + user + ", now() from bulk_cases");
            String pick = " from generate_series(1, %d) g join bulk_cases c on c.n = (g %% " + people + ") + 1";
            sql.execute("insert into case_notes (id, organisation_id, case_id, body, written_by, written_at)"
                    + " select gen_random_uuid(), " + org + ", c.id, " + cipher + ", " + user + ", now()"
                    + String.format(pick, count * 8 / 20));
            sql.execute("insert into lac_visits (id, organisation_id, case_id, visited_on, visitor, location,"
                    + " seen_alone, summary, recorded_by, recorded_at) select gen_random_uuid(), " + org + ", c.id,"
                    + " date '2021-01-01' + (g % 1500)::int, 'Social worker', 'Home', true, " + cipher + ", " + user
                    + ", now()" + String.format(pick, count * 4 / 20));
            sql.execute("insert into attendance_marks (organisation_id, case_id, attended_on, session, code,"
                    + " recorded_by, recorded_at) select " + org + ", c.id, date '1990-01-01' + (g / " + people
                    + ")::int, 'AM', 'PRESENT_AM', " + user + ", now()" + String.format(pick, count * 3 / 20));
            sql.execute("alter table audit_entries disable trigger user");
            sql.execute("insert into audit_entries (organisation_id, sequence, occurred_at, actor_type, actor_id,"
                    + " action, object_type, object_id, subject_id, outcome, previous_hash, entry_hash) select " + org
                    + ", 1000000000000 + " + offset + " + g, now(), 'USER', " + user + ", 'case.viewed', 'case',"
                    + " c.id::text, c.child, 'SUCCESS', sha256(g::text::bytea), sha256((g + 1)::text::bytea)"
                    + String.format(pick, count * 3 / 20));
            sql.execute("alter table audit_entries enable trigger user");
            owner.commit();
            owner.setAutoCommit(true);
            sql.execute("analyze");
        }
    }

    /** The plans of the per-subject queries as the application runs them: its role, row-level security on. */
    private String plans(TestOrganisation council, CaseId lac, PersonId child, long size) {
        StringBuilder out = new StringBuilder(String.format(Locale.UK, "%nPlans at %,d records:%n```%n", size));
        for (String query : List.of(
                "select * from case_notes where case_id in ('" + lac.value() + "') order by written_at",
                "select * from audit_entries where organisation_id = current_organisation() and subject_id = '"
                        + child.value() + "' order by sequence",
                "select * from cases c where c.id in "
                        + PeopleRows.CASES_OF_PERSON.replace(":person", "'" + child.value() + "'"),
                "select * from consent_events where person_id = '" + child.value() + "' or by_person_id = '"
                        + child.value() + "'")) {
            transactions.execute(status -> tenancy.callAs(council.id(), () -> {
                jdbc.sql("explain " + query)
                        .query(String.class)
                        .list()
                        .forEach(line -> out.append(line).append('\n'));
                return null;
            }));
            out.append('\n');
        }
        return out.append("```\n").toString();
    }

    private static ResponseDetails details() {
        return new ResponseDetails("Bench Council", "SAR-BENCH", "Bench Parent", "Bench Child", LocalDate.now());
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void report(double madeSeconds, StringBuilder rows, StringBuilder plans) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Subject access benchmark");
        lines.add("");
        lines.add(String.format(
                Locale.UK,
                "%d CPUs, load average %.1f at the end; %d rounds per size after a warm-up. The subject's 500 case"
                        + " records (250 notes, 150 visits, 100 attendance marks) were made through the facades in %.0f s;"
                        + " the file also holds the audit entries those calls wrote (\"who has seen my record\"), the"
                        + " person and the case. Assembly runs as the DPO: every holder's queries, decryption of each"
                        + " free-text value under the child's key, the supplementary information and the audit entry.",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                ROUNDS,
                madeSeconds));
        lines.add("");
        lines.add("| organisation records | subject's case records | records in the file | assemble (median) |"
                + " assemble (best) | render PDF + ZIP (median) | PDF / ZIP size | seeding |");
        lines.add("|---|---|---|---|---|---|---|---|");
        lines.add(rows.toString().trim());
        lines.add(plans.toString());
        Path out = Path.of("target", "bench", "subject-access.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", lines) + "\n");
        System.out.println(String.join("\n", lines));
    }
}
