package org.custodia.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.governance.GovernanceApi.value;

import java.time.LocalDate;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

@CustodiaTest
class DpiaIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Dpias dpias;

    @Autowired
    Tenancy tenancy;

    @Autowired
    TransactionTemplate transactions;

    GovernanceApi api;
    TestOrganisation council;
    TestUser dpo;

    @BeforeEach
    void aCouncilAndItsDpo() {
        api = new GovernanceApi(mvc);
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
    }

    @Test
    void theDpoSignsOffWithAdviceAndAFutureReviewDateAndOthersCanAskWhetherItIsSigned() {
        String dpia = api.dpia(dpo, "Looked-after children");
        assertThat(signedOff(dpia)).isFalse();

        var nothing = api.post(dpo, "/api/v1/dpias/" + dpia + "/sign-off", "{}");
        assertThat(nothing).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat((String) value(nothing, "$.errors.dpoAdvice")).contains("advice");
        assertThat((String) value(nothing, "$.errors.reviewDue")).contains("review");
        var past = api.post(dpo, "/api/v1/dpias/" + dpia + "/sign-off", """
                {"dpoAdvice":"Proceed","reviewDue":"%s"}""".formatted(
                        LocalDate.now().minusDays(1)));
        assertThat((String) value(past, "$.errors.reviewDue")).isEqualTo("The review date must be in the future");

        api.signOff(dpo, dpia, LocalDate.now().plusYears(1));
        var signed = api.get(dpo, "/api/v1/dpias/" + dpia);
        assertThat((String) value(signed, "$.status")).isEqualTo("SIGNED_OFF");
        assertThat((String) value(signed, "$.signedOffBy")).isNotBlank();
        assertThat(signedOff(dpia)).isTrue();
        assertThat(organisations.auditDetails(council.id(), "dpia.signed-off"))
                .hasSize(3)
                .first()
                .asString()
                .startsWith("DENIED:");
        assertThat(organisations.auditDetails(council.id(), "dpia.signed-off"))
                .last()
                .asString()
                .startsWith("SUCCESS:review due");
    }

    @Test
    void editingASignedDpiaReturnsItToDraft() {
        String dpia = api.dpia(dpo, "Pupil records");
        api.signOff(dpo, dpia, LocalDate.now().plusMonths(6));

        assertThat(api.put(dpo, "/api/v1/dpias/" + dpia, """
                        {"title":"Pupil records","screening":["CHILDREN_OR_VULNERABLE"],
                         "processingDescription":"Now with biometrics","necessity":"Statutory duty"}""")).hasStatusOk();
        assertThat(signedOff(dpia)).isFalse();
        assertThat(organisations.auditDetails(council.id(), "dpia.returned-to-draft"))
                .containsExactly("SUCCESS");

        api.signOff(dpo, dpia, LocalDate.now().plusMonths(6));
        assertThat(api.post(dpo, "/api/v1/dpias/" + dpia + "/risks", """
                        {"description":"Loss of a laptop","likelihood":"REMOTE","severity":"SIGNIFICANT"}""")).hasStatus(HttpStatus.CREATED);
        assertThat(signedOff(dpia)).isFalse();
    }

    @Test
    void anUnmitigatedHighRiskNeedsTheIcoConsultedFirst() {
        var created = api.post(dpo, "/api/v1/dpias", """
                {"title":"Predictive risk scores","screening":["EVALUATION_OR_SCORING"],
                 "processingDescription":"Scoring families","necessity":"Early help"}""");
        String dpia = value(created, "$.id");
        var risk = api.post(dpo, "/api/v1/dpias/" + dpia + "/risks", """
                {"description":"Families wrongly labelled","likelihood":"PROBABLE","severity":"SEVERE"}""");
        assertThat((String) value(risk, "$.risks[0].overall")).isEqualTo("HIGH");

        var refused = api.post(dpo, "/api/v1/dpias/" + dpia + "/sign-off", """
                {"dpoAdvice":"Proceed","reviewDue":"%s"}""".formatted(
                        LocalDate.now().plusYears(1)));
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat((String) value(refused, "$.errors.icoConsulted")).contains("Art 36");

        String riskId = value(risk, "$.risks[0].id");
        assertThat(api.put(dpo, "/api/v1/dpias/" + dpia + "/risks/" + riskId + "/measure", """
                        {"measure":"Human review of every score","effect":"REDUCED","residualRisk":"HIGH"}"""))
                .hasStatusOk();
        assertThat(api.post(dpo, "/api/v1/dpias/" + dpia + "/sign-off", """
                        {"dpoAdvice":"Proceed","reviewDue":"%s"}""".formatted(
                                LocalDate.now().plusYears(1))))
                .hasStatus(HttpStatus.BAD_REQUEST);

        assertThat(api.post(dpo, "/api/v1/dpias/" + dpia + "/sign-off", """
                        {"dpoAdvice":"Proceed as the ICO advised","reviewDue":"%s","icoConsulted":true}""".formatted(
                                LocalDate.now().plusYears(1))))
                .hasStatusOk();
        assertThat(signedOff(dpia)).isTrue();
    }

    @Test
    void screeningThatFindsHighRiskNeedsAnAssessedRiskAndAnEliminatedRiskLeavesLowRisk() {
        var created = api.post(dpo, "/api/v1/dpias", """
                {"title":"CCTV","screening":["SYSTEMATIC_MONITORING"],"processingDescription":"Cameras",
                 "necessity":"Security"}""");
        String dpia = value(created, "$.id");
        var refused = api.post(dpo, "/api/v1/dpias/" + dpia + "/sign-off", """
                {"dpoAdvice":"Proceed","reviewDue":"%s"}""".formatted(
                        LocalDate.now().plusYears(1)));
        assertThat((String) value(refused, "$.errors.risks")).contains("assess at least one risk");

        var inconsistent = api.post(dpo, "/api/v1/dpias/" + dpia + "/risks", """
                {"description":"Filming pupils","likelihood":"POSSIBLE","severity":"SIGNIFICANT",
                 "measure":"Cameras off in classrooms","effect":"ELIMINATED","residualRisk":"MEDIUM"}""");
        assertThat((String) value(inconsistent, "$.errors.residualRisk")).contains("eliminated");
        assertThat(api.post(dpo, "/api/v1/dpias", "{\"title\":\"\"}")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theSignOffPageShowsErrorsAndSignsOff() {
        String dpia = api.dpia(dpo, "Child death review");
        assertThat(api.get(dpo, "/data-protection/dpias/" + dpia + "/sign-off")).hasStatusOk();
        assertThat(api.form(dpo, "/data-protection/dpias/" + dpia + "/sign-off", "dpoAdvice", "Proceed"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem", "Enter the date the DPIA is to be reviewed");
        LocalDate due = LocalDate.now().plusYears(1);
        assertThat(api.form(
                        dpo,
                        "/data-protection/dpias/" + dpia + "/sign-off",
                        "dpoAdvice",
                        "Proceed",
                        "reviewDueDay",
                        String.valueOf(due.getDayOfMonth()),
                        "reviewDueMonth",
                        String.valueOf(due.getMonthValue()),
                        "reviewDueYear",
                        String.valueOf(due.getYear())))
                .hasStatus(HttpStatus.FOUND);
        assertThat(signedOff(dpia)).isTrue();
        assertThat(api.get(dpo, "/data-protection/dpias/" + dpia)).bodyText().contains("Signed off by");
    }

    @Test
    void onlyTheDpoSignsOffOrReadsDpias() {
        String dpia = api.dpia(dpo, "Looked-after children");
        for (Role role : new Role[] {Role.PRACTITIONER, Role.ORGANISATION_ADMINISTRATOR}) {
            TestUser other = organisations.user(council, role);
            assertThat(api.post(other, "/api/v1/dpias/" + dpia + "/sign-off", """
                            {"dpoAdvice":"Proceed","reviewDue":"%s"}""".formatted(
                                    LocalDate.now().plusYears(1))))
                    .as(role.name())
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(signedOff(dpia)).isFalse();
    }

    private boolean signedOff(String dpia) {
        SecurityContextHolder.clearContext();
        return Boolean.TRUE.equals(
                transactions.execute(status -> tenancy.callAs(council.id(), () -> dpias.isSignedOff(DpiaId.of(dpia)))));
    }
}
