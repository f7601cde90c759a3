package org.custodia.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
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

/** The practitioner's journey through the API: find, open, record; sensitive data only with a grant. */
@CustodiaTest
class CaseworkIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestGrants grants;

    CaseworkApi api;
    TestOrganisation council;
    TestUser admin;
    TestUser practitioner;

    @BeforeEach
    void aCouncilWithAPractitioner() {
        api = new CaseworkApi(mvc);
        council = organisations.organisation();
        admin = organisations.administrator(council);
        practitioner = organisations.user(council, Role.PRACTITIONER);
    }

    @Test
    void aMisspeltNameInEitherOrderFindsTheChild() {
        String jayden = api.child(practitioner, "Jayden", "Smith", "2014-03-12");
        api.child(practitioner, "Oliver", "Chen", "2015-09-20");

        assertThat(api.get(practitioner, "/api/v1/people?q=jaydn smyth"))
                .bodyJson()
                .extractingPath("$[0].id")
                .isEqualTo(jayden);
        assertThat(api.get(practitioner, "/api/v1/people?q=Smith Jayden"))
                .bodyJson()
                .extractingPath("$[0].id")
                .isEqualTo(jayden);
        assertThat(api.get(practitioner, "/api/v1/people?q=&dateOfBirth=2014-03-12"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(1);
        assertThat(organisations.auditDetails(council.id(), "person.searched"))
                .as("search terms are never recorded")
                .allSatisfy(detail ->
                        assertThat(detail).doesNotContainIgnoringCase("jay").doesNotContain("Smith"));
    }

    @Test
    void aPractitionerOpensACaseOfEachTypeAndRecordsAVisitAndAnAttendanceMark() {
        String child = api.child(practitioner, "Jayden", "Smith", "2014-03-12");
        String lac = api.openCase(practitioner, "LOOKED_AFTER_CHILD", child);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        api.openCase(practitioner, "PUPIL", child);
        api.openCase(practitioner, "CHILD_DEATH_REVIEW", api.child(practitioner, "Amelia", "Roberts", "2022-05-01"));

        assertThat(api.post(practitioner, "/api/v1/cases/" + lac + "/visits", """
                        {"visitedOn":"%1$s","visitor":"Pat Practitioner","location":"Foster home",
                         "seenAlone":true,"summary":"Jayden was settled and talked about football."}""".formatted(today)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(api.post(practitioner, "/api/v1/cases/" + lac + "/attendance", """
                        {"date":"%s","session":"AM","code":"ILLNESS"}""".formatted(today)))
                .hasStatus(HttpStatus.NO_CONTENT);

        assertThat(api.get(practitioner, "/api/v1/cases"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(3);
        assertThat(api.get(
                        practitioner,
                        "/api/v1/cases/" + lac + "/attendance?month="
                                + today.toString().substring(0, 7)))
                .bodyJson()
                .extractingPath("$[0].code")
                .isEqualTo("ILLNESS");
        assertThat(api.get(practitioner, "/api/v1/cases/" + lac + "/visits"))
                .bodyJson()
                .extractingPath("$[0].summaryWithheld")
                .isEqualTo(true);
        assertThat(organisations.auditDetails(council.id(), "case.visit-recorded"))
                .containsExactly("SUCCESS");
        assertThat(organisations.auditDetails(council.id(), "case.attendance-recorded"))
                .containsExactly("SUCCESS:" + today + " AM");
    }

    @Test
    void sensitiveFieldsAreWithheldWithoutAGrantAndShownWithOne() throws Exception {
        TestUser recorder = organisations.user(council, Role.PRACTITIONER);
        grants.grant(admin, recorder);
        String child = api.child(recorder, "Jayden", "Smith", "2014-03-12");
        api.openCase(recorder, "LOOKED_AFTER_CHILD", child);
        api.put(recorder, "/api/v1/people/" + child + "/sensitive/RELIGION_OR_BELIEF", "{\"value\":\"Muslim\"}");
        api.put(recorder, "/api/v1/people/" + child + "/sensitive/PHYSICAL_HEALTH", "{\"value\":\"Asthma\"}");
        String lac = api.get(recorder, "/api/v1/people/" + child + "/cases")
                .getResponse()
                .getContentAsString()
                .replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        api.post(recorder, "/api/v1/cases/" + lac + "/team", "{\"userId\":\"" + practitioner.id() + "\"}");

        assertThat(api.get(practitioner, "/api/v1/people/" + child))
                .hasStatusOk()
                .bodyText()
                .contains("\"category\":\"RELIGION_OR_BELIEF\",\"state\":\"WITHHELD\",\"value\":null")
                .doesNotContain("Muslim", "Asthma");
        assertThat(api.put(practitioner, "/api/v1/people/" + child + "/sensitive/ETHNICITY", "{\"value\":\"x\"}"))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyText()
                .contains("sensitive-data grant");

        grants.grant(admin, practitioner);

        assertThat(api.get(practitioner, "/api/v1/people/" + child + "?purpose=care planning"))
                .bodyText()
                .contains("Muslim", "Asthma");
        assertThat(organisations.auditDetails(council.id(), "person.viewed"))
                .contains(
                        "SUCCESS:shown: []; withheld: [RELIGION_OR_BELIEF,PHYSICAL_HEALTH]",
                        "SUCCESS:shown: [RELIGION_OR_BELIEF,PHYSICAL_HEALTH]; withheld: []");
    }

    @Test
    void casesAreFoundByReferenceOrMisspeltChildsNameAndCanBeClosed() throws Exception {
        String child = api.child(practitioner, "Jayden", "Smith", "2014-03-12");
        String lac = api.openCase(practitioner, "LOOKED_AFTER_CHILD", child);
        api.openCase(practitioner, "PUPIL", api.child(practitioner, "Oliver", "Chen", "2015-09-20"));
        String reference = JsonPath.read(
                api.get(practitioner, "/api/v1/cases/" + lac).getResponse().getContentAsString(), "$.reference");

        assertThat(api.get(practitioner, "/api/v1/cases?q=jaydn smyth"))
                .bodyJson()
                .extractingPath("$[*].id")
                .asArray()
                .containsExactly(lac);
        assertThat(api.get(practitioner, "/api/v1/cases?q=" + reference.toLowerCase()))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(1);
        assertThat(api.get(organisations.user(council, Role.PRACTITIONER), "/api/v1/cases?q=jayden smith"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);

        assertThat(
                        mvc.post()
                                .uri("/cases/" + lac + "/close")
                                .with(authentication(practitioner.authentication()))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(api.get(practitioner, "/api/v1/cases/" + lac))
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("CLOSED");
    }

    @Test
    void anInvalidPersonIsRefusedWithEveryProblemNamed() {
        assertThat(api.post(practitioner, "/api/v1/people", """
                        {"firstName":"","lastName":"Smith","dateOfBirth":"2099-01-01","nhsNumber":"1234567890"}"""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors")
                .asMap()
                .containsKeys("firstName", "dateOfBirth", "nhsNumber");
    }
}
