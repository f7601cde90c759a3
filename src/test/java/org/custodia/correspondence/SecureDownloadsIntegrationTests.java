package org.custodia.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestClock;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Secure downloads: the link and the code arrive apart, the code opens the files once, and all is audited. */
@CustodiaTest
class SecureDownloadsIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern LINK = Pattern.compile("/downloads/([A-Za-z0-9_-]{40,})");
    private static final Pattern CODE = Pattern.compile("Your code is (\\d{8})");
    private static final String SECRET_TEXT = "Jayden's health record: asthma, seen 3 May";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestDatabase database;

    @Autowired
    TestClock clock;

    @Autowired
    SecureDownloads downloads;

    TestOrganisation council;
    TestUser dpo;
    String to;
    UUID reference;
    byte[] pdf;
    byte[] json;

    @BeforeEach
    void anOffer() {
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        reference = UUID.randomUUID();
        to = "requester-" + reference.toString().substring(0, 8) + "@example.net";
        pdf = ("%PDF-1.7 " + SECRET_TEXT).getBytes(StandardCharsets.UTF_8);
        json = ("{\"note\":\"" + SECRET_TEXT + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    DownloadOfferId offer() {
        return SignedIn.as(
                dpo,
                () -> downloads.offer(new NewOffer(
                        to,
                        reference,
                        "Your subject access response",
                        List.of(
                                new DownloadFile("response.pdf", "application/pdf", pdf),
                                new DownloadFile("response.json", "application/json", json)))));
    }

    @Test
    void theLinkAndTheCodeArriveInSeparateEmailsAndTheFilesComeBackExactly() throws Exception {
        DownloadOfferId id = offer();

        List<String> bodies = bodiesTo(to);
        assertThat(bodies).hasSize(2);
        String linkMail =
                bodies.stream().filter(b -> LINK.matcher(b).find()).findFirst().orElseThrow();
        String codeMail =
                bodies.stream().filter(b -> CODE.matcher(b).find()).findFirst().orElseThrow();
        assertThat(linkMail).isNotEqualTo(codeMail);
        assertThat(CODE.matcher(linkMail).find()).isFalse();
        assertThat(LINK.matcher(codeMail).find()).isFalse();
        String token = token(linkMail);
        String code = code(codeMail);

        Cookie session = acceptCode(token, code);
        String files = mvc.get()
                .uri("/downloads/" + token)
                .cookie(session)
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(files).contains("Your subject access response", "response.pdf", "response.json");
        // One expiry, in the same words in the email and on the page.
        Matcher until = Pattern.compile("The link works until ([^.]+)\\.").matcher(linkMail);
        assertThat(until.find()).isTrue();
        assertThat(until.group(1)).startsWith("the end of ");
        assertThat(files).contains("The link works until " + until.group(1) + ".");

        DownloadOffer offer = SignedIn.as(dpo, () -> downloads.find(id));
        assertThat(download(token, offer.files().get(0).id(), session)).isEqualTo(pdf);
        assertThat(download(token, offer.files().get(1).id(), session)).isEqualTo(json);

        assertThat(organisations.auditDetails(council.id(), "download.file-downloaded"))
                .hasSize(2)
                .allSatisfy(detail -> assertThat(detail).doesNotContain(SECRET_TEXT, to));
        DownloadOffer seen =
                SignedIn.as(dpo, () -> downloads.offersFor(reference)).get(0);
        assertThat(seen.downloads())
                .extracting(DownloadOffer.Download::fileName)
                .containsExactly("response.pdf", "response.json");
        assertThat(seen.status()).isEqualTo(OfferStatus.CODE_USED);
    }

    @Test
    void theFilesAreNotStoredInPlaintext() throws Exception {
        DownloadOfferId id = offer();
        List<byte[]> stored = new ArrayList<>();
        try (Connection owner = database.owner();
                PreparedStatement query =
                        owner.prepareStatement("select content from download_files where offer_id = ?")) {
            query.setObject(1, id.value());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getBytes(1));
                }
            }
        }
        assertThat(stored).hasSize(2).allSatisfy(content -> {
            String asText = new String(content, StandardCharsets.ISO_8859_1);
            assertThat(asText).doesNotContain("asthma", "%PDF", "JVBER", "eyJub3Rl");
        });
    }

    @Test
    void theLinkPageRevealsNothingBeforeTheCode() {
        offer();
        String token = token(bodiesTo(to).stream()
                .filter(b -> LINK.matcher(b).find())
                .findFirst()
                .orElseThrow());
        assertThat(mvc.get().uri("/downloads/" + token))
                .hasStatusOk()
                .bodyText()
                .contains("Enter your code")
                .doesNotContain("Your subject access response", "response.pdf", "Test council", to);
        DownloadOffer offer =
                SignedIn.as(dpo, () -> downloads.offersFor(reference)).get(0);
        assertThat(mvc.get()
                        .uri("/downloads/" + token + "/files/"
                                + offer.files().get(0).id()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/downloads/" + "x".repeat(43))).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aWrongCodeIsRefusedAndAuditedAndTheFifthLocksTheOfferUntilTheDpoSendsANewCode() {
        DownloadOfferId id = offer();
        String token = token(bodiesTo(to).stream()
                .filter(b -> LINK.matcher(b).find())
                .findFirst()
                .orElseThrow());
        String code = code(bodiesTo(to).stream()
                .filter(b -> CODE.matcher(b).find())
                .findFirst()
                .orElseThrow());
        String wrong = code.equals("00000000") ? "11111111" : "00000000";

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(postCode(token, wrong))
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyText()
                    .contains("The code is not right", (5 - attempt) + " tr");
        }
        assertThat(postCode(token, wrong))
                .hasStatus(HttpStatus.LOCKED)
                .bodyText()
                .contains("locked");
        assertThat(organisations.auditDetails(council.id(), "download.code-refused"))
                .hasSize(5)
                .last()
                .isEqualTo("FAILURE:wrong code, attempt 5 of 5");
        assertThat(organisations.auditDetails(council.id(), "download.locked")).hasSize(1);

        // Even the right code is refused once locked, and that is audited too.
        assertThat(postCode(token, code)).hasStatus(HttpStatus.LOCKED);
        assertThat(organisations.auditDetails(council.id(), "download.code-refused"))
                .hasSize(6)
                .last()
                .isEqualTo("DENIED:offer locked");
        assertThat(mvc.get().uri("/downloads/" + token)).hasStatus(HttpStatus.LOCKED);

        assertThat(mvc.post()
                        .uri("/api/v1/downloads/{id}/code", id.value())
                        .with(authentication(dpo.authentication()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("AWAITING_CODE");
        List<String> codes = bodiesTo(to).stream()
                .filter(b -> CODE.matcher(b).find())
                .map(SecureDownloadsIntegrationTests::code)
                .toList();
        assertThat(codes).hasSize(2);
        assertThat(postCode(token, code)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(acceptCode(token, codes.get(1))).isNotNull();
    }

    @Test
    void anAcceptedCodeOpensOnlyTheSessionThatEnteredItAndCannotBeUsedAgain() {
        offer();
        String token = token(bodiesTo(to).stream()
                .filter(b -> LINK.matcher(b).find())
                .findFirst()
                .orElseThrow());
        String code = code(bodiesTo(to).stream()
                .filter(b -> CODE.matcher(b).find())
                .findFirst()
                .orElseThrow());
        Cookie session = acceptCode(token, code);

        assertThat(mvc.get().uri("/downloads/" + token)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(postCode(token, code)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/downloads/" + token).cookie(session)).hasStatusOk();

        clock.advance(Duration.ofMinutes(31));
        assertThat(mvc.get().uri("/downloads/" + token).cookie(session))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyText()
                .contains("Your code has been used");
    }

    @Test
    void anExpiredOfferRefusesWithAClearPage() {
        offer();
        String token = token(bodiesTo(to).stream()
                .filter(b -> LINK.matcher(b).find())
                .findFirst()
                .orElseThrow());
        String code = code(bodiesTo(to).stream()
                .filter(b -> CODE.matcher(b).find())
                .findFirst()
                .orElseThrow());
        clock.advance(Duration.ofDays(29));
        assertThat(mvc.get().uri("/downloads/" + token)).hasStatusOk();
        clock.advance(Duration.ofDays(2).plusHours(1));
        assertThat(mvc.get().uri("/downloads/" + token))
                .hasStatus(HttpStatus.GONE)
                .bodyText()
                .contains("The link has expired");
        assertThat(postCode(token, code)).hasStatus(HttpStatus.GONE);
        assertThat(organisations.auditDetails(council.id(), "download.code-refused"))
                .containsExactly("DENIED:offer expired");
    }

    @Test
    void aWithdrawnOfferStopsWorkingEvenInAnOpenSession() {
        DownloadOfferId id = offer();
        String token = token(bodiesTo(to).stream()
                .filter(b -> LINK.matcher(b).find())
                .findFirst()
                .orElseThrow());
        String code = code(bodiesTo(to).stream()
                .filter(b -> CODE.matcher(b).find())
                .findFirst()
                .orElseThrow());
        Cookie session = acceptCode(token, code);
        UUID file = SignedIn.as(dpo, () -> downloads.find(id)).files().get(0).id();

        assertThat(mvc.post()
                        .uri("/data-protection/downloads/{id}/revoke", id.value())
                        .with(authentication(dpo.authentication()))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/downloads/" + token).cookie(session)).hasStatus(HttpStatus.GONE);
        assertThat(mvc.get().uri("/downloads/" + token + "/files/" + file).cookie(session))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(organisations.auditDetails(council.id(), "download.revoked")).hasSize(1);
        assertThat(mvc.get()
                        .uri("/data-protection/downloads?reference=" + reference)
                        .with(authentication(dpo.authentication())))
                .hasStatusOk()
                .bodyText()
                .contains("Withdrawn");
    }

    @Test
    void anotherOrganisationsDpoGetsNotFound() {
        DownloadOfferId id = offer();
        TestUser otherDpo = organisations.user(organisations.organisation(), Role.DATA_PROTECTION_OFFICER);
        assertThat(mvc.get().uri("/api/v1/downloads/{id}", id.value()).with(authentication(otherDpo.authentication())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/api/v1/downloads/{id}/revocation", id.value())
                        .with(authentication(otherDpo.authentication()))
                        .with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/api/v1/downloads/{id}/code", id.value())
                        .with(authentication(otherDpo.authentication()))
                        .with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/data-protection/downloads/{id}/revoke", id.value())
                        .with(authentication(otherDpo.authentication()))
                        .with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/api/v1/downloads?reference=" + reference)
                        .with(authentication(otherDpo.authentication())))
                .hasStatusOk()
                .bodyJson()
                .isEqualTo("[]");
        assertThat(SignedIn.as(dpo, () -> downloads.find(id)).status()).isEqualTo(OfferStatus.AWAITING_CODE);
    }

    @Test
    void onlyTheDpoManagesOffers() {
        DownloadOfferId id = offer();
        for (TestUser user :
                List.of(organisations.user(council, Role.PRACTITIONER), organisations.administrator(council))) {
            assertThat(mvc.get().uri("/api/v1/downloads/{id}", id.value()).with(authentication(user.authentication())))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get()
                            .uri("/api/v1/downloads?reference=" + reference)
                            .with(authentication(user.authentication())))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post()
                            .uri("/api/v1/downloads/{id}/revocation", id.value())
                            .with(authentication(user.authentication()))
                            .with(csrf()))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get()
                            .uri("/data-protection/downloads?reference=" + reference)
                            .with(authentication(user.authentication())))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post()
                            .uri("/data-protection/downloads/{id}/new-code", id.value())
                            .with(authentication(user.authentication()))
                            .with(csrf()))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(SignedIn.as(dpo, () -> downloads.find(id)).status()).isEqualTo(OfferStatus.AWAITING_CODE);
    }

    @Test
    void theResponseReadyLetterCarriesTheLinkAndTheCodeStillComesSeparately() throws Exception {
        DownloadOfferId id = SignedIn.as(
                dpo,
                () -> downloads.offerWithLetter(
                        new NewOffer(
                                to,
                                reference,
                                "Your response",
                                List.of(new DownloadFile("response.pdf", "application/pdf", pdf))),
                        Map.of("requesterName", "Alex", "receivedOn", "1 May 2026", "dpoContact", "dpo@x.example")));
        List<MimeMessage> messages = messagesTo(to);
        assertThat(messages).hasSize(2);
        assertThat(messages)
                .extracting(MimeMessage::getSubject)
                .anySatisfy(subject -> assertThat(subject).startsWith("Your response is ready to download"));
        String letter = messages.stream()
                .filter(m -> subjectOf(m).startsWith("Your response is ready"))
                .map(GreenMailUtil::getBody)
                .findFirst()
                .orElseThrow();
        assertThat(LINK.matcher(letter).find()).isTrue();
        assertThat(CODE.matcher(letter).find()).isFalse();
        assertThat(SignedIn.as(dpo, () -> downloads.find(id)).reference()).isEqualTo(reference);
    }

    private Cookie acceptCode(String token, String code) {
        MvcTestResult result = postCode(token, code);
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/downloads/" + token);
        Cookie session = result.getResponse().getCookie("CUSTODIA_SESSION");
        assertThat(session).isNotNull();
        return session;
    }

    private MvcTestResult postCode(String token, String code) {
        return mvc.post()
                .uri("/downloads/" + token)
                .param("code", code)
                .with(csrf())
                .exchange();
    }

    private byte[] download(String token, UUID file, Cookie session) {
        MvcTestResult result = mvc.get()
                .uri("/downloads/" + token + "/files/" + file)
                .cookie(session)
                .exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    private static String token(String body) {
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String code(String body) {
        Matcher matcher = CODE.matcher(body);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static List<MimeMessage> messagesTo(String to) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> LettersIntegrationTests.recipient(m).equalsIgnoreCase(to))
                .toList();
    }

    private static List<String> bodiesTo(String to) {
        return messagesTo(to).stream().map(GreenMailUtil::getBody).toList();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
