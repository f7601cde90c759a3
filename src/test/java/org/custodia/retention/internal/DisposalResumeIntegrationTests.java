package org.custodia.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.retention.RetentionSteps;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestClock;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A run that crashes part-way (here: an injected failure inside the third batch, after it has
 * disposed of its records but before it commits) resumes where it stopped: every due record goes
 * exactly once. Batches are 10 records in tests.
 */
@CustodiaTest
class DisposalResumeIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Tenancy tenancy;

    @Autowired
    DisposalSweep sweep;

    @Autowired
    TestClock clock;

    @Test
    void aCrashedRunResumesWithoutDisposingTwiceOrSkipping() {
        RetentionSteps steps = new RetentionSteps(mvc, jdbc, transactions, tenancy);
        TestOrganisation council = organisations.organisation();
        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        assertThat(steps.form(dpo, "/data-protection/retention/adoption")).hasStatus3xxRedirection();
        LocalDate today = UkCalendar.today(clock);
        List<UUID> due = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            due.add(steps.caseOfChildBorn(council.id(), "LOOKED_AFTER_CHILD", today.minusYears(76)));
        }
        UUID kept = steps.caseOfChildBorn(council.id(), "LOOKED_AFTER_CHILD", today.minusYears(70));

        UUID run = transactions.execute(s -> tenancy.callAs(council.id(), () -> sweep.begin(dpo.actor())));
        assertThatThrownBy(() -> sweep.run(council.id(), run, dpo.actor(), batch -> {
                    if (batch == 3) {
                        throw new IllegalStateException("power cut");
                    }
                }))
                .hasMessage("power cut");

        assertThat(steps.count(council.id(), "select destroyed from disposal_runs where id = '" + run + "'"))
                .isEqualTo(20);
        assertThat(steps.count(council.id(), "select count(*) from disposal_log where run_id = '" + run + "'"))
                .isEqualTo(20);
        assertThat(due.stream().filter(id -> steps.caseExists(council.id(), id)))
                .hasSize(15);
        assertThat(steps.count(council.id(), "select count(*) from disposal_runs where status = 'RUNNING'"))
                .isEqualTo(1);

        // The next start finds the unfinished run rather than beginning another.
        assertThat(sweep.sweep(council.id(), dpo.actor())).isEqualTo(run);

        assertThat(due.stream().filter(id -> steps.caseExists(council.id(), id)))
                .isEmpty();
        assertThat(steps.caseExists(council.id(), kept)).isTrue();
        assertThat(steps.count(council.id(), "select count(*) from disposal_log where run_id = '" + run + "'"))
                .isEqualTo(35);
        assertThat(steps.count(council.id(), "select count(distinct record_id) from disposal_log"))
                .isEqualTo(35);
        assertThat(steps.count(council.id(), "select destroyed from disposal_runs where id = '" + run + "'"))
                .isEqualTo(35);
        assertThat(steps.count(council.id(), "select expected from disposal_runs where id = '" + run + "'"))
                .isEqualTo(35);
        assertThat(steps.count(council.id(), "select count(*) from disposal_runs where status = 'COMPLETED'"))
                .isEqualTo(1);
        assertThat(organisations.auditDetails(council.id(), "retention.disposal-run-completed"))
                .singleElement()
                .asString()
                .contains("destroyed 35");
    }

    @Autowired
    TestDatabase database;

    @Test
    void aRuleRemovedWhileARunIsUnfinishedNeitherRepeatsNorSkipsAKind() throws Exception {
        RetentionSteps steps = new RetentionSteps(mvc, jdbc, transactions, tenancy);
        TestOrganisation school = organisations.organisation();
        TestUser dpo = organisations.user(school, Role.DATA_PROTECTION_OFFICER);
        assertThat(steps.form(dpo, "/data-protection/retention/adoption")).hasStatus3xxRedirection();
        LocalDate today = UkCalendar.today(clock);
        List<UUID> due = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            due.add(steps.caseOfChildBorn(school.id(), "PUPIL", today.minusYears(26)));
        }

        UUID run = transactions.execute(s -> tenancy.callAs(school.id(), () -> sweep.begin(dpo.actor())));
        // Batches of 10: looked-after children (none), child death reviews (none), then pupils.
        assertThatThrownBy(() -> sweep.run(school.id(), run, dpo.actor(), batch -> {
                    if (batch == 4) {
                        throw new IllegalStateException("power cut");
                    }
                }))
                .hasMessage("power cut");
        assertThat(due.stream().filter(id -> steps.caseExists(school.id(), id))).hasSize(15);

        try (Connection owner = database.owner()) {
            owner.createStatement()
                    .executeUpdate("delete from retention_rules where record_kind = 'LOOKED_AFTER_CHILD_CASE'"
                            + " and organisation_id = '" + school.id().value() + "'");
        }
        sweep.run(school.id(), run, dpo.actor(), DisposalSweep.BatchHook.NONE);

        assertThat(due.stream().filter(id -> steps.caseExists(school.id(), id))).isEmpty();
        assertThat(steps.count(school.id(), "select count(*) from disposal_log where run_id = '" + run + "'"))
                .isEqualTo(25);
        assertThat(steps.count(school.id(), "select destroyed from disposal_runs where id = '" + run + "'"))
                .isEqualTo(25);
    }
}
