package org.custodia.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.testing.Actors.anAdministrator;

import java.util.Map;
import javax.sql.DataSource;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.OrganisationId;
import org.custodia.testing.BenchReport;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audited writes of one organisation under many concurrent writers, each in its own committed
 * transaction, with the chainer running as in production (every second); then how fast the chainer
 * chains a backlog, and how fast a long chain verifies, whole and from its last seal. Run with
 * {@code ./mvnw -o -Pbench test -Dtest=AuditChainBenchmark}; writes target/bench/audit-chain.json and .md.
 */
@CustodiaTest
@TestPropertySource(
        properties = {
            "spring.datasource.hikari.maximum-pool-size=" + AuditChainBenchmark.POOL,
            "custodia.audit.chain-cron=* * * * * *",
            "custodia.audit.verification.range-entries=50000"
        })
class AuditChainBenchmark {

    static final int POOL = 60;
    private static final int WRITERS = Integer.getInteger("bench.appends.writers", 50);
    private static final int PER_WRITER = Integer.getInteger("bench.appends.perWriter", 400);
    private static final int ROUNDS = Integer.getInteger("bench.appends.rounds", 3);
    private static final int CHAIN_LENGTH = Integer.getInteger("bench.verify.entries", 1_000_000);
    private static final int VERIFY_WARM_UPS = Integer.getInteger("bench.verify.warmUps", 3);
    private static final int VERIFY_ROUNDS = Integer.getInteger("bench.verify.rounds", 5);
    private static final int LOAD_CHUNK = 1_000;

    @Autowired
    Tenancy tenancy;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditSeals seals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestDatabase database;

    @Autowired
    DataSource dataSource;

