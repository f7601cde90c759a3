package org.custodia.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.function.Supplier;
import org.custodia.testing.TestOrganisations.TestUser;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Records made through the public API as a practitioner would, and subject files assembled as a user. */
final class SubjectAccessSteps {

    private final MockMvcTester mvc;

    SubjectAccessSteps(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    MvcTestResult send(String method, TestUser user, String uri, String json) {
        var request = "PUT".equals(method) ? mvc.put() : mvc.post();
        MvcTestResult result = request.uri(uri)
                .with(authentication(user.authentication()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
        assertThat(result.getResponse().getStatus())
                .as("%s %s: %s", method, uri, body(result))
                .isLessThan(300);
        return result;
    }

    String person(TestUser user, String first, String last, String born) {
        return id(send("POST", user, "/api/v1/people", """
                {"firstName":"%s","lastName":"%s","dateOfBirth":"%s"}""".formatted(first, last, born)));
    }

    String lookedAfterCase(TestUser user, String child) {
        return id(send("POST", user, "/api/v1/cases", """
                {"type":"LOOKED_AFTER_CHILD","childId":"%s"}""".formatted(child)));
    }

    void note(TestUser user, String caseId, String text) {
        send("POST", user, "/api/v1/cases/" + caseId + "/notes", "{\"text\":\"" + text + "\"}");
    }

    static <T> T as(TestUser user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(user.authentication());
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static SubjectFile assemble(SubjectAccess access, TestUser user, Collection<String> people) {
        return as(
                user,
                () -> access.assemble(people.stream()
                        .map(org.custodia.shared.DataSubjectId::of)
                        .toList()));
    }

    static String id(MvcTestResult result) {
        return JsonPath.read(body(result), "$.id");
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
