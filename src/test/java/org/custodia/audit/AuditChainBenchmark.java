package org.custodia.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.testing.Actors.anAdministrator;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How fast the chain takes appends from concurrent writers (one organisation's chain is a single row
 * lock; separate organisations are not), and how fast a long chain verifies and in how much heap.
 * Run with {@code ./mvnw -Pbench test}; writes {@code target/bench/audit-chain.md}.
 */
@CustodiaTest
class AuditChainBenchmark {

    private static final int PER_WRITER = Integer.getInteger("bench.appends.perWriter", 1_000);
    private static final int ROUNDS = Integer.getInteger("bench.appends.rounds", 3);
    private static final int CHAIN_LENGTH = Integer.getInteger("bench.verify.entries", 1_000_000);
    private static final int LOAD_CHUNK = Integer.getInteger("bench.verify.chunk", 1_000);

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
        BenchReport report = new BenchReport(ROUNDS);
        ConcurrentAppends appends = new ConcurrentAppends(tenancy, transactions, auditTrail, auditLog, database);
        appends.perSecond(4, false, 500); // warm-up: JIT, pool, plans
        for (int writers : new int[] {1, 4, 8}) {
            for (boolean oneOrganisation : new boolean[] {true, false}) {
                // The median of a few rounds: this machine is shared, so single runs are noisy.
                double[] rates = new double[ROUNDS];
                for (int round = 0; round < ROUNDS; round++) {
                    rates[round] = appends.perSecond(writers, oneOrganisation, PER_WRITER);
                }
                report.append(writers, oneOrganisation, PER_WRITER, rates);
            }
        }
        OrganisationId organisation = TestOrganisations.create(database);
        long loadStarted = System.nanoTime();
        load(organisation, CHAIN_LENGTH);
        report.loaded(CHAIN_LENGTH, seconds(loadStarted));
        analyse();
        report.plans(
                plan(organisation, "organisation_id = current_organisation()"),
                plan(organisation, "organisation_id is not distinct from current_organisation()"));
        verify(organisation, report);
        report.write();
    }

    /**
     * Through the runtime role and the trigger, like any append, but a chunk of rows per statement.
     * Chunked because every row updates the chain head, and one transaction's own dead versions of that
     * row cannot be pruned before it commits.
     */
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

    private void verify(OrganisationId organisation, BenchReport report) throws Exception {
        System.gc();
        long heapBefore =
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        HeapSampler sampler = new HeapSampler(false);
        sampler.start();
        long started = System.nanoTime();
        AuditVerification verification = tenancy.callAs(organisation, auditLog::verifyCurrentChain);
        double elapsed = seconds(started);
        long peak = sampler.stop();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(CHAIN_LENGTH);
        // A second, untimed walk with a full GC before each sample: the heap the walk keeps alive.
        HeapSampler live = new HeapSampler(true);
        live.start();
        tenancy.callAs(organisation, auditLog::verifyCurrentChain);
        report.verified(
                CHAIN_LENGTH,
                elapsed,
                heapBefore,
                peak,
                live.stop(),
                Runtime.getRuntime().maxMemory());
    }

    private String plan(OrganisationId organisation, String predicate) {
        return tenancy.callAs(
                organisation,
                () -> new TransactionTemplate(transactions)
                        .execute(status -> String.join(
                                "\n",
                                jdbc.sql("explain select * from audit_entries where " + predicate
                                                + " order by sequence")
                                        .query(String.class)
                                        .list())));
    }

    /** Fresh statistics, so that the plans shown are those a long-lived database would use. */
    private void analyse() throws SQLException {
        try (Connection owner = database.owner()) {
            owner.createStatement().execute("analyze audit_entries");
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
