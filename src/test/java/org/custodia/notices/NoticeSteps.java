package org.custodia.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The notices' pages and API as a signed-in person (or no one) uses them, through MockMvc. */
public final class NoticeSteps {

    private final MockMvcTester mvc;

    public NoticeSteps(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    public MvcTestResult get(Authentication who, String uri) {
        var request = mvc.get().uri(uri);
        return (who == null ? request : request.with(authentication(who))).exchange();
    }

    public MvcTestResult form(Authentication who, String uri, String... pairs) {
        var request = mvc.post().uri(uri).with(csrf());
        if (who != null) {
            request = request.with(authentication(who));
        }
        for (int i = 0; i < pairs.length; i += 2) {
            request = request.param(pairs[i], pairs[i + 1]);
        }
        return request.exchange();
    }

    public MvcTestResult json(Authentication who, String method, String uri, String body) {
        var request = (method.equals("PUT") ? mvc.put() : mvc.post())
                .uri(uri)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        return (who == null ? request : request.with(authentication(who))).exchange();
    }

    /** A live processing activity with this lawful basis, made through the governance API. */
    public String liveActivity(Authentication dpo, String name, String basis, String provision) {
        MvcTestResult created =
                json(dpo, "POST", "/api/v1/processing-activities", """
                {"name":"%s","purposes":"Statutory duties to children in care","dataSubjects":"Children",
                 "personalData":"Identity, care history","lawfulBasis":"%s","legalProvision":"%s",
                 "art9Conditions":["SAFEGUARDING"],"retention":"75 years","caseTypes":[]}""".formatted(name, basis, provision));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        String id = JsonPath.read(body(created), "$.id");
        assertThat(json(dpo, "POST", "/api/v1/processing-activities/" + id + "/go-live", ""))
                .hasStatus2xxSuccessful();
        return id;
    }

    public static int intValue(MvcTestResult result, String path) {
        return JsonPath.read(body(result), path);
    }

    public static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
