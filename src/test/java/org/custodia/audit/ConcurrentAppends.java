package org.custodia.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.testing.Actors.anAdministrator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.OrganisationId;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writers appending at once, each entry in its own transaction as the application writes them: all in
 * one organisation (every append waits for the chain head's row lock) or each in its own.
 */
final class ConcurrentAppends {

    private final Tenancy tenancy;
    private final TransactionTemplate perEntry;
    private final AuditTrail trail;
    private final AuditLog log;
    private final TestDatabase database;

    ConcurrentAppends(
            Tenancy tenancy,
            PlatformTransactionManager transactions,
            AuditTrail trail,
            AuditLog log,
            TestDatabase database) {
        this.tenancy = tenancy;
        this.perEntry = new TransactionTemplate(transactions);
        this.trail = trail;
        this.log = log;
        this.database = database;
    }

    /** Appends per second, all writers together, from start to the last writer's end. */
    double perSecond(int writers, boolean oneOrganisation, int perWriter) throws Exception {
        List<OrganisationId> organisations = new ArrayList<>();
        for (int i = 0; i < (oneOrganisation ? 1 : writers); i++) {
            organisations.add(TestOrganisations.create(database));
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                OrganisationId organisation = organisations.get(oneOrganisation ? 0 : w);
                Actor actor = anAdministrator().of(organisation).actor();
                done.add(pool.submit(() -> {
                    start.await();
                    write(organisation, actor, perWriter);
                    return null;
                }));
            }
            long started = System.nanoTime();
            start.countDown();
            for (Future<?> writer : done) {
                writer.get();
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            assertChainsIntact(organisations, (long) writers * perWriter / organisations.size());
            return writers * (double) perWriter / elapsed;
        } finally {
            pool.shutdown();
        }
    }

    private void write(OrganisationId organisation, Actor actor, int entries) {
        for (int i = 0; i < entries; i++) {
            AuditRecord record = AuditRecord.of("case.viewed", Outcome.SUCCESS)
                    .about("case", "case-" + i)
                    .by(actor);
            tenancy.runAs(organisation, () -> perEntry.executeWithoutResult(status -> trail.record(record)));
        }
    }

    /** Concurrent writers must never break a chain or lose an entry. */
    private void assertChainsIntact(List<OrganisationId> organisations, long entriesEach) {
        for (OrganisationId organisation : organisations) {
            AuditVerification verification = tenancy.callAs(organisation, log::verifyCurrentChain);
            assertThat(verification.intact()).isTrue();
            assertThat(verification.entriesChecked()).isEqualTo(entriesEach);
        }
    }
}
