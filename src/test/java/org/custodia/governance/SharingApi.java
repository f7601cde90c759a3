package org.custodia.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.testing.TestOrganisations.TestUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/** Steps through the API as a given user, for the sharing tests. */
final class SharingApi {

    private final MockMvcTester mvc;
    private final Clock clock;

    SharingApi(MockMvcTester mvc, Clock clock) {
        this.mvc = mvc;
        this.clock = clock;
    }

    LocalDate today() {
        return UkCalendar.today(clock);
    }

    MvcTestResult get(TestUser user, String uri) {
        return mvc.get().uri(uri).with(authentication(user.authentication())).exchange();
    }

    MvcTestResult post(TestUser user, String uri, String json) {
        return mvc.post()
                .uri(uri)
                .with(authentication(user.authentication()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    MvcTestResult put(TestUser user, String uri, String json) {
        return mvc.put()
                .uri(uri)
                .with(authentication(user.authentication()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    MvcTestResult form(TestUser user, String uri, String... pairs) {
        var request =
                mvc.post().uri(uri).with(authentication(user.authentication())).with(csrf());
        for (int i = 0; i < pairs.length; i += 2) {
            request = request.param(pairs[i], pairs[i + 1]);
        }
        return request.exchange();
    }

    String created(MvcTestResult result) {
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return JsonPath.read(body(result), "$.id");
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    String recipient(TestUser dpo, String name, String kind) {
        return created(post(dpo, "/api/v1/recipients", """
                {"name":"%s","kind":"%s","contact":"info@example.org"}""".formatted(name, kind)));
    }

    String processor(TestUser dpo, String name, String country) {
        return created(post(dpo, "/api/v1/recipients", """
                {"name":"%s","kind":"PROCESSOR","service":"Support desk","processingCountries":["%s"],
                 "contractSignedOn":"2023-01-10"}""".formatted(name, country)));
    }

    /** An agreement naming the recipient, from {@code starts} with review a year later; unsigned. */
    String agreement(TestUser dpo, String recipient, LocalDate starts, LocalDate ends, boolean highRisk, String dpia) {
        return created(post(dpo, "/api/v1/sharing-agreements", """
                {"type":"INFORMATION_SHARING_PROTOCOL","title":"Protocol","parties":["%s"],"purpose":"Safeguarding",
                 "dataShared":"Names, dates of birth","lawfulBasis":"PUBLIC_TASK","startsOn":"%s","reviewOn":"%s",
                 "endsOn":%s,"highRisk":%s,"dpia":%s}""".formatted(
                        recipient,
                        starts,
                        starts.plusYears(1),
                        ends == null ? "null" : "\"" + ends + "\"",
                        highRisk,
                        dpia == null ? "null" : "\"" + dpia + "\"")));
    }

    MvcTestResult sign(TestUser dpo, String agreement, LocalDate on) {
        return post(dpo, "/api/v1/sharing-agreements/" + agreement + "/signature", """
                {"signedOn":"%s","signedBy":"Head of service; the partner's director"}""".formatted(on));
    }

    String child(TestUser practitioner, String first) {
        return created(post(practitioner, "/api/v1/people", """
                {"firstName":"%s","lastName":"Example","dateOfBirth":"2014-05-01"}""".formatted(first)));
    }

    String openCase(TestUser practitioner, String child) {
        return created(post(practitioner, "/api/v1/cases", """
                {"type":"LOOKED_AFTER_CHILD","childId":"%s"}""".formatted(child)));
    }

    MvcTestResult routine(TestUser practitioner, String person, String recipient) {
        return post(practitioner, "/api/v1/people/" + person + "/disclosures", """
                {"recipient":"%s","disclosedOn":"%s","dataShared":"Name and school","method":"Secure email",
                 "basis":"ROUTINE"}""".formatted(recipient, today()));
    }

    MvcTestResult withoutConsent(TestUser practitioner, String person, String recipient, UUID decidedBy) {
        return post(practitioner, "/api/v1/people/" + person + "/disclosures", """
                {"recipient":"%s","disclosedOn":"%s","dataShared":"Address","method":"Telephone",
                 "basis":"WITHOUT_CONSENT_RISK","reason":"Immediate risk of harm to a sibling",
                 "decidedBy":"%s","decidedOn":"%s"}""".formatted(
                        recipient, today(), decidedBy, today()));
    }

    /** A DPIA of the user's organisation, signed off or still a draft. */
    static UUID dpia(JdbcClient jdbc, TransactionTemplate transactions, Tenancy tenancy, TestUser dpo, boolean signed) {
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> tenancy.runAs(
                dpo.organisation(),
                () -> jdbc.sql("insert into dpias (id, organisation_id, title, status, signed_off_at, signed_off_by,"
                                + " review_due, created_by, created_at) values (:id, :organisation, 'Sharing DPIA',"
                                + " :status, :at, :signer, :review, :by, now())")
                        .param("id", id)
                        .param("organisation", dpo.organisation().value())
                        .param("status", signed ? "SIGNED_OFF" : "DRAFT")
                        .param("at", signed ? java.sql.Timestamp.from(java.time.Instant.now()) : null)
                        .param("signer", signed ? dpo.id().value() : null)
                        .param(
                                "review",
                                signed
                                        ? java.sql.Date.valueOf(
                                                java.time.LocalDate.now().plusYears(1))
                                        : null)
                        .param("by", dpo.id().value())
                        .update()));
        return id;
    }
}
