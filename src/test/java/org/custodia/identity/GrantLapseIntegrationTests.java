package org.custodia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.identity.TrainingSteps.DATA_PROTECTION;
import static org.custodia.identity.TrainingSteps.SAFEGUARDING;
import static org.custodia.identity.TrainingSteps.as;
import static org.custodia.identity.TrainingSteps.today;

import java.time.Duration;
import java.util.List;
import org.custodia.identity.internal.GrantLapseSweep;
import org.custodia.identity.internal.Notifications;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestClock;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A grant ends by itself when the holder's training stops being current: at once for every reader,
 * and on the record (audit, messages) when the sweep or an administrator's change next passes.
 */
@CustodiaTest
class GrantLapseIntegrationTests {

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestClock clock;

    @Autowired
    RequiredTraining required;

    @Autowired
    UserTraining training;

    @Autowired
    SensitiveDataGrants grants;

    @Autowired
    SensitiveDataAccess access;

    @Autowired
    GrantLapseSweep lapseSweep;

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Tenancy tenancy;

    @Autowired
    JdbcClient jdbc;

    TrainingSteps steps;
    TestOrganisation council;
    TestUser admin;
    TestUser worker;

    @BeforeEach
    void anOrganisationRequiringTheDefaultCourses() {
        steps = new TrainingSteps(required, training, grants);
        council = organisations.organisation();
        admin = organisations.administrator(council);
        worker = organisations.user(council, Role.PRACTITIONER);
        steps.require(admin, DATA_PROTECTION, SAFEGUARDING);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    boolean granted(TestUser user) {
        return as(admin, () -> access.isGranted(user.id()));
    }

    @Test
    void theGrantLapsesTheMomentTrainingExpiresWithoutWaitingForTheSweep() {
        steps.grantedFor(admin, worker, 10);
        assertThat(granted(worker)).isTrue();

        clock.advance(Duration.ofDays(11));

        assertThat(granted(worker)).isFalse();
        assertThat(as(worker, () -> access.currentActorIsGranted())).isFalse();
        assertThat(as(admin, () -> grants.statusOf(worker.id()).granted())).isFalse();
        assertThat(as(admin, () -> grants.holders())).isEmpty();
    }

    @Test
    void renewingTrainingAfterItExpiredDoesNotReviveTheGrant() {
        steps.grantedFor(admin, worker, 10);
        clock.advance(Duration.ofDays(11));

        steps.trained(admin, worker.id(), DATA_PROTECTION, today().plusDays(11), today().plusYears(2));

        assertThat(granted(worker)).isFalse();
        assertThat(organisations.auditDetails(council.id(), "sensitive-data-grant.lapsed"))
                .hasSize(1);
    }

    @Test
    void theSweepRecordsExactlyOneLapsePerGrantAndTellsTheHolderAndTheAdministrators() {
        TestUser other = organisations.user(council, Role.PRACTITIONER);
        TestUser stillTrained = organisations.user(council, Role.PRACTITIONER);
        steps.grantedFor(admin, worker, 5);
        steps.grantedFor(admin, other, 3);
        steps.grantedFor(admin, stillTrained, 100);

        clock.advance(Duration.ofDays(6));
        lapseSweep.sweep();
        lapseSweep.sweep();

        assertThat(lapsedUsers())
                .containsExactlyInAnyOrder(worker.id().toString(), other.id().toString());
        assertThat(organisations.auditDetails(council.id(), "sensitive-data-grant.lapsed"))
                .allMatch(detail -> detail.startsWith("SUCCESS:training not current: " + DATA_PROTECTION));
        assertThat(granted(stillTrained)).isTrue();
        assertThat(messagesOf(worker)).singleElement().asString().contains("Your access to sensitive data has lapsed");
        assertThat(messagesOf(admin))
                .hasSize(2)
                .allMatch(message -> message.contains("access to sensitive data has lapsed"));
        assertThat(messagesOf(stillTrained)).isEmpty();
    }

    @Test
    void whileAnotherNodeHoldsTheSweepsLockThisNodeLeavesTheSweepToIt() {
        steps.grantedFor(admin, worker, 2);
        clock.advance(Duration.ofDays(3));
        lapseSweep.sweep();
        jdbc.sql("update shedlock set lock_until = now() + interval '10 minutes', locked_by = 'another-node'"
                        + " where name = 'sensitive-data-grant-lapse-sweep'")
                .update();
        TestUser other = organisations.user(council, Role.PRACTITIONER);
        steps.grantedFor(admin, other, 100);
        clock.advance(Duration.ofDays(100));

        try {
            lapseSweep.sweep();
            assertThat(lapsedUsers()).containsExactly(worker.id().toString());
        } finally {
            jdbc.sql("update shedlock set lock_until = now() where name = 'sensitive-data-grant-lapse-sweep'")
                    .update();
        }
        lapseSweep.sweep();
        assertThat(lapsedUsers())
                .containsExactlyInAnyOrder(worker.id().toString(), other.id().toString());
    }

    @Test
    void requiringANewCourseEndsTheGrantsOfHoldersWhoHaveNotDoneIt() {
        steps.grantedFor(admin, worker, 100);

        steps.require(admin, "Information security");

        assertThat(granted(worker)).isFalse();
        assertThat(organisations.auditDetails(council.id(), "sensitive-data-grant.lapsed"))
                .containsExactly("SUCCESS:training not current: Information security (no record)");
    }

    private List<String> lapsedUsers() {
        return transactions.execute(status -> tenancy.callAs(
                council.id(),
                () -> jdbc.sql("select object_id from audit_entries where action = 'sensitive-data-grant.lapsed'"
                                + " and actor_type = 'SYSTEM'")
                        .query(String.class)
                        .list()));
    }

    private List<String> messagesOf(TestUser user) {
        return transactions.execute(status -> tenancy.callAs(
                council.id(),
                () -> notifications.of(user.id()).stream()
                        .map(Notifications.Notification::message)
                        .toList()));
    }
}
