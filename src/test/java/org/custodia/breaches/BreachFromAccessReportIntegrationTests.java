package org.custodia.breaches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

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

/** "Administrator access I should not have" becomes a breach record in one step, once. */
@CustodiaTest
class BreachFromAccessReportIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    BreachSteps api;
    TestOrganisation council;
    TestUser dpo;
    String report;

    @BeforeEach
    void anAdministratorReportsAccessTheyShouldNotHave() {
        api = new BreachSteps(mvc);
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        TestUser admin = organisations.administrator(council);
        assertThat(mvc.post()
                        .uri("/account/report-access")
                        .with(csrf())
                        .with(authentication(admin.authentication()))
                        .param("explanation", "I only take attendance"))
                .hasStatus(HttpStatus.FOUND);
        report = BreachSteps.value(api.get(dpo, "/api/v1/breaches/access-reports"), "$[0].id");
    }

    @Test
    void theDpoRecordsTheReportAsABreachFromTheHomePageOnceOnly() {
        assertThat(api.get(dpo, "/"))
                .bodyText()
                .contains("reported having administrator access they should not have")
                .contains("Record as a breach");

        var created = mvc.post()
                .uri("/breaches/from-access-report/" + report)
                .with(csrf())
                .with(authentication(dpo.authentication()))
                .exchange();
        assertThat(created).hasStatus(HttpStatus.FOUND);
        String breach = created.getResponse().getRedirectedUrl().replace("/breaches/", "");

        var read = api.get(dpo, "/api/v1/breaches/" + breach);
        assertThat(BreachSteps.value(read, "$.accessReportId")).isEqualTo(report);
        assertThat(BreachSteps.value(read, "$.description"))
                .contains("access report " + report)
                .contains("I only take attendance");
        assertThat(BreachSteps.value(read, "$.occurred.precision")).isEqualTo("NOT_KNOWN");
        assertThat(BreachSteps.value(read, "$.clock.state")).isEqualTo("RUNNING");
        assertThat(api.get(dpo, "/"))
                .bodyText()
                .contains("Recorded as breach BR-" + breach.substring(0, 8).toUpperCase());
        assertThat(api.get(dpo, "/api/v1/breaches/access-reports"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);

        assertThat(mvc.post()
                        .uri("/breaches/from-access-report/" + report)
                        .with(csrf())
                        .with(authentication(dpo.authentication())))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyText()
                .contains("This report is already recorded as breach BR-"
                        + breach.substring(0, 8).toUpperCase());
        assertThat(api.post(dpo, "/api/v1/breaches/from-access-report/" + report, ""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.accessReport")
                .asString()
                .startsWith("This report is already recorded as breach");
        assertThat(organisations.auditDetails(council.id(), "breach.recorded-from-access-report"))
                .containsExactly(
                        "SUCCESS:access report: " + report,
                        "FAILURE:already recorded as BR-"
                                + breach.substring(0, 8).toUpperCase(),
                        "FAILURE:already recorded as BR-"
                                + breach.substring(0, 8).toUpperCase());
    }

    @Test
    void anotherOrganisationsDpoCannotReadOrConvertTheReport() {
        TestUser otherDpo = organisations.user(organisations.organisation(), Role.DATA_PROTECTION_OFFICER);
        assertThat(mvc.post()
                        .uri("/breaches/from-access-report/" + report)
                        .with(csrf())
                        .with(authentication(otherDpo.authentication())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.post(otherDpo, "/api/v1/breaches/from-access-report/" + report, ""))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(otherDpo, "/api/v1/breaches/access-reports"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
        assertThat(api.get(dpo, "/api/v1/breaches/access-reports"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(1);
    }
}
