package org.custodia.breaches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Breaches are the DPO's, and their own organisation's: every page and endpoint. */
@CustodiaTest
class BreachAccessIntegrationTests {

    static final List<String> PAGES =
            List.of("", "/details", "/assessment", "/action", "/decision", "/ico-report", "/people-told", "/close");
    static final List<String> API_POSTS =
            List.of("/assessments", "/actions", "/decisions", "/ico-report", "/people-told", "/closure");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Clock clock;

    BreachSteps api;
    TestOrganisation council;
    TestUser dpo;
    String breach;

    @BeforeEach
    void aHighRiskBreach() {
        api = new BreachSteps(mvc);
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        breach = api.breach(dpo, clock.instant().minus(Duration.ofHours(2)));
        api.assess(dpo, breach, "HIGH_RISK");
    }

    @Test
    void everyPageAndEndpointOfTheBreachIsThereForItsDpo() {
        for (String page : PAGES) {
            assertThat(api.get(dpo, "/breaches/" + breach + page)).as(page).hasStatusOk();
        }
        assertThat(api.get(dpo, "/breaches")).hasStatusOk();
        assertThat(api.get(dpo, "/breaches/new")).hasStatusOk();
    }

    @Test
    void theDashboardShowsTheClockToItsOwnOrganisationOnly() {
        assertThat(api.get(dpo, "/data-protection"))
                .hasStatusOk()
                .bodyText()
                .contains("Letter sent to the wrong address");
        TestUser otherDpo = organisations.user(organisations.organisation(), Role.DATA_PROTECTION_OFFICER);
        assertThat(api.get(otherDpo, "/data-protection"))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Letter sent to the wrong address");
    }

    @Test
    void anotherOrganisationsDpoFindsNoneOfItAndChangesNothing() {
        TestUser otherDpo = organisations.user(organisations.organisation(), Role.DATA_PROTECTION_OFFICER);
        for (String page : PAGES) {
            assertThat(api.get(otherDpo, "/breaches/" + breach + page)).as(page).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(mvc.post()
                            .uri("/breaches/" + breach + (page.isEmpty() ? "/details" : page))
                            .with(authentication(otherDpo.authentication()))
                            .with(csrf())
                            .param("summary", "x"))
                    .as(page)
                    .hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(api.get(otherDpo, "/api/v1/breaches/" + breach)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.put(otherDpo, "/api/v1/breaches/" + breach, BreachSteps.breachJson(clock.instant())))
                .hasStatus(HttpStatus.NOT_FOUND);
        for (String post : API_POSTS) {
            assertThat(api.post(otherDpo, "/api/v1/breaches/" + breach + post, "{}"))
                    .as(post)
                    .hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(api.get(otherDpo, "/api/v1/breaches"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
        assertThat(BreachSteps.value(api.get(dpo, "/api/v1/breaches/" + breach), "$.history.length()"))
                .as("nothing was added by the other organisation")
                .isEqualTo("3");
    }

    @Test
    void practitionersAndAdministratorsAreRefused() {
        for (TestUser user :
                List.of(organisations.user(council, Role.PRACTITIONER), organisations.administrator(council))) {
            assertThat(api.get(user, "/breaches")).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(api.get(user, "/breaches/new")).hasStatus(HttpStatus.FORBIDDEN);
            for (String page : PAGES) {
                assertThat(api.get(user, "/breaches/" + breach + page)).as(page).hasStatus(HttpStatus.FORBIDDEN);
            }
            assertThat(mvc.post()
                            .uri("/breaches/new")
                            .with(authentication(user.authentication()))
                            .with(csrf()))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(api.get(user, "/api/v1/breaches")).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(api.get(user, "/api/v1/breaches/" + breach)).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(api.post(user, "/api/v1/breaches", BreachSteps.breachJson(clock.instant())))
                    .hasStatus(HttpStatus.FORBIDDEN);
            for (String post : API_POSTS) {
                assertThat(api.post(user, "/api/v1/breaches/" + breach + post, "{}"))
                        .as(post)
                        .hasStatus(HttpStatus.FORBIDDEN);
            }
            assertThat(api.post(user, "/api/v1/breaches/from-access-report/" + breach, "{}"))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
    }
}
