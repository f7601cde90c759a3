package org.custodia.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Letters: templates the DPO edits (versions, revert, validation), composing, sending, and reading back. */
@CustodiaTest
class LettersIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestDatabase database;

    @Autowired
    Letters letters;

    @Autowired
    LetterTemplates templates;

    TestOrganisation council;
    TestUser dpo;
    TestUser practitioner;

    @BeforeEach
    void aCouncil() {
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        practitioner = organisations.user(council, Role.PRACTITIONER);
    }

    Map<String, String> refusalValues(UUID reference) {
        Map<String, String> values = new HashMap<>();
        values.put("requesterName", "<b>Alex</b> & {{reference}}");
        values.put("reference", reference.toString());
        values.put("receivedOn", "3 March 2026");
        values.put("reasons", "You asked for the same records three times this month.");
        values.put("dpoContact", "dpo@council.example");
        return values;
    }

    @Test
    void aLetterIsEmailedWithItsPdfRecordedEncryptedAndReadBackByTheDpo() throws Exception {
        UUID reference = UUID.randomUUID();
        String to = "person-" + reference.toString().substring(0, 8) + "@example.net";
        Letter letter = SignedIn.as(dpo, () -> letters.compose(LetterKind.REFUSAL, refusalValues(reference)));
        UUID id = SignedIn.as(dpo, () -> letters.send(to, letter, reference));

        MimeMessage message = only(to);
        assertThat(message.getSubject()).isEqualTo("Our decision on your request (" + reference + ")");
        Multipart parts = (Multipart) message.getContent();
        String text = null;
        byte[] attached = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null) {
                assertThat(part.getContentType()).startsWith("application/pdf");
                attached = part.getInputStream().readAllBytes();
            } else {
                text = part.getContent().toString();
            }
        }
        assertThat(text).contains("ico.org.uk", "0303 123 1113", "Dear <b>Alex</b> & {{reference}}");
        assertThat(attached).isEqualTo(letter.pdf());
        // The value is printed as typed: escaped into the PDF, not read as markup or a placeholder.
        assertThat(pdfText(attached)).contains("Dear <b>Alex</b> & {{reference}}", "0303 123 1113");

        List<SentLetter> sent = SignedIn.as(dpo, () -> letters.sentFor(reference));
        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(LetterKind.REFUSAL);
            assertThat(s.recipient()).isEqualTo(to);
            assertThat(s.templateVersion()).isZero();
            assertThat(s.subject()).contains(reference.toString());
        });
        assertThat(organisations.auditDetails(council.id(), "letter.sent"))
                .containsExactly("SUCCESS:kind: REFUSAL; template version: 0; reference: " + reference);

        byte[] atRest = column("select pdf from letters_sent where id = ?", id);
        assertThat(contains(atRest, "%PDF".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(atRest).isNotEqualTo(letter.pdf());

        byte[] downloaded = mvc.get()
                .uri("/api/v1/letters/{id}/pdf", id)
                .with(authentication(dpo.authentication()))
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        assertThat(downloaded).isEqualTo(letter.pdf());
        assertThat(organisations.auditDetails(council.id(), "letter.pdf-downloaded"))
                .hasSize(1);
        assertThat(mvc.get()
                        .uri("/data-protection/letters/sent?reference=" + reference)
                        .with(authentication(dpo.authentication())))
                .hasStatusOk()
                .bodyText()
                .contains(to);
    }

    @Test
    void composingNeedsEveryRequiredValue() {
        Map<String, String> values = refusalValues(UUID.randomUUID());
        values.remove("reasons");
        assertThatThrownBy(() -> SignedIn.as(dpo, () -> letters.compose(LetterKind.REFUSAL, values)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reasons");
    }

    @Test
    void theDpoEditsATemplateAsANewVersionAndRevertsToTheDefault() {
        String body = "Dear {{requesterName}}, we received your request {{reference}} on {{receivedOn}}."
                + " We will reply by {{dueOn}}.";
        assertThat(mvc.post()
                        .uri("/data-protection/letters/acknowledgement")
                        .param("subject", "Received: {{reference}}")
                        .param("body", body)
                        .with(authentication(dpo.authentication()))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        UUID reference = UUID.randomUUID();
        Letter letter = SignedIn.as(
                dpo,
                () -> letters.compose(
                        LetterKind.ACKNOWLEDGEMENT,
                        Map.of(
                                "requesterName", "Sam",
                                "reference", reference.toString(),
                                "receivedOn", "1 May 2026",
                                "dueOn", "1 June 2026")));
        assertThat(letter.templateVersion()).isEqualTo(1);
        assertThat(letter.subject()).isEqualTo("Received: " + reference);
        assertThat(letter.body())
                .isEqualTo("Dear Sam, we received your request " + reference
                        + " on 1 May 2026. We will reply by 1 June 2026.");

        assertThat(mvc.post()
                        .uri("/data-protection/letters/acknowledgement/revert")
                        .with(authentication(dpo.authentication()))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        LetterTemplate current = SignedIn.as(dpo, () -> templates.current(LetterKind.ACKNOWLEDGEMENT));
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.isDefault()).isTrue();
        assertThat(SignedIn.as(dpo, () -> templates.history(LetterKind.ACKNOWLEDGEMENT)))
                .extracting(LetterTemplate::version)
                .containsExactly(2, 1, 0);
        assertThat(organisations.auditDetails(council.id(), "letter-template.revised"))
                .containsExactly("SUCCESS:version: 1");
        assertThat(organisations.auditDetails(council.id(), "letter-template.reverted"))
                .containsExactly("SUCCESS:version: 2");
        assertThat(mvc.get().uri("/data-protection/letters/acknowledgement").with(authentication(dpo.authentication())))
                .hasStatusOk()
                .bodyText()
                .contains("Version 1", "Version 0");
    }

    @Test
    void anUnknownOrMissingPlaceholderIsAnErrorSummaryOnThePageAndAProblemInTheApi() {
        assertThat(mvc.post()
                        .uri("/data-protection/letters/extension")
                        .param("subject", "More time")
                        .param(
                                "body",
                                "Dear {{requesterName}}, {{reference}} will be late until {{dueOn}}. {{bankDetails}}")
                        .with(authentication(dpo.authentication()))
                        .with(csrf()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("govuk-error-summary", "Remove {{bankDetails}}");
        assertThat(mvc.put()
                        .uri("/api/v1/letter-templates/EXTENSION")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"subject\":\"More time\",\"body\":\"Dear {{requesterName}}, {{reference}} by {{dueOn}}.\"}")
                        .with(authentication(dpo.authentication()))
                        .with(csrf()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.body")
                .asString()
                .contains("{{reasons}}");
        assertThat(SignedIn.as(
                        dpo, () -> templates.current(LetterKind.EXTENSION).version()))
                .isZero();
        assertThat(organisations.auditDetails(council.id(), "letter-template.revised"))
                .isEmpty();
    }

    @Test
    void thePreviewFillsInInventedValuesAndSavesNothing() {
        assertThat(mvc.post()
                        .uri("/data-protection/letters/acknowledgement")
                        .param("action", "preview")
                        .param("subject", "Received {{reference}}")
                        .param("body", "Dear {{requesterName}}, {{reference}} {{receivedOn}} {{dueOn}}")
                        .with(authentication(dpo.authentication()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Dear Alex Example");
        assertThat(mvc.post()
                        .uri("/api/v1/letter-templates/acknowledgement/preview")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"subject\":\"S {{reference}}\",\"body\":\"Dear {{requesterName}}, {{reference}} {{receivedOn}} {{dueOn}}\"}")
                        .with(authentication(dpo.authentication()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.body")
                .asString()
                .startsWith("Dear Alex Example");
        assertThat(mvc.get()
                        .uri("/data-protection/letters/refusal/sample.pdf")
                        .with(authentication(dpo.authentication())))
                .hasStatusOk()
                .hasContentType(MediaType.APPLICATION_PDF);
        assertThat(SignedIn.as(
                        dpo, () -> templates.current(LetterKind.ACKNOWLEDGEMENT).version()))
                .isZero();
    }

    @Test
    void anotherOrganisationsDpoCannotSeeOrDownloadTheLetters() {
        UUID reference = UUID.randomUUID();
        UUID id = SignedIn.as(
                dpo,
                () -> letters.send(
                        "someone@example.net",
                        letters.compose(LetterKind.REFUSAL, refusalValues(reference)),
                        reference));
        TestUser otherDpo = organisations.user(organisations.organisation(), Role.DATA_PROTECTION_OFFICER);
        assertThat(mvc.get().uri("/api/v1/letters/{id}/pdf", id).with(authentication(otherDpo.authentication())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/data-protection/letters/sent/{id}/pdf", id)
                        .with(authentication(otherDpo.authentication())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/api/v1/letters?reference=" + reference)
                        .with(authentication(otherDpo.authentication())))
                .hasStatusOk()
                .bodyJson()
                .isEqualTo("[]");
        // Another organisation's edit does not touch this one's template.
        assertThat(mvc.post()
                        .uri("/api/v1/letter-templates/refusal/revert")
                        .with(authentication(otherDpo.authentication()))
                        .with(csrf()))
                .hasStatusOk();
        assertThat(SignedIn.as(dpo, () -> templates.current(LetterKind.REFUSAL).version()))
                .isZero();
    }

    @Test
    void onlyTheDpoMayUseTheLetterPagesAndApi() {
        for (TestUser user : List.of(practitioner, organisations.administrator(council))) {
            assertThat(mvc.get().uri("/data-protection/letters").with(authentication(user.authentication())))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri("/api/v1/letter-templates").with(authentication(user.authentication())))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.put()
                            .uri("/api/v1/letter-templates/refusal")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"subject\":\"x\",\"body\":\"y\"}")
                            .with(authentication(user.authentication()))
                            .with(csrf()))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get()
                            .uri("/api/v1/letters?reference=" + UUID.randomUUID())
                            .with(authentication(user.authentication())))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get()
                            .uri("/data-protection/letters/sent/{id}/pdf", UUID.randomUUID())
                            .with(authentication(user.authentication())))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get().uri("/data-protection/letters")).hasStatus3xxRedirection();
    }

    private MimeMessage only(String to) {
        List<MimeMessage> messages = Arrays.stream(mail.getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(to))
                .toList();
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    byte[] column(String sql, UUID id) throws Exception {
        try (Connection owner = database.owner();
                PreparedStatement query = owner.prepareStatement(sql)) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getBytes(1);
            }
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
