package org.custodia.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.custodia.testing.TestOrganisations.TestUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Small steps through the record-of-processing and DPIA API as a given user. */
final class GovernanceApi {

    private final MockMvcTester mvc;

    GovernanceApi(MockMvcTester mvc) {
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

    MvcTestResult put(TestUser user, String uri, String json) {
        return mvc.put()
                .uri(uri)
                .with(authentication(user.authentication()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    MvcTestResult delete(TestUser user, String uri) {
        return mvc.delete()
                .uri(uri)
                .with(authentication(user.authentication()))
                .with(csrf())
                .exchange();
    }

    /** A page form post. */
    MvcTestResult form(TestUser user, String uri, String... fieldsAndValues) {
        var request =
                mvc.post().uri(uri).with(authentication(user.authentication())).with(csrf());
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            request = request.param(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return request.exchange();
    }

    /** The id of the organisation's activity adopted from the template. */
    String activityFor(TestUser dpo, String template) {
        MvcTestResult all = get(dpo, "/api/v1/processing-activities");
        List<String> ids = JsonPath.read(body(all), "$[?(@.template == '" + template + "')].id");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    String adopt(TestUser dpo, String template) {
        MvcTestResult result = post(dpo, "/api/v1/processing-activities/adopt", "{\"template\":\"" + template + "\"}");
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return value(result, "$.id");
    }

    String activity(TestUser dpo, String json) {
        MvcTestResult result = post(dpo, "/api/v1/processing-activities", json);
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return value(result, "$.id");
    }

    /** A DPIA whose screening finds the processing high risk, with one risk that a measure brings down. */
    String dpia(TestUser dpo, String title) {
        MvcTestResult result = post(dpo, "/api/v1/dpias", """
                {"title":"%s","screening":["CHILDREN_OR_VULNERABLE","LARGE_SCALE_SPECIAL_CATEGORY"],
                 "processingDescription":"Case records of looked-after children","necessity":"Statutory duty"}""".formatted(title));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        String id = value(result, "$.id");
        assertThat(post(dpo, "/api/v1/dpias/" + id + "/risks", """
                        {"description":"Unauthorised access to a child's record","likelihood":"POSSIBLE",
                         "severity":"SEVERE","measure":"Need-to-know access, audit and encryption",
                         "effect":"REDUCED","residualRisk":"LOW"}""")).hasStatus(HttpStatus.CREATED);
        return id;
    }

    void signOff(TestUser dpo, String dpia, LocalDate reviewDue) {
        assertThat(post(dpo, "/api/v1/dpias/" + dpia + "/sign-off", """
                        {"dpoAdvice":"Proceed with the measures","reviewDue":"%s","icoConsulted":false}""".formatted(reviewDue)))
                .hasStatusOk();
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T value(MvcTestResult result, String path) {
        return JsonPath.read(body(result), path);
    }

    /** A complete activity as JSON, with the given lawful basis, case types and DPIA. */
    static String activityJson(String name, String basis, String caseTypes, String dpiaId) {
        return """
                {"name":"%s","purposes":"Statutory duties","dataSubjects":"Children","personalData":"Identity",
                 "lawfulBasis":"%s","legalProvision":"Children Act 1989 s22","art9Conditions":["SAFEGUARDING"],
                 "retention":"75 years","caseTypes":%s,"dpiaId":%s}""".formatted(name, basis, caseTypes, dpiaId == null ? "null" : "\"" + dpiaId + "\"");
    }
}