    @Test
    void appendsAndVerification() throws Exception {
        String synchronousCommit = new TransactionTemplate(transactions)
                .execute(status ->
                        jdbc.sql("show synchronous_commit").query(String.class).single());
        // The figures mean something only with production's durability: every commit waits for its flush.
        assertThat(synchronousCommit).isEqualTo("on");
        BenchReport report = new BenchReport(
                "audit-chain", "Audit chain benchmark", Map.of("synchronous_commit", synchronousCommit));

        ConcurrentAppends appends = new ConcurrentAppends(tenancy, transactions, auditTrail);
        OrganisationId warmUp = TestOrganisations.create(database);
        appends.perSecond(warmUp, WRITERS, 100); // JIT, pool, plans
        double[] rates = new double[ROUNDS];
        double[] backlog = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            OrganisationId organisation = TestOrganisations.create(database);
            rates[round] = appends.perSecond(organisation, WRITERS, PER_WRITER);
            backlog[round] = verify(organisation).pendingEntries();
            tenancy.callAs(organisation, auditTrail::chainPending);
            AuditVerification verification = verify(organisation);
            assertThat(verification.intact()).isTrue();
            assertThat(verification.entriesChecked()).isEqualTo((long) WRITERS * PER_WRITER);
            assertThat(verification.pendingEntries()).isZero();
        }
        AuditFloors floors = new AuditFloors(dataSource);
        floors.insertsPerSecond(warmUp, WRITERS, 100);
        double[] bare = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            bare[round] = floors.insertsPerSecond(TestOrganisations.create(database), WRITERS, PER_WRITER);
        }
        report.figure("writers", "Concurrent writers (one organisation, one transaction per audited action)", WRITERS);
        report.figure("pool_size", "Connection pool size", POOL);
        report.figure("append_entries_per_round", "Audited actions a round", WRITERS * PER_WRITER);
        report.rounds("append_per_s", "Audited actions committed per second, chainer running (median)", rates);
        report.rounds(
                "bare_insert_per_s",
                "Floor: the same insert committed by plain JDBC, no audit path, per second (median)",
                bare);
        report.rounds("pending_when_writers_end", "Entries not yet chained when the writers end (median)", backlog);

        OrganisationId organisation = TestOrganisations.create(database);
        long loadStarted = System.nanoTime();
        load(organisation, CHAIN_LENGTH);
        report.figure(
                "load_entries_per_s",
                "Writing the long chain's entries, 1,000 a transaction, entries/s",
                CHAIN_LENGTH / seconds(loadStarted));
        // The scheduled chainer has been at it meanwhile; what it left is chained here, timed.
        long chainStarted = System.nanoTime();
        int chained = tenancy.callAs(organisation, auditTrail::chainPending);
        double chaining = seconds(chainStarted);
        report.figure("chain_backlog_entries", "Backlog left when the writing ended, entries", chained);
        report.figure("chain_entries_per_s", "Chaining and sealing that backlog, entries/s", chained / chaining);
        report.figure(
                "load_and_chain_entries_per_s",
                "Writing and chaining the long chain together, entries/s",
                CHAIN_LENGTH / seconds(loadStarted));

        for (int i = 0; i < VERIFY_WARM_UPS; i++) {
            verify(organisation); // the JIT compiles the walk only after a few hundred thousand entries
        }
        double[] verifyRates = new double[VERIFY_ROUNDS];
        double fastest = Double.MAX_VALUE;
        for (int round = 0; round < VERIFY_ROUNDS; round++) {
            long started = System.nanoTime();
            AuditVerification verification = verify(organisation);
            double elapsed = seconds(started);
            assertThat(verification.intact()).isTrue();
            assertThat(verification.entriesChecked()).isEqualTo(CHAIN_LENGTH);
            verifyRates[round] = CHAIN_LENGTH / elapsed;
            fastest = Math.min(fastest, elapsed);
        }
        int threads = Runtime.getRuntime().availableProcessors();
        floors.streamedPerSecond(organisation, CHAIN_LENGTH, 50_000, threads);
        double[] streamed = new double[VERIFY_ROUNDS];
        for (int round = 0; round < VERIFY_ROUNDS; round++) {
            streamed[round] = floors.streamedPerSecond(organisation, CHAIN_LENGTH, 50_000, threads);
        }
        report.figure("verify_entries", "Entries in the verified chain", CHAIN_LENGTH);
        report.figure("verify_threads", "Verification threads", threads);
        report.figure(
                "verify_seconds", "Full verification, seconds (fastest round)", Math.round(fastest * 100) / 100.0);
        report.rounds("verify_entries_per_s", "Full verification, entries/s (median)", verifyRates);
        report.rounds(
                "stream_entries_per_s",
                "Floor: the same rows streamed by binary COPY on as many connections, not parsed or hashed,"
                        + " entries/s (median)",
                streamed);

        new TransactionTemplate(transactions).executeWithoutResult(s -> tenancy.runAs(organisation, seals::sealNow));
        int more = CHAIN_LENGTH / 100;
        load(organisation, more);
        tenancy.callAs(organisation, auditTrail::chainPending);
        long started = System.nanoTime();
        AuditVerification since = tenancy.callAs(organisation, auditLog::verifyCurrentChainSinceLastSeal);
        double elapsed = seconds(started);
        assertThat(since.intact()).isTrue();
        assertThat(since.entriesChecked()).isEqualTo(more);
        report.figure("verify_since_seal_entries", "Entries after the last seal", more);
        report.figure(
                "verify_since_seal_seconds",
                "Verification from the last seal, seconds",
                Math.round(elapsed * 1000) / 1000.0);
        report.note("Each audited action commits its entry pending, with a MAC; the chainer (every second, one per"
                + " organisation at a time) chains pending entries in batches of up to 5,000 sealed by a signed"
                + " RFC 6962 Merkle root. Verification reads by binary COPY and walks ranges of batches in parallel"
                + " in one exported snapshot.");
        report.write();
    }

    private AuditVerification verify(OrganisationId organisation) {
        return tenancy.callAs(organisation, auditLog::verifyCurrentChain);
    }

    /** Through the application's own record path (MAC and all), a thousand entries a transaction. */
    private void load(OrganisationId organisation, int entries) {
        Actor actor = anAdministrator().of(organisation).actor();
        TransactionTemplate perChunk = new TransactionTemplate(transactions);
        tenancy.runAs(organisation, () -> {
            for (int from = 0; from < entries; from += LOAD_CHUNK) {
                int first = from;
                perChunk.executeWithoutResult(status -> auditTrail.deferring(() -> {
                    for (int i = first; i < Math.min(entries, first + LOAD_CHUNK); i++) {
                        auditTrail.record(AuditRecord.of("case.viewed", Outcome.SUCCESS)
                                .about("case", "case-" + (i % 5000))
                                .forPurpose("casework")
                                .by(actor));
                    }
                    return null;
                }));
            }
        });
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
