package org.custodia.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.governance.GovernanceApi.value;

import java.time.LocalDate;
import java.util.List;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Every record-of-processing and DPIA page and endpoint: the DPO's own organisation only, the DPO only. */
@CustodiaTest
class GovernanceAccessIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    GovernanceApi api;
    TestOrganisation council;
    TestUser dpo;
    String activity;
    String dpia;
    String risk;

    @BeforeEach
    void aCouncilWithAnActivityAndADpia() {
        api = new GovernanceApi(mvc);
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        activity = api.activityFor(dpo, "PUPIL");
        dpia = api.dpia(dpo, "Secret council DPIA");
        risk = value(api.get(dpo, "/api/v1/dpias/" + dpia), "$.risks[0].id");
    }

    @Test
    void anotherOrganisationsDpoFindsNothingAndChangesNothing() {
        TestUser outsider = organisations.user(organisations.organisation(), Role.DATA_PROTECTION_OFFICER);
        for (String uri : idPages()) {
            assertThat(api.get(outsider, uri)).as(uri).hasStatus(HttpStatus.NOT_FOUND);
        }
        for (String uri : List.of(
                "/data-protection/activities/" + activity + "/edit",
                "/data-protection/activities/" + activity + "/go-live",
                "/data-protection/activities/" + activity + "/draft",
                "/data-protection/dpias/" + dpia + "/edit",
                "/data-protection/dpias/" + dpia + "/risks/new",
                "/data-protection/dpias/" + dpia + "/risks/" + risk + "/remove",
                "/data-protection/dpias/" + dpia + "/sign-off")) {
            assertThat(api.form(outsider, uri, "title", "x", "name", "x"))
                    .as(uri)
                    .hasStatus(HttpStatus.NOT_FOUND);
        }
        String anActivity = GovernanceApi.activityJson("Theirs", "PUBLIC_TASK", "[]", null);
        assertThat(api.get(outsider, "/api/v1/processing-activities/" + activity))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.put(outsider, "/api/v1/processing-activities/" + activity, anActivity))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.post(outsider, "/api/v1/processing-activities/" + activity + "/go-live", ""))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.post(outsider, "/api/v1/processing-activities/" + activity + "/draft", ""))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(outsider, "/api/v1/dpias/" + dpia)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.put(outsider, "/api/v1/dpias/" + dpia, "{\"title\":\"x\"}"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.post(outsider, "/api/v1/dpias/" + dpia + "/risks", """
                        {"description":"x","likelihood":"REMOTE","severity":"MINIMAL"}""")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.put(outsider, "/api/v1/dpias/" + dpia + "/risks/" + risk + "/measure", """
                        {"measure":"x","effect":"REDUCED","residualRisk":"LOW"}"""))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.delete(outsider, "/api/v1/dpias/" + dpia + "/risks/" + risk))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.post(outsider, "/api/v1/dpias/" + dpia + "/sign-off", """
                        {"dpoAdvice":"x","reviewDue":"%s"}""".formatted(
                                LocalDate.now().plusYears(1))))
                .hasStatus(HttpStatus.NOT_FOUND);

        for (String list : List.of(
                "/data-protection/activities",
                "/data-protection/dpias",
                "/api/v1/processing-activities",
                "/api/v1/dpias",
                "/data-protection/activities/register.csv")) {
            assertThat(api.get(outsider, list))
                    .as(list)
                    .hasStatusOk()
                    .bodyText()
                    .doesNotContain(activity, dpia, "Secret council DPIA");
        }

        var unchanged = api.get(dpo, "/api/v1/dpias/" + dpia);
        assertThat((String) value(unchanged, "$.status")).isEqualTo("DRAFT");
        assertThat((List<?>) value(unchanged, "$.risks")).hasSize(1);
        assertThat((String) value(unchanged, "$.title")).isEqualTo("Secret council DPIA");
        assertThat((String) value(api.get(dpo, "/api/v1/processing-activities/" + activity), "$.status"))
                .isEqualTo("DRAFT");
    }

    @Test
    void practitionersAndAdministratorsAreRefusedEveryPageAndEndpoint() {
        for (Role role : new Role[] {Role.PRACTITIONER, Role.ORGANISATION_ADMINISTRATOR}) {
            TestUser other = organisations.user(council, role);
            for (String uri : allGets()) {
                assertThat(api.get(other, uri)).as(role + " " + uri).hasStatus(HttpStatus.FORBIDDEN);
            }
            for (String uri : List.of(
                    "/data-protection/activities/adopt",
                    "/data-protection/activities/new",
                    "/data-protection/activities/" + activity + "/edit",
                    "/data-protection/activities/" + activity + "/go-live",
                    "/data-protection/activities/" + activity + "/draft",
                    "/data-protection/dpias/new",
                    "/data-protection/dpias/" + dpia + "/edit",
                    "/data-protection/dpias/" + dpia + "/risks/new",
                    "/data-protection/dpias/" + dpia + "/risks/" + risk + "/remove",
                    "/data-protection/dpias/" + dpia + "/sign-off")) {
                assertThat(api.form(other, uri, "template", "PUPIL"))
                        .as(role + " " + uri)
                        .hasStatus(HttpStatus.FORBIDDEN);
            }
            for (String uri : List.of(
                    "/api/v1/processing-activities",
                    "/api/v1/processing-activities/adopt",
                    "/api/v1/processing-activities/" + activity + "/go-live",
                    "/api/v1/processing-activities/" + activity + "/draft",
                    "/api/v1/dpias",
                    "/api/v1/dpias/" + dpia + "/risks",
                    "/api/v1/dpias/" + dpia + "/sign-off")) {
                assertThat(api.post(other, uri, "{}")).as(role + " " + uri).hasStatus(HttpStatus.FORBIDDEN);
            }
            assertThat(api.put(other, "/api/v1/processing-activities/" + activity, "{}"))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(api.put(other, "/api/v1/dpias/" + dpia, "{}")).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(api.put(other, "/api/v1/dpias/" + dpia + "/risks/" + risk + "/measure", "{}"))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(api.delete(other, "/api/v1/dpias/" + dpia + "/risks/" + risk))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat((List<?>) value(api.get(dpo, "/api/v1/dpias/" + dpia), "$.risks"))
                .hasSize(1);
    }

    private List<String> idPages() {
        return List.of(
                "/data-protection/activities/" + activity,
                "/data-protection/activities/" + activity + "/edit",
                "/data-protection/dpias/" + dpia,
                "/data-protection/dpias/" + dpia + "/edit",
                "/data-protection/dpias/" + dpia + "/risks/new",
                "/data-protection/dpias/" + dpia + "/sign-off");
    }

    private List<String> allGets() {
        List<String> all = new java.util.ArrayList<>(idPages());
        all.addAll(List.of(
                "/data-protection/activities",
                "/data-protection/activities/new",
                "/data-protection/activities/register.csv",
                "/data-protection/activities/register.pdf",
                "/data-protection/dpias",
                "/data-protection/dpias/new",
                "/api/v1/processing-activities",
                "/api/v1/processing-activities/templates",
                "/api/v1/processing-activities/" + activity,
                "/api/v1/dpias",
                "/api/v1/dpias/" + dpia));
        return all;
    }
}
