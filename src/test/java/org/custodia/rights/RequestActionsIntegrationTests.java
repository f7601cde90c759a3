package org.custodia.rights;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.custodia.platform.Tenancy;
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
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Acting on erasure, rectification and restriction requests: exceptions, legal holds and retention
 * periods keep people and are reported; the rest is erased with the key destroyed; recipients are told
 * (by email, or a task by other means); the requester gets the outcome letter.
 */
@CustodiaTest
class RequestActionsIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Tenancy tenancy;

    RequestApi api;
    TestOrganisation council;
    TestUser dpo;
    TestUser practitioner;
    LocalDate today;

    @BeforeEach
    void aCouncil() {
        api = new RequestApi(mvc);
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        practitioner = organisations.user(council, Role.PRACTITIONER);
        today = UkCalendar.today(clock);
    }

    @Test
    void anExceptionThatAppliesErasesNothingAndSaysWhy() {
        String uncle = person("Uncle", "1970-02-03");
        String request = matched("ERASURE", uncle);

        assertThat(api.post(dpo, base(request) + "/erasure", erasure("LEGAL_CLAIMS", "")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Enter why Art 17(3)(e) applies");
        assertThat(api.post(dpo, base(request) + "/erasure", """
                        {"ground":"NO_LONGER_NECESSARY","exceptions":[{"exception":"LEGAL_CLAIMS","applies":false}]}"""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Answer whether Art 17(3)(a) applies");

        assertThat(api.post(dpo, base(request) + "/erasure", erasure("LEGAL_CLAIMS", "Care proceedings under way")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.people[0].erased")
                .isEqualTo(false);
        assertThat(api.get(dpo, base(request) + "/erasure"))
                .bodyText()
                .contains("Art 17(3)(e)", "Care proceedings under way");
        assertThat(count("select count(*) from people where id = '" + uncle + "'"))
                .isEqualTo(1);
        assertThat(letterTo("dana@example.org")).contains("Nothing has been erased", "Care proceedings under way");
    }

    @Test
    void theScheduleAndOtherHoldsKeepPeopleTheRestIsErasedAndTheRecipientsAreTold() throws Exception {
        assertThat(api.post(dpo, "/api/v1/retention/schedule/adoption", "{}")
                        .getResponse()
                        .getStatus())
                .isLessThan(300);
        String child = person("Sam", "2014-05-02");
        assertThat(api.post(practitioner, "/api/v1/cases", """
                        {"type":"LOOKED_AFTER_CHILD","childId":"%s"}""".formatted(child)))
                .hasStatus(HttpStatus.CREATED);
        String held = person("Held", "1980-01-01");
        assertThat(api.post(dpo, "/api/v1/retention/holds", """
                        {"target":"PERSON","targetId":"%s","ground":"LITIGATION","reason":"Claim against the council",
                         "reviewOn":"%s"}""".formatted(held, today.plusMonths(6))))
                .hasStatus(HttpStatus.CREATED);
        String relative = person("Relative", "1982-03-04");
        String emailed = recipient("County police", "disclosures@police.example.org");
        String byPost = recipient("Family court", "The Clerk, Family Court, 1 Court Street");
        disclose(relative, emailed);
        disclose(relative, byPost);
        String request = matched("ERASURE", child, held, relative);

        assertThat(api.get(dpo, base(request) + "/recipients")).bodyText().contains("County police", "Family court");
        MvcTestResult decided = api.post(dpo, base(request) + "/erasure", erasure(null, null));
        assertThat(decided).hasStatusOk();
        String report = decided.getResponse().getContentAsString();
        assertThat(report)
                .contains("Looked-after child case record", "kept until 2089-05-02")
                .contains("legal hold (litigation)")
                .doesNotContain("Claim against the council");

        assertThat(count("select count(*) from people where id = '" + relative + "'"))
                .isZero();
        assertThat(count("select count(*) from subject_keys where subject_id = '" + relative
                        + "' and destroyed_at is not null"))
                .isEqualTo(1);
        assertThat(count("select count(*) from people where id in ('" + child + "', '" + held + "')"))
                .isEqualTo(2);
        assertThat(count("select count(*) from subject_keys where subject_id in ('" + child + "', '" + held
                        + "') and destroyed_at is not null"))
                .isZero();

        String letter = letterTo("dana@example.org");
        assertThat(letter).contains("Relative Example", "kept until 2089-05-02", "legal hold (litigation)");
        assertThat(letterTo("disclosures@police.example.org")).contains("erased all the information");

        MvcTestResult notifications = api.get(dpo, base(request) + "/notifications");
        assertThat(notifications).bodyJson().extractingPath("$.length()").isEqualTo(2);
        String task = RequestApi.value(notifications, "$[?(@.method == 'OTHER_MEANS')].id")
                .replaceAll("[\\[\\]\"]", "");
        assertThat(api.post(dpo, base(request) + "/notifications/" + task + "/done", "{\"how\":\"\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(api.post(dpo, base(request) + "/notifications/" + task + "/done", """
                        {"how":"Letter by first-class post","doneOn":"%s"}""".formatted(today)))
                .hasStatusOk();
        assertThat(api.get(dpo, "/data-protection/rights-requests/" + request))
                .hasStatusOk()
                .bodyText()
                .contains("County police", "Letter by first-class post", "Kept", "Erased");
        assertThat(organisations.auditDetails(council.id(), "rights-request.erasure-decided"))
                .hasSize(1);
        assertThat(api.post(dpo, base(request) + "/erasure", erasure(null, null)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("already been decided");
    }

    @Test
    void rectificationAndRestrictionThroughTheRequestWriteToTheRequesterAndTheRecipients() {
        String person = person("Jo", "1990-06-07");
        disclose(person, recipient("Health visitor team", "hv@nhs.example.org"));
        String request = matched("RECTIFICATION", person);

        assertThat(api.post(dpo, base(request) + "/rectifications", """
                        {"person":"%s","field":"LAST_NAME","value":"Exampel"}""".formatted(person)))
                .hasStatusOk();
        assertThat(letterTo("dana@example.org")).contains("We corrected the last name");
        assertThat(letterTo("hv@nhs.example.org")).contains("We corrected their last name to: Exampel");

        assertThat(api.post(dpo, base(request) + "/restrictions", """
                        {"person":"%s","ground":"ACCURACY_CONTESTED"}""".formatted(person)))
                .hasStatusOk();
        assertThat(letterTo("dana@example.org")).contains("We have restricted the use");
        assertThat(api.post(dpo, base(request) + "/restriction-lift-notice", """
                        {"person":"%s","liftOn":"%s","reasons":"The accuracy has been checked"}""".formatted(person, today.plusDays(14))))
                .hasStatusOk();
        assertThat(letterTo("dana@example.org")).contains("The accuracy has been checked");
        assertThat(api.post(dpo, base(request) + "/restriction-lifting", """
                        {"person":"%s","personToldOn":"%s"}""".formatted(person, today)))
                .hasStatusOk();
        assertThat(api.get(dpo, base(request) + "/notifications"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(2);
        String stranger = person("Stranger", "1991-01-01");
        assertThat(api.post(dpo, base(request) + "/restrictions", """
                        {"person":"%s","ground":"ACCURACY_CONTESTED"}""".formatted(stranger)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Select a person the request is matched to");
        assertThat(api.post(dpo, base(request) + "/erasure", erasure(null, null)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Only an erasure request");
    }

    @Test
    void everyActionIsRefusedToOtherOrganisationsAndOtherRoles() {
        String person = person("Kim", "1985-01-01");
        String request = matched("ERASURE", person);
        TestUser otherDpo = organisations.user(organisations.organisation(), Role.DATA_PROTECTION_OFFICER);
        List<String> posts = List.of(
                "/erasure",
                "/rectifications",
                "/statements",
                "/restrictions",
                "/restriction-lift-notice",
                "/restriction-lifting",
                "/objections",
                "/consent-withdrawals",
                "/notifications/" + UUID.randomUUID() + "/done");
        String body = "{\"person\":\"" + person + "\"}";
        for (String path : posts) {
            assertThat(api.post(otherDpo, base(request) + path, body)).as(path).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(api.post(practitioner, base(request) + path, body))
                    .as(path)
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        for (String path : List.of("/erasure", "/recipients", "/notifications")) {
            assertThat(api.get(otherDpo, base(request) + path)).as(path).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(api.get(practitioner, base(request) + path)).as(path).hasStatus(HttpStatus.FORBIDDEN);
        }
        for (String action : RequestActionPagesNames.ALL) {
            String page = "/data-protection/rights-requests/" + request + "/act/" + action;
            assertThat(api.get(otherDpo, page)).as(page).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(api.get(practitioner, page)).as(page).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(api.get(dpo, page)).as(page).hasStatusOk();
            assertThat(mvc.post()
                            .uri(page)
                            .with(org.springframework.security.test.web.servlet.request
                                    .SecurityMockMvcRequestPostProcessors.authentication(otherDpo.authentication()))
                            .with(org.springframework.security.test.web.servlet.request
                                    .SecurityMockMvcRequestPostProcessors.csrf())
                            .param("person", person)
                            .exchange())
                    .as(page)
                    .hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(count("select count(*) from people where id = '" + person + "'"))
                .isEqualTo(1);
        assertThat(api.get(dpo, base(request) + "/erasure")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theErasurePageShowsErrorsAndThenTheOutcome() {
        String person = person("Lee", "1975-01-01");
        String request = matched("ERASURE", person);
        String page = "/data-protection/rights-requests/" + request + "/act/erasure";
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        var asDpo =
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .authentication(dpo.authentication());
        assertThat(mvc.post()
                        .uri(page)
                        .with(asDpo)
                        .with(csrf)
                        .param("ground", "NO_LONGER_NECESSARY")
                        .exchange())
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem", "Answer whether Art 17(3)(a) applies");
        var post = mvc.post().uri(page).with(asDpo).with(csrf).param("ground", "NO_LONGER_NECESSARY");
        for (ErasureException x : ErasureException.values()) {
            post = post.param("exception-" + x.name(), "false");
        }
        assertThat(post.exchange()).hasStatus(HttpStatus.FOUND);
        assertThat(api.get(dpo, "/data-protection/rights-requests/" + request))
                .bodyText()
                .contains("Lee Example", "Erased");
        assertThat(count("select count(*) from people where id = '" + person + "'"))
                .isZero();
    }

    /** The action pages, named here so the test fails if one is added without a check. */
    static final class RequestActionPagesNames {
        static final List<String> ALL = List.of(
                "erasure",
                "rectification",
                "statement",
                "restriction",
                "lift-notice",
                "lifting",
                "objection",
                "consent-withdrawal",
                "notification");
    }

    private static String erasure(String applying, String reason) {
        StringBuilder answers = new StringBuilder();
        for (ErasureException x : ErasureException.values()) {
            boolean applies = x.name().equals(applying);
            answers.append(answers.length() == 0 ? "" : ",")
                    .append("{\"exception\":\"")
                    .append(x.name())
                    .append("\",\"applies\":")
                    .append(applies)
                    .append(applies ? ",\"reason\":\"" + reason + "\"" : "")
                    .append("}");
        }
        return "{\"ground\":\"NO_LONGER_NECESSARY\",\"exceptions\":[" + answers + "]}";
    }

    private String base(String request) {
        return "/api/v1/rights-requests/" + request;
    }

    private String person(String first, String born) {
        MvcTestResult result = api.post(practitioner, "/api/v1/people", """
                {"firstName":"%s","lastName":"Example","dateOfBirth":"%s"}""".formatted(first, born));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return RequestApi.value(result, "$.id");
    }

    private String recipient(String name, String contact) {
        MvcTestResult result = api.post(dpo, "/api/v1/recipients", """
                {"name":"%s","kind":"POLICE","contact":"%s"}""".formatted(name, contact));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return RequestApi.value(result, "$.id");
    }

    private void disclose(String person, String recipient) {
        assertThat(api.post(practitioner, "/api/v1/people/" + person + "/disclosures", """
                        {"recipient":"%s","disclosedOn":"%s","dataShared":"Name and address","method":"Secure email",
                         "basis":"STATUTORY","statutoryBasis":"Court order 2026/17"}""".formatted(recipient, today)))
                .hasStatus(HttpStatus.CREATED);
    }

    private String matched(String kind, String... people) {
        String request = api.request(dpo, today, kind);
        api.ok(api.post(dpo, base(request) + "/matches", "{\"people\":[\"" + String.join("\",\"", people) + "\"]}"));
        return request;
    }

    private long count(String sql) {
        return transactions.execute(status -> tenancy.callAs(
                council.id(), () -> jdbc.sql(sql).query(Long.class).single()));
    }

    /** The text of the latest email to the address. */
    private static String letterTo(String email) {
        MimeMessage[] received = mail.getReceivedMessages();
        List<MimeMessage> to = Arrays.stream(received)
                .filter(m ->
                        GreenMailUtil.getAddressList(uncheckedRecipients(m)).contains(email))
                .toList();
        assertThat(to).as("mail to " + email).isNotEmpty();
        return GreenMailUtil.getBody(to.get(to.size() - 1)).replaceAll("=\\r?\\n", "");
    }

    private static jakarta.mail.Address[] uncheckedRecipients(MimeMessage m) {
        try {
            return m.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
