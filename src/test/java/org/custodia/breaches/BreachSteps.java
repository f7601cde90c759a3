package org.custodia.breaches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.custodia.testing.TestOrganisations.TestUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Small steps through the breaches API as a given user. */
final class BreachSteps {

    private final MockMvcTester mvc;

    BreachSteps(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    MvcTestResult get(TestUser user, String uri) {
        return mvc.get().uri(uri).with(authentication(user.authentication())).exchange();
    }

    MvcTestResult post(TestUser user, String uri, String json) {
        return send(user, mvc.post().uri(uri), json);
    }

    MvcTestResult put(TestUser user, String uri, String json) {
        return send(user, mvc.put().uri(uri), json);
    }

    private MvcTestResult send(TestUser user, MockMvcTester.MockMvcRequestBuilder request, String json) {
        return request.with(authentication(user.authentication()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    static String breachJson(Instant awareAt) {
        return """
                {"title":"Letter sent to the wrong address","description":"A review letter went to a neighbour.",
                 "occurred":{"precision":"APPROXIMATE","at":"%s"},"awareAt":"%s",
                 "discovery":"The neighbour phoned us","dataCategories":["CASE_RECORDS","CONTACT"],
                 "specialCategoryData":true,"criminalOffenceData":false,"peopleAffected":3,"recordsAffected":1,
                 "subjectCategories":["CHILDREN","PARENTS_AND_CARERS"],"nature":["CONFIDENTIALITY"]}""".formatted(awareAt.minusSeconds(3600), awareAt);
    }

    /** Records a breach the organisation became aware of at the instant; returns its id. */
    String breach(TestUser dpo, Instant awareAt) {
        MvcTestResult result = post(dpo, "/api/v1/breaches", breachJson(awareAt));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return value(result, "$.id");
    }

    void assess(TestUser dpo, String id, String risk) {
        assertThat(post(dpo, "/api/v1/breaches/" + id + "/assessments", """
                        {"risk":"%s","reasons":"Names and addresses of children in care"}""".formatted(risk)))
                .hasStatus(HttpStatus.NO_CONTENT);
    }

    void decide(TestUser dpo, String id, String decision) {
        assertThat(post(dpo, "/api/v1/breaches/" + id + "/decisions", """
                        {"decision":"%s","reasons":"As assessed"}""".formatted(decision)))
                .hasStatus(HttpStatus.NO_CONTENT);
    }

    static String value(MvcTestResult result, String path) {
        try {
            Object value = JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path);
            return value == null ? null : value.toString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
