package org.custodia.rights;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The requester hears from us at each step that concerns them: the acknowledgement with the due date,
 * what we ask for when the clock stops, an extension with its reasons, a refusal with the right to
 * complain — each from the organisation's templates, with a PDF copy, listed under the request.
 */
@CustodiaTest
class RequestLettersIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Clock clock;

    RequestApi api;
    TestUser dpo;
    LocalDate today;

    @BeforeEach
    void aDpo() {
        api = new RequestApi(mvc);
        TestOrganisation council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        today = UkCalendar.today(clock);
    }

    @Test
    void theRequesterReceivesALetterAtEachStepThatConcernsThem() throws Exception {
        String id = api.request(dpo, today.minusDays(2));
        String reference = api.view(dpo, id, "$.reference");
        api.ok(api.post(dpo, "/api/v1/rights-requests/" + id + "/pauses", """
                {"reason":"IDENTITY","pausedOn":"%s","letter":"A copy of your passport and a recent council tax bill"}""".formatted(today.minusDays(1))));
        api.ok(api.post(dpo, "/api/v1/rights-requests/" + id + "/identity", """
                {"check":"VERIFIED","evidence":"Passport and council tax bill, by post","checkedOn":"%s"}""".formatted(today)));
        api.ok(api.post(dpo, "/api/v1/rights-requests/" + id + "/extension", """
                {"months":2,"reason":"Your son's records are held by three services","personToldOn":"%s"}""".formatted(today)));
        api.ok(api.post(dpo, "/api/v1/rights-requests/" + id + "/refusal", """
                {"ground":"MANIFESTLY_EXCESSIVE","reasons":"The same records were sent last week",
                 "personToldOn":"%s","toldOfRightToComplain":true}""".formatted(today)));

        List<MimeMessage> letters = lettersAbout(reference);
        assertThat(letters).extracting(MimeMessage::getSubject).hasSize(4);
        assertThat(body(letters.get(0))).contains("Dear Dana Okafor").contains("We will respond by");
        assertThat(body(letters.get(1))).contains("A copy of your passport and a recent council tax bill");
        assertThat(body(letters.get(2))).contains("Your son's records are held by three services");
        assertThat(body(letters.get(3)))
                .contains("The same records were sent last week")
                .contains("ico.org.uk");
        assertThat(hasPdf(letters.get(0))).isTrue();
        assertThat(api.get(dpo, "/api/v1/letters?reference=" + id))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(4);
    }

    @Test
    void aPauseWithoutALetterSendsNothingMore() throws Exception {
        String id = api.request(dpo, today.minusDays(2));
        String reference = api.view(dpo, id, "$.reference");
        api.ok(api.post(dpo, "/api/v1/rights-requests/" + id + "/pauses", """
                {"reason":"CLARIFICATION","pausedOn":"%s"}""".formatted(today)));
        assertThat(lettersAbout(reference)).hasSize(1);
    }

    private static List<MimeMessage> lettersAbout(String reference) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessagesForDomain("dana@example.org")) {
            if (message.getSubject().contains(reference)) {
                found.add(message);
            }
        }
        return found;
    }

    /** The letter's text (the first part; the second is its PDF), on one line. */
    private static String body(MimeMessage message) throws Exception {
        Object content = message.getContent();
        String text = content instanceof Multipart
                ? ((Multipart) content).getBodyPart(0).getContent().toString()
                : content.toString();
        return text.replaceAll("\\s+", " ");
    }

    private static boolean hasPdf(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("application/pdf")) {
                return true;
            }
        }
        return false;
    }
}
