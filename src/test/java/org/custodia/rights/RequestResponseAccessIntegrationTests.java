package org.custodia.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestClock;
import org.custodia.testing.TestGrants;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Every response page and endpoint: another organisation's DPO finds nothing (404), other roles are refused (403). */
@CustodiaTest
class RequestResponseAccessIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestGrants grants;

    @Autowired
    TestClock clock;

    ResponseSteps steps;
    RequestApi api;
    TestOrganisation council;
    TestUser dpo;
    String request;
    String note;
    String decision;

    @BeforeEach
    void aRequestWithADecision() {
        steps = new ResponseSteps(mvc);
        api = steps.api();
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        grants.grant(organisations.administrator(council), practitioner);
        String jayden = steps.childWithAFlaggedNote(practitioner);
        LocalDate today = UkCalendar.today(clock);
        request = steps.readyRequest(dpo, "ACCESS", "POST", "dana@example.net", jayden, today);
        note = steps.flaggedRecord(dpo, request);
        MvcTestResult made = api.post(dpo, "/api/v1/rights-requests/" + request + "/redactions", """
                {"recordId":"%s","field":"Note","exemption":"THIRD_PARTY"}""".formatted(note));
        assertThat(made).hasStatus(HttpStatus.CREATED);
        decision = RequestApi.value(made, "$.id");
    }

    private List<MvcTestResult> everyEndpoint(TestUser user) {
        String page = "/data-protection/rights-requests/" + request + "/response";
        String rest = "/api/v1/rights-requests/" + request;
        return List.of(
                api.get(user, page),
                mvc.get()
                        .uri(page + "/record")
                        .param("id", note)
                        .with(authentication(user.authentication()))
                        .exchange(),
                steps.form(user, page + "/record", "recordId", note, "exemption", "SERIOUS_HARM"),
                steps.form(user, page + "/disclose", "recordId", note),
                steps.form(user, page + "/redactions/" + decision + "/remove"),
                steps.form(user, page + "/issue"),
                api.get(user, page + "/files/pdf"),
                api.get(user, rest + "/response"),
                api.post(user, rest + "/redactions", """
                        {"recordId":"%s","exemption":"THIRD_PARTY"}""".formatted(note)),
                steps.delete(user, rest + "/redactions/" + decision),
                api.post(user, rest + "/response", "{}"));
    }

    @Test
    void anotherOrganisationsDpoFindsNothingAndChangesNothing() {
        TestUser otherDpo = organisations.user(organisations.organisation(), Role.DATA_PROTECTION_OFFICER);
        assertThat(everyEndpoint(otherDpo))
                .allSatisfy(result -> assertThat(result).hasStatus(HttpStatus.NOT_FOUND));
        assertUnchanged();
    }

    @Test
    void otherRolesAreRefused() {
        for (TestUser user : List.of(
                organisations.user(council, Role.PRACTITIONER),
                organisations.administrator(council),
                organisations.user(council, Role.PRACTITIONER, Role.ORGANISATION_ADMINISTRATOR))) {
            assertThat(everyEndpoint(user))
                    .allSatisfy(result -> assertThat(result).hasStatus(HttpStatus.FORBIDDEN));
        }
        assertUnchanged();
    }

    @Test
    void aDecisionOfAnotherRequestIsNotFound() {
        assertThat(steps.delete(dpo, "/api/v1/rights-requests/" + request + "/redactions/" + UUID.randomUUID()))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private void assertUnchanged() {
        assertThat(api.get(dpo, "/api/v1/rights-requests/" + request + "/response"))
                .bodyJson()
                .extractingPath("$.decisions.length()")
                .isEqualTo(1);
        assertThat(api.view(dpo, request, "$.status")).isNotEqualTo("CLOSED");
    }
}
