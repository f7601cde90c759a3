package org.custodia.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.testing.Actors.anAdministrator;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.OrganisationId;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Long work that audits as it goes writes its entries at the end, in order, while others audit meanwhile. */
@CustodiaTest
class AuditDeferringIntegrationTests {

    @Autowired
    AuditTrail audit;

    @Autowired
    TestDatabase database;

    @Autowired
    TestTrail trail;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Tenancy tenancy;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anotherRequestAuditsWhileDeferredWorkIsUnderWayAndTheWorksEntriesFollowInOrder() throws Exception {
        OrganisationId organisation = TestOrganisations.create(database);
        Actor actor = anAdministrator().of(organisation).actor();
        CountDownLatch otherRequestCommitted = new CountDownLatch(1);
        boolean[] otherWentFirst = new boolean[1];

        transactions.executeWithoutResult(status -> tenancy.runAs(
                organisation,
                () -> audit.deferring(() -> {
                    audit.record(AuditRecord.of("test.first", Outcome.SUCCESS).by(actor));
                    CompletableFuture.runAsync(() -> {
                        trail.append(
                                organisation,
                                AuditRecord.of("test.meanwhile", Outcome.SUCCESS)
                                        .by(actor)
                                        .in(organisation));
                        otherRequestCommitted.countDown();
                    });
                    try {
                        otherWentFirst[0] = otherRequestCommitted.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    audit.record(AuditRecord.of("test.second", Outcome.SUCCESS).by(actor));
                    return null;
                })));

        assertThat(otherWentFirst[0]).isTrue();
        trail.chain(organisation);
        assertThat(actions(organisation)).containsExactly("test.meanwhile", "test.first", "test.second");
        assertThat(trail.verify(organisation).intact()).isTrue();
    }

    private List<String> actions(OrganisationId organisation) {
        return transactions.execute(status -> tenancy.callAs(
                organisation,
                () -> jdbc.sql("select action from audit_entries where action like 'test.%' order by sequence")
                        .query(String.class)
                        .list()));
    }
}
