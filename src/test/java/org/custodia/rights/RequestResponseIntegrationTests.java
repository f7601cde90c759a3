package org.custodia.rights;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custodia.correspondence.DownloadOffer;
import org.custodia.correspondence.SecureDownloads;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Responding to a request: flagged records must be decided, withheld words reach neither document, the
 * link and the code go in separate emails, and issuing closes the request and lifts its holds.
 */
@CustodiaTest
class RequestResponseIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern LINK = Pattern.compile("/downloads/([A-Za-z0-9_-]{40,})");
    private static final Pattern CODE = Pattern.compile("Your code is (\\d{8})");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestGrants grants;

    @Autowired
    TestClock clock;

    @Autowired
    SecureDownloads downloads;

    ResponseSteps steps;
    RequestApi api;
    TestOrganisation council;
    TestUser dpo;
    String jayden;
    String email;
    LocalDate today;

    @BeforeEach
    void aChildWhoseNoteNamesHisMother() {
        steps = new ResponseSteps(mvc);
        api = steps.api();
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        grants.grant(organisations.administrator(council), practitioner);
        jayden = steps.childWithAFlaggedNote(practitioner);
        email = "dana-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        today = UkCalendar.today(clock);
    }

    @Test
    void aFlaggedRecordMustBeDecidedAndAWithheldPassageReachesNeitherDocument() throws Exception {
        String request = steps.readyRequest(dpo, "ACCESS", "SECURE_DOWNLOAD", email, jayden, today);
        String base = "/api/v1/rights-requests/" + request;
        assertThat(api.get(dpo, base + "/response"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.records[?(@.flagged == true)].state")
                .asArray()
                .containsExactly("TO_REVIEW");
        String note = steps.flaggedRecord(dpo, request);
        assertThat(api.get(dpo, base + "/response"))
                .bodyJson()
                .extractingPath("$.records[0].fields.Note")
                .isEqualTo(ResponseSteps.NOTE);

        assertThat(api.post(dpo, base + "/response", "{}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("1 record mentions other people and is not yet decided");
        assertThat(api.post(dpo, base + "/redactions", """
                        {"recordId":"%s","field":"Note","passage":"Kerry did not come","exemption":"THIRD_PARTY"}""".formatted(note)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("copy it exactly");
        assertThat(api.post(dpo, base + "/redactions", """
                        {"recordId":"%s","field":"Note","passage":"%s"}""".formatted(note, ResponseSteps.ABOUT_MOTHER)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Select the exemption relied on");
        assertThat(api.post(dpo, base + "/redactions", """
                        {"recordId":"%s","field":"Note","passage":"%s","exemption":"THIRD_PARTY",
                         "note":"The mother has not consented"}""".formatted(note, ResponseSteps.ABOUT_MOTHER)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(organisations.auditDetails(council.id(), "rights-request.redaction-added"))
                .singleElement()
                .satisfies(detail ->
                        assertThat(detail).contains("exemption: THIRD_PARTY").doesNotContain("Kerry", "consented"));

        assertThat(api.post(dpo, base + "/response", "{}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.secureDownload")
                .isEqualTo(true);

        List<MimeMessage> messages = messagesTo(email).stream()
                .filter(m -> !subject(m).startsWith("We have received your request"))
                .toList();
        assertThat(messages).hasSize(2);
        String letter = ResponseSteps.text(messages.stream()
                .filter(m -> subject(m).startsWith("Your response is ready to download"))
                .findFirst()
                .orElseThrow());
        String codeMail = ResponseSteps.text(messages.stream()
                .filter(m -> subject(m).endsWith("your download code"))
                .findFirst()
                .orElseThrow());
        assertThat(letter).doesNotContainPattern(CODE);
        assertThat(codeMail).doesNotContainPattern(LINK);
        String token = group(LINK, letter);
        Cookie session = acceptCode(token, group(CODE, codeMail));

        DownloadOffer offer =
                asDpo(() -> downloads.offersFor(UUID.fromString(request))).get(0);
        assertThat(offer.files())
                .extracting(DownloadOffer.OfferedFile::name)
                .allMatch(name -> name.startsWith("response-RR-"))
                .hasSize(2);
        String pdf = ResponseSteps.pdfText(download(token, offer.files().get(0).id(), session));
        String zip = ResponseSteps.zipText(download(token, offer.files().get(1).id(), session));
        assertThat(pdf).contains("[withheld]; Jayden was upset.", ResponseSteps.OWN_NOTE, "DPA 2018 Sch 2 Pt 3");
        assertThat(zip).contains("[withheld]; Jayden was upset.", ResponseSteps.OWN_NOTE, "manifest.json");
        assertThat(pdf + zip).doesNotContain(ResponseSteps.ABOUT_MOTHER, "has not consented");

        assertThat(api.get(dpo, base))
                .bodyJson()
                .extractingPath("$.closing.outcome")
                .isEqualTo("PARTLY_COMPLETED");
        assertThat(api.get(dpo, "/api/v1/retention/holds"))
                .bodyJson()
                .extractingPath("$[?(@.targetId == '" + jayden + "')].liftedAt")
                .asArray()
                .hasSize(1)
                .doesNotContainNull();
        assertThat(api.get(dpo, "/data-protection/rights-requests/" + request))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Offered by secure download link",
                        "/data-protection/downloads?reference=" + request,
                        "/data-protection/letters/sent?reference=" + request,
                        "Response issued (PDF and ZIP): ");
        assertThat(api.post(dpo, base + "/redactions", """
                        {"recordId":"%s","decision":"DISCLOSE"}""".formatted(note))).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(organisations.auditDetails(council.id(), "rights-request.response-issued"))
                .singleElement()
                .satisfies(detail ->
                        assertThat(detail).startsWith("SUCCESS:records: ").contains("withheld: 1"));
    }

    @Test
    void portabilityByPostGivesTheZipOfWhatThePersonProvidedForTheDpoToSend() throws Exception {
        String request = steps.readyRequest(dpo, "PORTABILITY", "POST", email, jayden, today);
        String page = "/data-protection/rights-requests/" + request + "/response";
        assertThat(api.get(dpo, "/api/v1/rights-requests/" + request + "/response"))
                .bodyJson()
                .extractingPath("$.records[*].category")
                .asArray()
                .contains("Personal details")
                .doesNotContain("Case notes");

        assertThat(api.post(dpo, "/api/v1/rights-requests/" + request + "/response", "{}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.pdf")
                .isEqualTo(false);
        assertThat(messagesTo(email))
                .as("only the acknowledgement: the documents are kept for the DPO to post")
                .extracting(RequestResponseIntegrationTests::subject)
                .allMatch(subject -> subject.startsWith("We have received your request"));
        MvcTestResult zip = api.get(dpo, page + "/files/zip");
        assertThat(zip).hasStatusOk().hasContentType("application/zip");
        String text = ResponseSteps.zipText(zip.getResponse().getContentAsByteArray());
        assertThat(text).contains("Jayden", "data.json").doesNotContain(ResponseSteps.OWN_NOTE);
        assertThat(api.get(dpo, page + "/files/pdf")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(organisations.auditDetails(council.id(), "rights-request.response-downloaded"))
                .containsExactly("SUCCESS:zip");
        assertThat(api.get(dpo, "/data-protection/rights-requests/" + request))
                .bodyText()
                .contains("Kept for you to send by post", "download the ZIP")
                .doesNotContain("download the PDF");
        assertThat(api.view(dpo, request, "$.closing.outcome")).isEqualTo("COMPLETED");
    }

    @Test
    void aDeceasedPersonsRecordIsNotCalledASubjectAccessResponse() throws Exception {
        String request = steps.readyRequest(dpo, "DECEASED_PERSON_RECORD", "COLLECT_IN_PERSON", email, jayden, today);
        String note = steps.flaggedRecord(dpo, request);
        assertThat(api.post(dpo, "/api/v1/rights-requests/" + request + "/redactions", """
                        {"recordId":"%s","decision":"DISCLOSE","note":"The mother agreed"}""".formatted(note)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(api.post(dpo, "/api/v1/rights-requests/" + request + "/response", "{}"))
                .hasStatusOk();

        String page = "/data-protection/rights-requests/" + request + "/response/files/";
        String pdf =
                ResponseSteps.pdfText(api.get(dpo, page + "pdf").getResponse().getContentAsByteArray());
        String zip =
                ResponseSteps.zipText(api.get(dpo, page + "zip").getResponse().getContentAsByteArray());
        assertThat(pdf)
                .contains("The record of a person who has died", "This is not a subject access request under UK GDPR")
                .contains(ResponseSteps.NOTE)
                .doesNotContain("UK GDPR Article 15 says you");
        assertThat(zip).contains("This is not a subject access request under UK GDPR");
        assertThat(api.view(dpo, request, "$.closing.outcome")).isEqualTo("COMPLETED");
    }

    @Test
    void theReviewPagesShowFlaggedRecordsFirstAndRefuseWithAnErrorSummary() {
        String request = steps.readyRequest(dpo, "ACCESS", "SECURE_DOWNLOAD", email, jayden, today);
        String page = "/data-protection/rights-requests/" + request + "/response";
        assertThat(api.get(dpo, "/data-protection/rights-requests/" + request))
                .bodyText()
                .contains("Prepare the response", "Redactions");
        assertThat(api.get(dpo, page))
                .hasStatusOk()
                .bodyText()
                .contains("Review: mentions other people", "1 mention other people", "1 still to review");
        assertThat(steps.form(dpo, page + "/issue"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem", "is not yet decided");

        String note = steps.flaggedRecord(dpo, request);
        assertThat(api.get(dpo, page + "/record?id=" + note))
                .hasStatusOk()
                .bodyText()
                .contains("DPA 2018 Sch 2 Pt 3", "Reviewed: disclose", ResponseSteps.NOTE);
        assertThat(steps.form(
                        dpo,
                        page + "/record",
                        "recordId",
                        note,
                        "field",
                        "Note",
                        "passage",
                        "not there",
                        "exemption",
                        "THIRD_PARTY"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem", "copy it exactly");
        assertThat(steps.form(dpo, page + "/record", "recordId", note, "exemption", "SERIOUS_HARM"))
                .hasStatus3xxRedirection();
        String decision =
                RequestApi.value(api.get(dpo, "/api/v1/rights-requests/" + request + "/response"), "$.decisions[0].id");
        assertThat(api.get(dpo, page)).bodyText().contains("The whole record", "DPA 2018 Sch 3", "0 still to review");
        assertThat(steps.form(dpo, page + "/redactions/" + decision + "/remove"))
                .hasStatus3xxRedirection();
        assertThat(api.get(dpo, page)).bodyText().contains("Nothing is withheld yet", "1 still to review");
        assertThat(steps.form(dpo, page + "/disclose", "recordId", note)).hasStatus3xxRedirection();
        assertThat(steps.form(dpo, page + "/issue")).hasStatus3xxRedirection();
        assertThat(api.view(dpo, request, "$.status")).isEqualTo("CLOSED");
    }

    @Test
    void aRequestNotYetMatchedOrOfAnotherKindHasNoFileToPrepare() {
        MvcTestResult made = api.post(dpo, "/api/v1/rights-requests", RequestApi.requestJson("ACCESS", today));
        String unmatched = RequestApi.value(made, "$.id");
        assertThat(api.get(dpo, "/api/v1/rights-requests/" + unmatched + "/response"))
                .bodyJson()
                .extractingPath("$.notReady")
                .asArray()
                .hasSize(2);
        assertThat(api.post(dpo, "/api/v1/rights-requests/" + unmatched + "/response", "{}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Record the identity check first");
        String erasure = api.request(dpo, today, "ERASURE");
        assertThat(api.get(dpo, "/data-protection/rights-requests/" + erasure))
                .bodyText()
                .doesNotContain("Prepare the response");
        assertThat(api.post(dpo, "/api/v1/rights-requests/" + erasure + "/response", "{}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("has no response file");
    }

    private Cookie acceptCode(String token, String code) {
        MvcTestResult result = mvc.post()
                .uri("/downloads/" + token)
                .param("code", code)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .exchange();
        assertThat(result).hasStatus3xxRedirection();
        return result.getResponse().getCookie("CUSTODIA_SESSION");
    }

    private byte[] download(String token, UUID file, Cookie session) {
        MvcTestResult result = mvc.get()
                .uri("/downloads/" + token + "/files/" + file)
                .cookie(session)
                .exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    private <T> T asDpo(java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(dpo.authentication());
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static List<MimeMessage> messagesTo(String to) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        Address[] all = m.getAllRecipients();
                        return all != null
                                && Arrays.stream(all).anyMatch(a -> a.toString().equalsIgnoreCase(to));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }
}
