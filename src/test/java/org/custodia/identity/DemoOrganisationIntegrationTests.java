package org.custodia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.custodia.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Outside production the first start creates the DEMO organisation with its four accounts. */
@SpringBootTest(
        properties = {
            "custodia.demo.enabled=true",
            "CUSTODIA_DEMO_PASSWORD=" + DemoOrganisationIntegrationTests.PASSWORD
        })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestDatabase.class)
class DemoOrganisationIntegrationTests {

    static final String PASSWORD = "demo password for the test run";

    @Autowired
    MockMvcTester mvc;

    @ParameterizedTest
    @CsvSource({
        "demo, admin@demo.example",
        "DEMO, dpo@demo.example",
        "Demo, practitioner@demo.example",
        "platform, operator@custodia.example"
    })
    void eachDemoAccountSignsInWithTheConfiguredPassword(String organisationId, String email) {
        assertThat(mvc.post()
                        .uri("/sign-in")
                        .with(csrf())
                        .param("organisationId", organisationId)
                        .param("email", email)
                        .param("password", PASSWORD))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/");
    }

    @Test
    void theDemoPractitionerFindsAChildByAMisspeltNameWithSensitiveFieldsWithheld() throws Exception {
        var signedIn = mvc.post()
                .uri("/sign-in")
                .with(csrf())
                .param("organisationId", "DEMO")
                .param("email", "practitioner@demo.example")
                .param("password", PASSWORD)
                .exchange();
        var session = signedIn.getResponse().getCookie("CUSTODIA_SESSION");

        var found =
                mvc.get().uri("/api/v1/people?q=jaydn smyth").cookie(session).exchange();
        assertThat(found).hasStatusOk().bodyJson().extractingPath("$[0].name").isEqualTo("Jayden Smith");
        String id = com.jayway.jsonpath.JsonPath.read(found.getResponse().getContentAsString(), "$[0].id");
        assertThat(mvc.get().uri("/api/v1/people/" + id).cookie(session))
                .bodyText()
                .contains("\"category\":\"RELIGION_OR_BELIEF\",\"state\":\"WITHHELD\"")
                .doesNotContain("Christian", "Asthma");
        assertThat(mvc.get().uri("/api/v1/cases").cookie(session))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(3);
    }

    /** The demo DPO's first task is to adopt the ready-made processing activities: none are adopted yet. */
    @Test
    void theDemoOrganisationStartsWithNoRecordOfProcessing() throws Exception {
        var session = mvc.post()
                .uri("/sign-in")
                .with(csrf())
                .param("organisationId", "DEMO")
                .param("email", "dpo@demo.example")
                .param("password", PASSWORD)
                .exchange()
                .getResponse()
                .getCookie("CUSTODIA_SESSION");
        assertThat(mvc.get().uri("/api/v1/processing-activities").cookie(session))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
        assertThat(mvc.get().uri("/data-protection/activities").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("No processing activities recorded yet", "Adopt");
        // She records the disclosures she decides on: she works on Jayden's case, and on no other.
        assertThat(mvc.get().uri("/api/v1/cases").cookie(session))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(1);
    }

    @Test
    void theDemoCasesCarryARecordOfEveryKind() throws Exception {
        var session = mvc.post()
                .uri("/sign-in")
                .with(csrf())
                .param("organisationId", "DEMO")
                .param("email", "practitioner@demo.example")
                .param("password", PASSWORD)
                .exchange()
                .getResponse()
                .getCookie("CUSTODIA_SESSION");
        String cases = mvc.get()
                .uri("/api/v1/cases")
                .cookie(session)
                .exchange()
                .getResponse()
                .getContentAsString();
        StringBuilder pages = new StringBuilder();
        for (String id : com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(cases, "$[*].id")) {
            var page = mvc.get().uri("/cases/" + id).cookie(session).exchange();
            assertThat(page).hasStatusOk();
            pages.append(page.getResponse().getContentAsString());
        }

        assertThat(pages.toString())
                .contains(
                        "Foster care with a relative or friend",
                        "PEP meeting, ",
                        "Hospital",
                        "Example Lane Surgery (fictional)",
                        "9. Infection",
                        "Accepted",
                        "Demoshire Primary (fictional)",
                        "Year 3")
                .as("free text and SEN status are withheld: the demo practitioner has no grant")
                .doesNotContain("maths tutoring", "high fever", "signs of sepsis", "SEN support");
    }

    @Test
    void theDemoOrganisationIsClearlyFictional(@Autowired Organisations organisations) {
        assertThat(organisations.findByCode("DEMO"))
                .get()
                .satisfies(demo -> assertThat(demo.name()).contains("fictional"));
    }
}
