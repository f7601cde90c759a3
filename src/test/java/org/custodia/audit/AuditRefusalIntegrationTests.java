package org.custodia.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.custodia.testing.Actors.anAdministrator;

import java.util.concurrent.TimeUnit;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.OrganisationId;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestTrail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Refusals outlive the refused transaction, even one that had already written to the trail. */
@CustodiaTest
class AuditRefusalIntegrationTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    Tenancy tenancy;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TestDatabase database;

    @Autowired
    TestTrail testTrail;

    @Test
    // Guards against a hang (the refusal waiting for the chain its own request holds), not a speed test.
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aRefusalAfterAnAuditedStepIsKeptWhenTheTransactionRollsBack() {
        OrganisationId organisation = TestOrganisations.create(database);
        Actor actor = anAdministrator().of(organisation).actor();

        assertThatThrownBy(() -> tenancy.runAs(
                        organisation,
                        () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                            trail.record(AuditRecord.of("case.viewed", Outcome.SUCCESS)
                                    .about("case", "a")
                                    .by(actor));
                            trail.recordRefusal(AuditRecord.of("case.closed", Outcome.DENIED)
                                    .about("case", "a")
                                    .by(actor));
                            throw new IllegalStateException("refused");
                        })))
                .hasMessage("refused");

        assertThat(actions(organisation)).containsExactly("case.closed:DENIED");
        assertThat(testTrail.verify(organisation).intact()).isTrue();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aRefusalOutsideATransactionIsWrittenAtOnce() {
        OrganisationId organisation = TestOrganisations.create(database);
        Actor actor = anAdministrator().of(organisation).actor();

        tenancy.runAs(
                organisation,
                () -> trail.recordRefusal(AuditRecord.of("case.closed", Outcome.DENIED)
                        .about("case", "b")
                        .by(actor)));

        assertThat(actions(organisation)).containsExactly("case.closed:DENIED");
    }

    /** Read as the owner, past row-level security and past the application's own code. */
    private java.util.List<String> actions(OrganisationId organisation) {
        java.util.List<String> actions = new java.util.ArrayList<>();
        try (var owner = database.owner();
                var select = owner.prepareStatement("select action || ':' || outcome from audit_entries"
                        + " where organisation_id = ? order by sequence")) {
            select.setObject(1, organisation.value());
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return actions;
    }
}
