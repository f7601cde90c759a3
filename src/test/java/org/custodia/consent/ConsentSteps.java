package org.custodia.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.custodia.testing.TestOrganisations.TestUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Small steps through the API as a given user, so that consent tests read like what people do. */
final class ConsentSteps {

    private final MockMvcTester mvc;

    ConsentSteps(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    MvcTestResult get(TestUser user, String uri) {
        return mvc.get().uri(uri).with(authentication(user.authentication())).exchange();
    }

    MvcTestResult post(TestUser user, String uri, String json) {
        return send(mvc.post().uri(uri), user, json);
    }

    MvcTestResult put(TestUser user, String uri, String json) {
        return send(mvc.put().uri(uri), user, json);
    }

    /** Posts a page form: pairs of field name and value. */
    MvcTestResult form(TestUser user, String uri, String... fields) {
        var request = mvc.post().uri(uri).with(csrf()).with(authentication(user.authentication()));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    private MvcTestResult send(MockMvcTester.MockMvcRequestBuilder request, TestUser user, String json) {
        return request.with(authentication(user.authentication()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    /** Records a person through the casework API and returns their id. */
    String person(TestUser practitioner, String first, String last, String born) {
        MvcTestResult result = post(practitioner, "/api/v1/people", """
                {"firstName":"%s","lastName":"%s","dateOfBirth":"%s"}""".formatted(first, last, born));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return value(result, "$.id");
    }

    /** Defines a purpose as the DPO and returns its id. */
    String purpose(TestUser dpo, String name, String wording) {
        MvcTestResult result = post(dpo, "/api/v1/consent-purposes", """
                {"name":"%s","wording":"%s","processingActivity":"Virtual school reports"}""".formatted(name, wording));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return value(result, "$.purpose.id");
    }

    MvcTestResult giveByThePerson(TestUser user, String person, String purpose, String on) {
        return post(user, "/api/v1/people/" + person + "/consents", """
                {"purposeId":"%s","givenBy":{"onBehalf":false},"method":"VERBALLY","givenOn":"%s"}""".formatted(purpose, on));
    }

    MvcTestResult withdraw(TestUser user, String person, String purpose, String on) {
        return post(user, "/api/v1/people/" + person + "/consents/" + purpose + "/withdrawal", """
                {"withdrawnBy":{"onBehalf":false},"method":"EMAIL","withdrawnOn":"%s"}""".formatted(on));
    }

    static <T> T value(MvcTestResult result, String path) {
        try {
            return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
