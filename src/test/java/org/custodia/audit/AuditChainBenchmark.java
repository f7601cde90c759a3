package org.custodia.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.testing.Actors.anAdministrator;

import java.sql.Timestamp;
import java.time.Instant;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.OrganisationId;
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
 * transaction, and how fast a long chain verifies. Run with
 * {@code ./mvnw -o -Pbench test -Dtest=AuditChainBenchmark}; writes target/bench/audit-chain.json and .md.
 */
@CustodiaTest
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=" + AuditChainBenchmark.POOL)
class AuditChainBenchmark {

    static final int POOL = 60;
    private static final int WRITERS = Integer.getInteger("bench.appends.writers", 50);
    private static final int PER_WRITER = Integer.getInteger("bench.appends.perWriter", 400);
    private static final int ROUNDS = Integer.getInteger("bench.appends.rounds", 3);
    private static final int CHAIN_LENGTH = Integer.getInteger("bench.verify.entries", 1_000_000);
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
    JdbcClient jdbc;

    @Autowired
    TestDatabase database;

    @Test
    void appendsAndVerification() throws Exception {
        String synchronousCommit = new TransactionTemplate(transactions)
                .execute(status ->
                        jdbc.sql("show synchronous_commit").query(String.class).single());
        // The figures mean something only with production's durability: every commit waits for its flush.
        assertThat(synchronousCommit).isEqualTo("on");
        BenchReport report = new BenchReport(synchronousCommit);

        ConcurrentAppends appends = new ConcurrentAppends(tenancy, transactions, auditTrail);
        OrganisationId warmUp = TestOrganisations.create(database);
        appends.perSecond(warmUp, WRITERS, 100); // JIT, pool, plans
        double[] rates = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            OrganisationId organisation = TestOrganisations.create(database);
            rates[round] = appends.perSecond(organisation, WRITERS, PER_WRITER);
            AuditVerification verification = tenancy.callAs(organisation, auditLog::verifyCurrentChain);
            assertThat(verification.intact()).isTrue();
            assertThat(verification.entriesChecked()).isEqualTo((long) WRITERS * PER_WRITER);
        }
        report.figure("writers", "Concurrent writers (one organisation, one transaction per audited action)", WRITERS);
        report.figure("pool_size", "Connection pool size", POOL);
        report.figure("append_entries_per_round", "Audited actions a round", WRITERS * PER_WRITER);
        report.rounds("append_per_s", "Audited actions committed per second (median of rounds)", rates);

        OrganisationId organisation = TestOrganisations.create(database);
        long loadStarted = System.nanoTime();
        load(organisation, CHAIN_LENGTH);
        report.figure("verify_entries", "Entries in the verified chain", CHAIN_LENGTH);
        report.figure("load_entries_per_s", "Loading the chain, entries/s", CHAIN_LENGTH / seconds(loadStarted));
        tenancy.callAs(organisation, auditLog::verifyCurrentChain); // warm-up
        long started = System.nanoTime();
        AuditVerification verification = tenancy.callAs(organisation, auditLog::verifyCurrentChain);
        double elapsed = seconds(started);
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(CHAIN_LENGTH);
        report.figure("verify_seconds", "Full verification, seconds", Math.round(elapsed * 100) / 100.0);
        report.figure("verify_entries_per_s", "Full verification, entries/s", CHAIN_LENGTH / elapsed);
        report.write();
    }

    /** Through the runtime role and the trigger, like any append, but a chunk of rows per statement. */
    private void load(OrganisationId organisation, int entries) {
        Actor actor = anAdministrator().of(organisation).actor();
        TransactionTemplate perChunk = new TransactionTemplate(transactions);
        Timestamp base = Timestamp.from(Instant.now().minusSeconds(entries / 1000 + 60));
        tenancy.runAs(organisation, () -> {
            for (int from = 1; from <= entries; from += LOAD_CHUNK) {
                int to = Math.min(entries, from + LOAD_CHUNK - 1);
                int first = from;
                perChunk.executeWithoutResult(status -> jdbc.sql("""
                                insert into audit_entries (organisation_id, occurred_at, actor_type, actor_id, action,
                                    object_type, object_id, purpose, outcome, request_id)
                                select current_organisation(), cast(:base as timestamptz) + g * interval '1 millisecond',
                                    'USER', :actor, 'case.viewed', 'case', 'case-' || (g % 5000), 'casework', 'SUCCESS',
                                    'bench-' || g
                                from generate_series(cast(:from as int), cast(:to as int)) g
                                """)
                        .param("base", base)
                        .param("actor", actor.id().value())
                        .param("from", first)
                        .param("to", to)
                        .update());
            }
        });
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
