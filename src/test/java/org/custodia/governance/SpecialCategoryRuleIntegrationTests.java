package org.custodia.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.governance.GovernanceApi.value;

import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestGrants;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * UK GDPR Art 9 and 10 in casework: special-category data (and safeguarding information) is recorded
 * only where the record of processing names a condition for the person's case type.
 */
@CustodiaTest
class SpecialCategoryRuleIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestGrants grants;

    GovernanceApi api;
    TestOrganisation council;
    TestUser dpo;
    TestUser practitioner;
    String child;

    @BeforeEach
    void aChildInACareCaseOfACouncilThatHasAdoptedNothing() {
        api = new GovernanceApi(mvc);
        council = organisations.organisationWithoutRecordOfProcessing();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        practitioner = organisations.user(council, Role.PRACTITIONER);
        grants.grant(organisations.administrator(council), practitioner);
        child = value(api.post(practitioner, "/api/v1/people", """
                        {"firstName":"Amara","lastName":"Okafor","dateOfBirth":"2014-05-01"}"""), "$.id");
        assertThat(api.post(practitioner, "/api/v1/cases", """
                        {"type":"LOOKED_AFTER_CHILD","childId":"%s"}""".formatted(child)))
                .hasStatus(HttpStatus.CREATED);
    }

    @Test
    void withoutAnActivityForTheCaseTypeSpecialCategoryDataIsRefusedAndTheRefusalAudited() {
        var refused = record(child, "ETHNICITY", "Black African");
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat((String) value(refused, "$.errors.category"))
                .contains("names no Art 9 condition for ethnicity in looked-after child cases");
        assertThat(organisations.auditDetails(council.id(), "person.sensitive-recorded"))
                .containsExactly("DENIED:ETHNICITY; no condition");
        assertThat(GovernanceApi.body(api.get(practitioner, "/api/v1/people/" + child)))
                .contains("\"category\":\"ETHNICITY\",\"state\":\"NOT_RECORDED\"");
    }

    @Test
    void onceTheDpoAdoptsTheActivityItIsPermitted() {
        api.adopt(dpo, "LOOKED_AFTER_CHILD");
        assertThat(record(child, "ETHNICITY", "Black African")).hasStatusOk();
        assertThat(record(child, "SAFEGUARDING", "Child protection plan")).hasStatusOk();
        assertThat(record(child, "CRIMINAL_OFFENCES", "Youth caution")).hasStatusOk();
        assertThat(organisations.auditDetails(council.id(), "person.sensitive-recorded"))
                .containsExactly("SUCCESS:ETHNICITY", "SUCCESS:SAFEGUARDING", "SUCCESS:CRIMINAL_OFFENCES");
    }

    @Test
    void anActivityOfAnotherCaseTypeDoesNotCount() {
        api.adopt(dpo, "PUPIL");
        assertThat(record(child, "PHYSICAL_HEALTH", "Asthma")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void criminalOffenceDataNeedsAnArticle10ConditionAndSafeguardingAnArticle9One() {
        String lac = api.adopt(dpo, "LOOKED_AFTER_CHILD");
        String details = GovernanceApi.body(api.get(dpo, "/api/v1/processing-activities/" + lac))
                .replaceAll("^.*\"details\":(\\{.*?\\}),\"status\".*$", "$1")
                .replace("\"dpia\":", "\"dpiaId\":");
        assertThat(api.put(
                        dpo,
                        "/api/v1/processing-activities/" + lac,
                        details.replaceAll("\"art10Condition\":\"[A-Z_]+\"", "\"art10Condition\":null")))
                .hasStatusOk();
        var criminal = record(child, "CRIMINAL_OFFENCES", "Youth caution");
        assertThat(criminal).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat((String) value(criminal, "$.errors.category")).contains("Art 10");
        assertThat(record(child, "SAFEGUARDING", "Child protection plan")).hasStatusOk();

        assertThat(api.put(
                        dpo,
                        "/api/v1/processing-activities/" + lac,
                        details.replaceAll("\"art9Conditions\":\\[[^]]*]", "\"art9Conditions\":[]")
                                .replaceAll("\"art10Condition\":\"[A-Z_]+\"", "\"art10Condition\":null")))
                .hasStatusOk();
        assertThat(record(child, "SAFEGUARDING", "Child protection plan")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void someoneInNoCaseIsRefusedUntilAddedToOne() {
        api.adopt(dpo, "LOOKED_AFTER_CHILD");
        String aunt = value(api.post(practitioner, "/api/v1/people", """
                        {"firstName":"Grace","lastName":"Okafor","dateOfBirth":"1980-01-01"}"""), "$.id");
        var refused = record(aunt, "RELIGION_OR_BELIEF", "Christian");
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat((String) value(refused, "$.errors.category")).startsWith("Add them to a case first");
    }

    @Test
    void thePersonPageShowsTheRefusalAsAGovUkError() {
        var posted = api.form(
                practitioner, "/people/" + child + "/sensitive", "category", "MENTAL_HEALTH", "value", "Anxiety");
        assertThat(posted).hasStatus(HttpStatus.FOUND);
        assertThat(posted.getMvcResult().getFlashMap().get("errors"))
                .asString()
                .contains("category=The record of processing names no Art 9 condition for mental health");
        assertThat(organisations.auditDetails(council.id(), "person.sensitive-recorded"))
                .containsExactly("DENIED:MENTAL_HEALTH; no condition");
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult record(
            String person, String category, String value) {
        return api.put(
                practitioner, "/api/v1/people/" + person + "/sensitive/" + category, "{\"value\":\"" + value + "\"}");
    }
}
