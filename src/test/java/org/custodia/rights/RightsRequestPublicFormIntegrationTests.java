package org.custodia.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.util.Map;
import org.custodia.platform.StatutoryCalendar;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.Nation;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The public request form: anyone may use it, it checks what it is given, and it says when to expect an answer. */
@CustodiaTest
class RightsRequestPublicFormIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    StatutoryCalendar calendar;

    @Autowired
    Clock clock;

    TestOrganisation council;
    String form;

    @BeforeEach
    void aCouncil() {
        council = organisations.organisation();
        form = "/organisations/" + council.code() + "/rights-requests/new";
    }

    private MvcTestResult send(Map<String, String> fields, String address) {
        MockMvcRequestBuilder post = mvc.post().uri(form).with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
        fields.forEach((name, value) -> post.param(name, value));
        return post.exchange();
    }

    private static Map<String, String> aSubjectAccessRequest() {
        return Map.of(
                "kind", "ACCESS",
                "requesterName", "Alex Morgan",
                "requesterEmail", "alex@example.org",
                "authority", "SELF",
                "responseMethod", "SECURE_DOWNLOAD",
                "requestText", "A copy of my records from when I was in care");
    }

    @Test
    void anyoneCanOpenTheFormWithoutSigningIn() {
        assertThat(mvc.get().uri(form))
                .hasStatusOk()
                .bodyText()
                .contains("Make a request about your information", "Test council " + council.code());
        assertThat(mvc.get().uri("/organisations/NO-SUCH-ORG/rights-requests/new"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/organisations/" + council.code() + "/rights-requests"))
                .as("nothing else is opened")
                .hasStatus(HttpStatus.FOUND);
    }

    @Test
    void aSentRequestGivesItsReferenceAndDueDateAndReachesTheDpo() {
        MvcTestResult sent = send(aSubjectAccessRequest(), "198.51.100.1");
        assertThat(sent)
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/organisations/" + council.code() + "/rights-requests/received");
        Receipt receipt = (Receipt) sent.getMvcResult().getFlashMap().get("receipt");
        assertThat(receipt.dueOn()).isEqualTo(calendar.deadline(UkCalendar.today(clock), 0, 0, Nation.ENGLAND));
        assertThat(mvc.get()
                        .uri("/organisations/" + council.code() + "/rights-requests/received")
                        .cookie(sent.getResponse().getCookies()))
                .hasStatusOk()
                .bodyText()
                .contains(receipt.reference(), "We must respond by " + RequestClock.format(receipt.dueOn()));
        assertThat(mvc.get()
                        .uri("/organisations/" + council.code() + "/rights-requests/received")
                        .cookie(sent.getResponse().getCookies()))
                .as("shown once")
                .hasStatus(HttpStatus.NOT_FOUND);

        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        RequestApi api = new RequestApi(mvc);
        String id = receipt.id().toString();
        assertThat(api.view(dpo, id, "$.request.channel")).isEqualTo("ONLINE_FORM");
        assertThat(api.view(dpo, id, "$.request.subject.name"))
                .as("a request about oneself")
                .isEqualTo("Alex Morgan");
        assertThat(organisations.auditDetails(council.id(), "rights-request.received"))
                .containsExactly("SUCCESS:ACCESS; ONLINE_FORM; SELF");
    }

    @Test
    void aRequestAboutADeceasedPersonIsToldThereIsNoStatutoryDeadline() {
        Map<String, String> fields = new java.util.HashMap<>(aSubjectAccessRequest());
        fields.put("kind", "DECEASED_PERSON_RECORD");
        fields.put("authority", "OTHER");
        fields.put("authorityNote", "I am her mother");
        fields.put("subjectName", "Lily Morgan");
        Receipt receipt = (Receipt)
                send(fields, "198.51.100.2").getMvcResult().getFlashMap().get("receipt");
        assertThat(receipt.dueOn()).isNull();
        assertThat(receipt.dueMessage()).contains("the law sets no deadline");
    }

    @Test
    void anIncompleteRequestShowsWhatToFixAndKeepsNothing() {
        MvcTestResult result = send(
                Map.of(
                        "authority",
                        "OTHER",
                        "responseMethod",
                        "POST",
                        "subjectDateOfBirthDay",
                        "31",
                        "subjectDateOfBirthMonth",
                        "2",
                        "subjectDateOfBirthYear",
                        "2014"),
                "198.51.100.3");
        assertThat(result)
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains(
                        "There is a problem",
                        "Select what the request is for",
                        "Enter the name of the person making the request",
                        "Enter an email address or a postal address, so that we can reply",
                        "Enter the name of the person the request is about",
                        "Explain on what authority you act for the person",
                        "Date of birth must be a real date",
                        "Enter what you are asking for");
        assertThat(result).bodyText().contains("href=\"#requesterName\"");
        Map<String, String> tooLong = new java.util.HashMap<>(aSubjectAccessRequest());
        tooLong.put("requestText", "x".repeat(5001));
        assertThat(send(tooLong, "198.51.100.3"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Use 5000 characters or fewer");
        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        assertThat(new RequestApi(mvc).get(dpo, "/api/v1/rights-requests"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
    }

    @Test
    void oneClientCanSendOnlyAFewRequestsAnHour() {
        for (int i = 0; i < PublicRightsRequests.PER_HOUR; i++) {
            assertThat(send(aSubjectAccessRequest(), "203.0.113.9")).hasStatus(HttpStatus.FOUND);
        }
        assertThat(send(aSubjectAccessRequest(), "203.0.113.9"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("You have sent several requests in the last hour");
        assertThat(send(aSubjectAccessRequest(), "203.0.113.10")).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void theFormNeedsItsCsrfToken() {
        MockMvcRequestBuilder post = mvc.post().uri(form);
        aSubjectAccessRequest().forEach((name, value) -> post.param(name, value));
        assertThat(post.exchange()).hasStatus(HttpStatus.FORBIDDEN);
    }
}
