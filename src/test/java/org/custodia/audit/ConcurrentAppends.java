package org.custodia.audit;

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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writers of one organisation auditing at once, each audited action in its own transaction, committed,
 * as the application writes them.
 */
final class ConcurrentAppends {

    private final Tenancy tenancy;
    private final TransactionTemplate perEntry;
    private final AuditTrail trail;

    ConcurrentAppends(Tenancy tenancy, PlatformTransactionManager transactions, AuditTrail trail) {
        this.tenancy = tenancy;
        this.perEntry = new TransactionTemplate(transactions);
        this.trail = trail;
    }

    /** Audited actions per second, all writers together, from start to the last writer's end. */
    double perSecond(OrganisationId organisation, int writers, int perWriter) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            Actor actor = anAdministrator().of(organisation).actor();
            for (int w = 0; w < writers; w++) {
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
            return writers * (double) perWriter / elapsed;
        } finally {
            pool.shutdown();
        }
    }

    private void write(OrganisationId organisation, Actor actor, int entries) {
        for (int i = 0; i < entries; i++) {
            AuditRecord record = AuditRecord.of("case.viewed", Outcome.SUCCESS)
                    .about("case", "case-" + i)
                    .forPurpose("casework")
                    .by(actor);
            tenancy.runAs(organisation, () -> perEntry.executeWithoutResult(status -> trail.record(record)));
        }
    }
}
