package org.custodia.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The DPO finds the people a request is about anywhere in the records; each match is held until it closes. */
@CustodiaTest
class RightsRequestMatchingIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Clock clock;

    RequestApi api;
    TestOrganisation council;
    TestUser dpo;
    String child;
    String request;

    @BeforeEach
    void aChildRecordedByAPractitionerTheDpoCannotSeeOtherwise() {
        api = new RequestApi(mvc);
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        MvcTestResult registered = api.post(practitioner, "/api/v1/people", """
                {"firstName":"Sam","lastName":"Okafor","dateOfBirth":"2014-05-02"}""");
        assertThat(registered).hasStatus(HttpStatus.CREATED);
        child = RequestApi.value(registered, "$.id");
        request = api.request(dpo, UkCalendar.today(clock));
    }

    private String holds() throws Exception {
        return api.get(dpo, "/api/v1/retention/holds")
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aConfirmedMatchIsHeldWhileTheRequestIsOpenAndReleasedWhenItCloses() throws Exception {
        assertThat(api.get(dpo, "/api/v1/rights-requests/" + request + "/candidates?q=sam%20okafr"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].id")
                .isEqualTo(child);
        assertThat(api.get(dpo, "/api/v1/rights-requests/" + request + "/candidates"))
                .hasStatus(HttpStatus.BAD_REQUEST);

        api.ok(api.post(dpo, "/api/v1/rights-requests/" + request + "/matches", """
                {"people":["%s"]}""".formatted(child)));
        assertThat(api.view(dpo, request, "$.matches[0].name")).isEqualTo("Sam Okafor");
        assertThat(holds()).contains(child, "RIGHTS_REQUEST");
        assertThat(api.get(dpo, "/api/v1/retention/holds"))
                .bodyJson()
                .extractingPath("$[?(@.targetId == '" + child + "')].liftedAt")
                .asArray()
                .containsOnlyNulls();
        assertThat(api.post(dpo, "/api/v1/rights-requests/" + request + "/matches", """
                        {"people":["%s"]}""".formatted(child)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("already matched");
        assertThat(api.post(dpo, "/api/v1/rights-requests/" + request + "/matches", """
                        {"people":["%s"]}""".formatted(
                                java.util.UUID.randomUUID())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Select people from the search results");

        api.ok(api.post(dpo, "/api/v1/rights-requests/" + request + "/closure", """
                {"outcome":"COMPLETED","summary":"Records sent by post"}"""));
        assertThat(api.get(dpo, "/api/v1/retention/holds"))
                .bodyJson()
                .extractingPath("$[?(@.targetId == '" + child + "')].liftedAt")
                .asArray()
                .doesNotContainNull()
                .hasSize(1);
        assertThat(organisations.auditDetails(council.id(), "rights-request.closed"))
                .containsExactly("SUCCESS:COMPLETED; holds lifted: 1");
        assertThat(organisations.auditDetails(council.id(), "retention.hold-placed"))
                .hasSize(1);
    }

    @Test
    void anotherOrganisationsPeopleAreNotCandidates() {
        TestUser otherDpo = organisations.user(organisations.organisation(), Role.DATA_PROTECTION_OFFICER);
        String otherRequest = api.request(otherDpo, UkCalendar.today(clock));
        assertThat(api.get(otherDpo, "/api/v1/rights-requests/" + otherRequest + "/candidates?q=sam%20okafor"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
        assertThat(api.post(otherDpo, "/api/v1/rights-requests/" + otherRequest + "/matches", """
                        {"people":["%s"]}""".formatted(child)))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theMatchPageSearchesAndConfirms() {
        assertThat(api.get(dpo, "/data-protection/rights-requests/" + request + "/match?q=okafor"))
                .hasStatusOk()
                .bodyText()
                .contains("Sam Okafor", "Confirm the match");
        assertThat(
                        mvc.post()
                                .uri("/data-protection/rights-requests/" + request + "/match")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.authentication(dpo.authentication()))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("people", child))
                .hasStatus(HttpStatus.FOUND);
        assertThat(api.get(dpo, "/data-protection/rights-requests/" + request))
                .bodyText()
                .contains("Sam Okafor", "a legal hold is placed on each");
    }
}
