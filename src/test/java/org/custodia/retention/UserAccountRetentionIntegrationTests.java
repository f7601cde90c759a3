package org.custodia.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.retention.internal.DisposalSweep;
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
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/** Leavers' accounts under the ready-made schedule: two years from last contact, then anonymised. */
@CustodiaTest
class UserAccountRetentionIntegrationTests {

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

    RetentionSteps steps;
    TestOrganisation council;
    TestUser dpo;
    TestUser admin;

    @BeforeEach
    void anOrganisationThatAdoptedTheReadyMadeSchedule() {
        steps = new RetentionSteps(mvc, jdbc, transactions, tenancy);
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        admin = organisations.administrator(council);
        assertThat(steps.form(dpo, "/data-protection/retention/adoption")).hasStatus3xxRedirection();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aLeaversAccountIsAnonymisedTwoYearsAfterLastContactAndNeverAgain() {
        TestUser leaver = organisations.user(council, Role.PRACTITIONER);
        assertThat(signIn(council, leaver)).hasStatus3xxRedirection();
        steps.in(
                council.id(),
                () -> jdbc.sql(
                                "insert into marketing_preference_changes (organisation_id, user_id,"
                                        + " channel, opted_in, changed_at) values (current_organisation(), :user, 'EMAIL', true, now())")
                        .param("user", leaver.id().value())
                        .update());
        disable(admin, leaver);
        TestUser colleague = organisations.user(council, Role.PRACTITIONER);
        TestUser held = organisations.user(council, Role.PRACTITIONER);
        disable(admin, held);
        placeHold(held.id().value());
        TestOrganisation school = organisations.organisation();
        TestUser otherDpo = organisations.user(school, Role.DATA_PROTECTION_OFFICER);
        assertThat(steps.form(otherDpo, "/data-protection/retention/adoption")).hasStatus3xxRedirection();
        TestUser otherLeaver = organisations.user(school, Role.PRACTITIONER);
        disable(organisations.administrator(school), otherLeaver);

        clock.advance(Duration.ofDays(365));
        sweep.sweep(council.id(), dpo.actor());
        assertThat(account(council, leaver)).containsEntry("email", leaver.email());

        clock.advance(Duration.ofDays(2 * 365));
        UUID run = sweep.sweep(council.id(), dpo.actor());

        Map<String, Object> anonymised = account(council, leaver);
        assertThat(anonymised)
                .containsEntry("first_name", "Former")
                .containsEntry("last_name", "user")
                .containsEntry("email", "erased-" + leaver.id().value() + "@invalid")
                .containsEntry("job_role", "")
                .containsEntry("status", "DISABLED")
                .containsEntry("password_hash", null)
                .containsEntry("totp_secret", null);
        assertThat(anonymised.get("anonymised_at")).isNotNull();
        assertThat(steps.count(
                        council.id(),
                        "select count(*) from marketing_preference_changes where user_id = '"
                                + leaver.id().value() + "'"))
                .isZero();
        assertThat(signIn(council, leaver)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.post()
                        .uri("/api/v1/users/" + leaver.id().value() + "/enable")
                        .with(csrf())
                        .with(authentication(admin.authentication())))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(organisations.auditDetails(council.id(), "user.anonymised")).hasSize(1);
        assertThat(steps.count(
                        council.id(),
                        "select count(*) from audit_entries where action = 'user.anonymised'" + " and object_id = '"
                                + leaver.id().value() + "'"))
                .isEqualTo(1);
        assertThat(steps.count(council.id(), "select anonymised from disposal_runs where id = '" + run + "'"))
                .isEqualTo(1);

        assertThat(account(council, colleague)).containsEntry("email", colleague.email());
        assertThat(account(council, held)).containsEntry("email", held.email());
        assertThat(steps.count(council.id(), "select held from disposal_runs where id = '" + run + "'"))
                .isEqualTo(1);
        assertThat(account(school, otherLeaver)).containsEntry("email", otherLeaver.email());

        clock.advance(Duration.ofDays(30));
        UUID again = sweep.sweep(council.id(), dpo.actor());
        assertThat(steps.count(council.id(), "select anonymised from disposal_runs where id = '" + again + "'"))
                .isZero();
        assertThat(organisations.auditDetails(council.id(), "user.anonymised")).hasSize(1);
    }

    @Test
    void anAccountNeverSignedInToRunsFromTheDayItWasDisabled() {
        TestUser leaver = organisations.user(council, Role.PRACTITIONER);
        clock.advance(Duration.ofDays(400));
        disable(admin, leaver);
        // Two years from the day of disabling, not from the day the account was made.
        clock.advance(Duration.ofDays(2 * 365 - 30));
        sweep.sweep(council.id(), dpo.actor());
        assertThat(account(council, leaver)).containsEntry("email", leaver.email());
        clock.advance(Duration.ofDays(60));
        sweep.sweep(council.id(), dpo.actor());
        assertThat(account(council, leaver)).containsEntry("last_name", "user");
    }

    private MvcTestResult signIn(TestOrganisation organisation, TestUser user) {
        return mvc.post()
                .uri("/sign-in")
                .with(csrf())
                .param("organisationId", organisation.code())
                .param("email", user.email())
                .param("password", TestOrganisations.PASSWORD)
                .exchange();
    }

    private void disable(TestUser administrator, TestUser user) {
        assertThat(mvc.post()
                        .uri("/admin/users/" + user.id().value() + "/disable")
                        .with(csrf())
                        .with(authentication(administrator.authentication())))
                .hasStatus(HttpStatus.FOUND);
    }

    private Map<String, Object> account(TestOrganisation organisation, TestUser user) {
        return transactions.execute(status -> tenancy.callAs(
                organisation.id(),
                () -> jdbc.sql("select * from users where id = :id")
                        .param("id", user.id().value())
                        .query()
                        .singleRow()));
    }

    private void placeHold(UUID person) {
        LocalDate today = UkCalendar.today(clock);
        assertThat(steps.post(
                        dpo,
                        "/api/v1/retention/holds",
                        "{\"target\":\"PERSON\",\"targetId\":\"" + person
                                + "\",\"ground\":\"LITIGATION\",\"reason\":\"Employment tribunal claim\","
                                + "\"reviewOn\":\"" + today.plusMonths(3) + "\"}"))
                .hasStatus(HttpStatus.CREATED);
    }
}
