package org.custodia.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.governance.GovernanceApi.activityJson;
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

@CustodiaTest
class RecordOfProcessingIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    GovernanceApi api;
    TestOrganisation council;
    TestUser dpo;

    @BeforeEach
    void aCouncilWithNothingAdopted() {
        api = new GovernanceApi(mvc);
        council = organisations.organisationWithoutRecordOfProcessing();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
    }

    @Test
    void theDpoAdoptsEachReadyMadeActivityOnceAsADraftLinkedToItsCaseType() {
        assertThat(api.get(dpo, "/data-protection/activities"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Looked-after children: care planning and case records", "Child death review", "Pupil records")
                .contains("Adopt");

        assertThat(api.form(dpo, "/data-protection/activities/adopt", "template", "LOOKED_AFTER_CHILD"))
                .hasStatus(HttpStatus.FOUND);
        String lac = api.activityFor(dpo, "LOOKED_AFTER_CHILD");
        var adopted = api.get(dpo, "/api/v1/processing-activities/" + lac);
        assertThat(adopted).hasStatusOk();
        assertThat((String) value(adopted, "$.status")).isEqualTo("DRAFT");
        assertThat((List<String>) value(adopted, "$.details.caseTypes")).containsExactly("LOOKED_AFTER_CHILD");
        assertThat((String) value(adopted, "$.details.legalProvision")).contains("Children Act 1989");
        assertThat((List<String>) value(adopted, "$.details.art9Conditions")).contains("SAFEGUARDING");

        var twice = api.post(dpo, "/api/v1/processing-activities/adopt", "{\"template\":\"LOOKED_AFTER_CHILD\"}");
        assertThat(twice).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat((String) value(twice, "$.errors.template")).contains("already adopted");
        assertThat(api.post(dpo, "/api/v1/processing-activities/adopt", "{\"template\":\"NONSENSE\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(api.get(dpo, "/api/v1/processing-activities/templates"))
                .bodyText()
                .contains("CHILD_DEATH_REVIEW", "PUPIL")
                .doesNotContain("\"code\":\"LOOKED_AFTER_CHILD\"");
        assertThat(organisations.auditDetails(council.id(), "processing-activity.adopted"))
                .containsExactly("SUCCESS:LOOKED_AFTER_CHILD");
    }

    @Test
    void anActivityMustSayWhatArticle30AsksAndBadInputIsNamedField() {
        var empty = api.post(dpo, "/api/v1/processing-activities", "{\"automatedDecisions\":true}");
        assertThat(empty).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(GovernanceApi.body(empty))
                .contains(
                        "\"name\"",
                        "\"purposes\"",
                        "\"dataSubjects\"",
                        "\"personalData\"",
                        "\"lawfulBasis\"",
                        "\"retention\"",
                        "\"automatedDecisionsDescription\"");

        var noProvision = api.post(
                dpo,
                "/api/v1/processing-activities",
                activityJson("Fostering", "PUBLIC_TASK", "[]", null).replace("Children Act 1989 s22", ""));
        assertThat((String) value(noProvision, "$.errors.legalProvision")).contains("law relied on");

        var page = api.form(dpo, "/data-protection/activities/new", "name", "");
        assertThat(page).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(page).bodyText().contains("There is a problem", "Enter the name of the processing activity");
    }

    @Test
    void legitimateInterestsIsRefusedForCaseworkButAllowedOtherwise() {
        var refused = api.post(
                dpo,
                "/api/v1/processing-activities",
                activityJson("Pupils", "LEGITIMATE_INTERESTS", "[\"PUPIL\"]", null));
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat((String) value(refused, "$.errors.lawfulBasis")).contains("not available to public authorities");

        api.activity(dpo, activityJson("Newsletter to partner agencies", "LEGITIMATE_INTERESTS", "[]", null));
    }

    @Test
    void eachCaseTypeIsLinkedToOneActivity() {
        api.adopt(dpo, "PUPIL");
        var second = api.post(
                dpo, "/api/v1/processing-activities", activityJson("More pupils", "PUBLIC_TASK", "[\"PUPIL\"]", null));
        assertThat(second).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat((String) value(second, "$.errors.caseTypes")).contains("Pupil cases are already covered by");
    }

    @Test
    void highRiskProcessingGoesLiveOnlyWithASignedOffDpia() {
        String lac = api.adopt(dpo, "LOOKED_AFTER_CHILD");
        var refused = api.post(dpo, "/api/v1/processing-activities/" + lac + "/go-live", "");
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat((String) value(refused, "$.errors.dpia")).contains("high-risk processing");
        assertThat(api.form(dpo, "/data-protection/activities/" + lac + "/go-live"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem", "before it goes live");

        String dpia = api.dpia(dpo, "Looked-after children");
        String linked = GovernanceApi.body(api.get(dpo, "/api/v1/processing-activities/" + lac))
                .replaceAll("\"dpia\":null", "\"dpia\":\"" + dpia + "\"");
        assertThat(api.put(dpo, "/api/v1/processing-activities/" + lac, editable(linked)))
                .hasStatusOk();
        assertThat(api.post(dpo, "/api/v1/processing-activities/" + lac + "/go-live", ""))
                .hasStatus(HttpStatus.BAD_REQUEST);

        api.signOff(dpo, dpia, LocalDate.now().plusYears(1));
        var live = api.post(dpo, "/api/v1/processing-activities/" + lac + "/go-live", "");
        assertThat(live).hasStatusOk();
        assertThat((String) value(live, "$.status")).isEqualTo("LIVE");
        assertThat(organisations.auditDetails(council.id(), "processing-activity.went-live"))
                .containsExactly(
                        "DENIED:no signed-off DPIA",
                        "DENIED:no signed-off DPIA",
                        "DENIED:no signed-off DPIA",
                        "SUCCESS");

        // A live activity cannot be edited out of its DPIA.
        String unlinked = GovernanceApi.body(api.get(dpo, "/api/v1/processing-activities/" + lac))
                .replaceAll("\"dpia\":\"[^\"]+\"", "\"dpia\":null");
        assertThat(api.put(dpo, "/api/v1/processing-activities/" + lac, editable(unlinked)))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aDpiaWhoseScreeningFindsHighRiskMakesTheActivityHighRisk() {
        String dpia = api.dpia(dpo, "Pupil data matching");
        String pupils = api.activity(dpo, activityJson("Pupil data", "PUBLIC_TASK", "[]", dpia));
        var activity = api.get(dpo, "/api/v1/processing-activities/" + pupils);
        assertThat((Boolean) value(activity, "$.dpiaRequired")).isTrue();
        assertThat(api.post(dpo, "/api/v1/processing-activities/" + pupils + "/go-live", ""))
                .hasStatus(HttpStatus.BAD_REQUEST);

        String lowRisk = api.activity(dpo, activityJson("Staff newsletter", "PUBLIC_TASK", "[]", null));
        assertThat(api.post(dpo, "/api/v1/processing-activities/" + lowRisk + "/go-live", ""))
                .hasStatusOk();
    }

    @Test
    void aDpiaOfAnotherOrganisationCannotBeLinked() {
        TestUser otherDpo = organisations.user(organisations.organisation(), Role.DATA_PROTECTION_OFFICER);
        String theirs = api.dpia(otherDpo, "Theirs");
        var refused = api.post(dpo, "/api/v1/processing-activities", activityJson("Ours", "PUBLIC_TASK", "[]", theirs));
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat((String) value(refused, "$.errors.dpia")).contains("this organisation's DPIAs");
    }

    /** The activity JSON as returned, turned into the request's shape. */
    private static String editable(String activity) {
        String details = activity.replaceAll("^.*\"details\":(\\{.*?\\}),\"status\".*$", "$1");
        return details.replace("\"dpia\":", "\"dpiaId\":");
    }
}
