package org.custodia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.identity.TrainingSteps.DATA_PROTECTION;
import static org.custodia.identity.TrainingSteps.SAFEGUARDING;
import static org.custodia.identity.TrainingSteps.as;
import static org.custodia.identity.TrainingSteps.today;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@CustodiaTest
class SensitiveDataGrantIntegrationTests {

    static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Autowired
    MockMvcTester mvc;

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
    void aUserWhoseRequiredTrainingIsCurrentIsGrantedAndTheGrantIsAudited() {
        steps.trained(admin, worker, DATA_PROTECTION, 30);
        steps.trained(admin, worker, SAFEGUARDING.toLowerCase(Locale.ROOT), 60);

        assertThat(mvc.post()
                        .uri("/admin/users/" + worker.id() + "/sensitive-data-grant")
                        .with(csrf())
                        .with(authentication(admin.authentication()))
                        .param("reason", "Works on the looked-after children team"))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/admin/users/" + worker.id());

        assertThat(granted(worker)).isTrue();
        assertThat(as(worker, () -> access.currentActorIsGranted())).isTrue();
        assertThat(organisations.auditDetails(council.id(), "sensitive-data-grant.granted"))
                .containsExactly("SUCCESS:lapses on: " + today().plusDays(30));
        assertThat(mvc.get().uri("/admin/users/" + worker.id()).with(authentication(admin.authentication())))
                .hasStatusOk()
                .bodyText()
                .contains("lapses on " + UK_DATE.format(today().plusDays(30)));
    }

    @Test
    void grantingIsRefusedAndAuditedWhenARequiredCourseIsMissingOrExpiredAndTheMessageNamesIt() {
        steps.trained(admin, worker.id(), DATA_PROTECTION, today().minusYears(2), today().minusDays(10));
        String expired = DATA_PROTECTION + " (expired on " + UK_DATE.format(today().minusDays(10)) + ")";
        String missing = SAFEGUARDING + " (no record)";

        assertThat(mvc.post()
                        .uri("/admin/users/" + worker.id() + "/sensitive-data-grant")
                        .with(csrf())
                        .with(authentication(admin.authentication()))
                        .param("reason", "Needs it"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem", "Not current: " + expired + ", " + missing);
        assertThat(mvc.post()
                        .uri("/api/v1/users/" + worker.id() + "/sensitive-data-grant")
                        .with(csrf())
                        .with(authentication(admin.authentication()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Needs it\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.training")
                .asString()
                .contains(expired, missing);

        assertThat(granted(worker)).isFalse();
        assertThat(organisations.auditDetails(council.id(), "sensitive-data-grant.refused"))
                .containsExactly(
                        "DENIED:training not current: " + expired + ", " + missing,
                        "DENIED:training not current: " + expired + ", " + missing);
        assertThat(organisations.auditDetails(council.id(), "sensitive-data-grant.granted"))
                .isEmpty();
    }

    @Test
    void anOrganisationThatRequiresNoTrainingCannotGrantAtAll() {
        TestOrganisation school = organisations.organisation();
        TestUser schoolAdmin = organisations.administrator(school);
        TestUser teacher = organisations.user(school, Role.PRACTITIONER);

        assertThat(mvc.post()
                        .uri("/admin/users/" + teacher.id() + "/sensitive-data-grant")
                        .with(csrf())
                        .with(authentication(schoolAdmin.authentication()))
                        .param("reason", "Needs it"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Your organisation requires no training yet");
        assertThat(organisations.auditDetails(school.id(), "sensitive-data-grant.refused"))
                .containsExactly("DENIED:no training required");
    }

    @Test
    void theDpoListShowsOnlyThoseWhoHoldACurrentGrantNow() {
        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        TestUser revoked = organisations.user(council, Role.PRACTITIONER);
        TestUser expiring = organisations.user(council, Role.PRACTITIONER);
        TestUser neverGranted = organisations.user(council, Role.PRACTITIONER);
        TestOrganisation otherCouncil = organisations.organisation();
        TestUser otherAdmin = organisations.administrator(otherCouncil);
        TestUser otherHolder = organisations.user(otherCouncil, Role.PRACTITIONER);
        steps.require(otherAdmin, DATA_PROTECTION);
        steps.grantedFor(admin, worker, 200);
        steps.grantedFor(admin, revoked, 200);
        steps.revoke(admin, revoked);
        steps.grantedFor(admin, expiring, 5);
        steps.trained(admin, neverGranted, DATA_PROTECTION, 200);
        steps.grantedFor(otherAdmin, otherHolder, 200);

        clock.advance(Duration.ofDays(6));

        assertThat(mvc.get().uri("/sensitive-data-grants").with(authentication(dpo.authentication())))
                .hasStatusOk()
                .bodyText()
                .contains(worker.email(), UK_DATE.format(today().plusDays(200)))
                .doesNotContain(revoked.email(), expiring.email(), neverGranted.email(), otherHolder.email());
        assertThat(mvc.get().uri("/api/v1/sensitive-data-grants").with(authentication(dpo.authentication())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].email")
                .asArray()
                .containsExactly(worker.email());
        assertThat(organisations.auditDetails(council.id(), "sensitive-data-grant.listed"))
                .containsExactly("SUCCESS:holders shown: 1", "SUCCESS:holders shown: 1");
    }
}
