package org.custodia.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.util.List;
import org.custodia.platform.UkCalendar;
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

/** Rights requests are the DPO's, and their own organisation's: every page and endpoint. */
@CustodiaTest
class RightsRequestAccessIntegrationTests {

    static final List<String> STEPS =
            List.of("/identity", "/pause", "/resume", "/extend", "/fee", "/fee-paid", "/refuse", "/match", "/close");
    static final List<String> API_POSTS = List.of(
            "/identity",
            "/pauses",
            "/resumption",
            "/extension",
            "/fee",
            "/fee-payment",
            "/refusal",
            "/matches",
            "/closure");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Clock clock;

    RequestApi api;
    TestOrganisation council;
    TestUser dpo;
    String request;

    @BeforeEach
    void aRequest() {
        api = new RequestApi(mvc);
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        request = api.request(dpo, UkCalendar.today(clock));
    }

    @Test
    void everyPageIsThereForItsDpo() {
        assertThat(api.get(dpo, "/data-protection/rights-requests"))
                .hasStatusOk()
                .bodyText()
                .contains("RR-");
        assertThat(api.get(dpo, "/data-protection/rights-requests/new")).hasStatusOk();
        assertThat(api.get(dpo, "/data-protection/rights-requests/" + request))
                .hasStatusOk()
                .bodyText()
                .contains("Dana Okafor", "All the social care records about my son", "Request received");
        for (String step : STEPS) {
            assertThat(api.get(dpo, "/data-protection/rights-requests/" + request + step))
                    .as(step)
                    .hasStatusOk();
        }
        assertThat(api.get(dpo, "/data-protection/rights-requests/" + request + "/nonsense"))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void anotherOrganisationsDpoFindsNoneOfItAndChangesNothing() {
        TestUser otherDpo = organisations.user(organisations.organisation(), Role.DATA_PROTECTION_OFFICER);
        assertThat(api.get(otherDpo, "/data-protection/rights-requests/" + request))
                .hasStatus(HttpStatus.NOT_FOUND);
        for (String step : STEPS) {
            String uri = "/data-protection/rights-requests/" + request + step;
            assertThat(api.get(otherDpo, uri)).as(step).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(mvc.post()
                            .uri(uri)
                            .with(authentication(otherDpo.authentication()))
                            .with(csrf())
                            .param("summary", "x")
                            .param("outcome", "COMPLETED"))
                    .as(step)
                    .hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(api.get(otherDpo, "/api/v1/rights-requests/" + request)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(otherDpo, "/api/v1/rights-requests/" + request + "/candidates?q=sam"))
                .hasStatus(HttpStatus.NOT_FOUND);
        for (String post : API_POSTS) {
            assertThat(api.post(otherDpo, "/api/v1/rights-requests/" + request + post, """
                            {"outcome":"COMPLETED","summary":"x","people":[]}"""))
                    .as(post)
                    .hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(api.get(otherDpo, "/api/v1/rights-requests"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
        assertThat(api.get(otherDpo, "/data-protection/rights-requests"))
                .bodyText()
                .doesNotContain(new RightsRequestId(java.util.UUID.fromString(request)).reference());
        assertThat(api.view(dpo, request, "$.status")).isEqualTo("RECEIVED");
        assertThat(api.view(dpo, request, "$.timeline.length()"))
                .as("received, and the acknowledgement emailed; nothing more")
                .isEqualTo("2");
    }

    @Test
    void practitionersAndAdministratorsAreRefused() {
        for (TestUser user :
                List.of(organisations.user(council, Role.PRACTITIONER), organisations.administrator(council))) {
            assertThat(api.get(user, "/data-protection/rights-requests")).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(api.get(user, "/data-protection/rights-requests/new")).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post()
                            .uri("/data-protection/rights-requests/new")
                            .with(authentication(user.authentication()))
                            .with(csrf()))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(api.get(user, "/data-protection/rights-requests/" + request))
                    .hasStatus(HttpStatus.FORBIDDEN);
            for (String step : STEPS) {
                String uri = "/data-protection/rights-requests/" + request + step;
                assertThat(api.get(user, uri)).as(step).hasStatus(HttpStatus.FORBIDDEN);
                assertThat(mvc.post()
                                .uri(uri)
                                .with(authentication(user.authentication()))
                                .with(csrf()))
                        .as(step)
                        .hasStatus(HttpStatus.FORBIDDEN);
            }
            assertThat(api.get(user, "/api/v1/rights-requests")).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(api.post(
                            user, "/api/v1/rights-requests", RequestApi.requestJson("ACCESS", UkCalendar.today(clock))))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(api.get(user, "/api/v1/rights-requests/" + request)).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(api.get(user, "/api/v1/rights-requests/" + request + "/candidates?q=sam"))
                    .hasStatus(HttpStatus.FORBIDDEN);
            for (String post : API_POSTS) {
                assertThat(api.post(user, "/api/v1/rights-requests/" + request + post, "{}"))
                        .as(post)
                        .hasStatus(HttpStatus.FORBIDDEN);
            }
        }
        assertThat(api.view(dpo, request, "$.timeline.length()"))
                .as("received, and the acknowledgement emailed; nothing more")
                .isEqualTo("2");
    }

    @Test
    void theDashboardCountsOnlyItsOwnOrganisationsRequests() {
        api.request(dpo, UkCalendar.today(clock).minusMonths(2));
        assertThat(api.get(dpo, "/data-protection")).hasStatusOk().bodyText().contains("1 rights request overdue");
        TestUser otherDpo = organisations.user(organisations.organisation(), Role.DATA_PROTECTION_OFFICER);
        assertThat(api.get(otherDpo, "/data-protection"))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("rights request");
    }
}
