package org.custodia.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.custodia.testing.TestOrganisations.TestUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Small steps through the rights requests API as a given user. */
final class RequestApi {

    private final MockMvcTester mvc;

    RequestApi(MockMvcTester mvc) {
        this.mvc = mvc;
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

    /** A subject access request by letter, received on the day; returns its id. */
    String request(TestUser dpo, LocalDate receivedOn) {
        return request(dpo, receivedOn, "ACCESS");
    }

    String request(TestUser dpo, LocalDate receivedOn, String kind) {
        MvcTestResult result = post(dpo, "/api/v1/rights-requests", requestJson(kind, receivedOn));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return value(result, "$.id");
    }

    static String requestJson(String kind, LocalDate receivedOn) {
        return """
                {"kind":"%s","channel":"LETTER","receivedOn":"%s",
                 "requester":{"name":"Dana Okafor","email":"dana@example.org","address":"1 High Street"},
                 "subject":{"name":"Sam Okafor","dateOfBirth":"2014-05-02"},
                 "authority":"PARENT_WITH_PARENTAL_RESPONSIBILITY","responseMethod":"POST",
                 "requestText":"All the social care records about my son"}""".formatted(kind, receivedOn);
    }

    void ok(MvcTestResult result) {
        assertThat(result).hasStatus(HttpStatus.NO_CONTENT);
    }

    String view(TestUser dpo, String id, String path) {
        return value(get(dpo, "/api/v1/rights-requests/" + id), path);
    }

    static String value(MvcTestResult result, String path) {
        try {
            Object value = JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path);
            return value == null ? null : value.toString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
