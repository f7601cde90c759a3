package org.custodia.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestGrants;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A pupil's enrolments and special educational needs status, through the API. */
@CustodiaTest
class PupilRecordsIntegrationTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestGrants grants;

    @Autowired
    TestDatabase database;

    CaseworkApi api;
    TestOrganisation school;
    TestUser admin;
    TestUser teacher;
    String pupil;

    @BeforeEach
    void aPupilsCase() {
        api = new CaseworkApi(mvc);
        school = organisations.organisation();
        admin = organisations.administrator(school);
        teacher = organisations.user(school, Role.PRACTITIONER);
        pupil = api.openCase(teacher, "PUPIL", api.child(teacher, "Oliver", "Chen", "2015-09-20"));
    }

    @Test
    void aPupilIsEnrolledAndLeaves() {
        String admitted = TODAY.minusYears(2).toString();
        String enrolment = CaseworkApi.value(
                api.post(teacher, "/api/v1/cases/" + pupil + "/enrolments", """
                                {"school":"Demoshire Primary","yearGroup":"YEAR_3","admittedOn":"%s"}""".formatted(admitted)), "$[0].id");
        assertThat(api.post(teacher, "/api/v1/cases/" + pupil + "/enrolments", """
                        {"school":"demoshire primary","yearGroup":"YEAR_4","admittedOn":"%s"}""".formatted(TODAY)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.school")
                .asString()
                .startsWith("The pupil is already on the roll of Demoshire Primary");

        assertThat(api.post(
                        teacher,
                        "/api/v1/cases/" + pupil + "/enrolments/" + enrolment + "/leaving",
                        "{\"leftOn\":\"%s\"}".formatted(TODAY)))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$[0].school").isEqualTo("Demoshire Primary");
                    assertThat(json).extractingPath("$[0].yearGroup").isEqualTo("YEAR_3");
                    assertThat(json).extractingPath("$[0].admittedOn").isEqualTo(admitted);
                    assertThat(json).extractingPath("$[0].leftOn").isEqualTo(TODAY.toString());
                });
        assertThat(api.post(
                        teacher,
                        "/api/v1/cases/" + pupil + "/enrolments/" + enrolment + "/leaving",
                        "{\"leftOn\":\"%s\"}".formatted(TODAY)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.leftOn")
                .asString()
                .startsWith("The pupil's leaving date is already recorded");
        assertThat(organisations.auditDetails(school.id(), "case.enrolment-recorded"))
                .containsExactly("SUCCESS");
        assertThat(organisations.auditDetails(school.id(), "case.enrolment-ended"))
                .containsExactly("SUCCESS");
    }

    @Test
    void anEnrolmentNeedsASchoolAYearGroupAndADateAdmitted() {
        assertThat(api.post(teacher, "/api/v1/cases/" + pupil + "/enrolments", """
                        {"school":"","leftOn":"%s"}""".formatted(TODAY.plusDays(1))))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors")
                .asMap()
                .containsEntry("school", "Enter the name of the school, 200 characters or fewer")
                .containsEntry("yearGroup", "Select the pupil's year group when admitted")
                .containsEntry("admittedOn", "Enter the date the pupil was admitted, today or in the past")
                .containsEntry("leftOn", "The date the pupil left must be today or in the past");
    }

    @Test
    void onlyHoldersOfAGrantRecordOrSeeTheSenStatus() {
        String change = "{\"status\":\"SEN_SUPPORT\",\"effectiveFrom\":\"%s\"}".formatted(TODAY);
        assertThat(api.post(teacher, "/api/v1/cases/" + pupil + "/sen-status", change))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyText()
                .contains("sensitive-data grant");
        TestUser senco = organisations.user(school, Role.PRACTITIONER);
        grants.grant(admin, senco);
        api.post(teacher, "/api/v1/cases/" + pupil + "/team", "{\"userId\":\"" + senco.id() + "\"}");

        assertThat(api.post(senco, "/api/v1/cases/" + pupil + "/sen-status", change))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$[0].status").isEqualTo("SEN_SUPPORT");
                    assertThat(json).extractingPath("$[0].state").isEqualTo("SHOWN");
                });
        assertThat(api.get(teacher, "/api/v1/cases/" + pupil + "/sen-status"))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$[0].status").isNull();
                    assertThat(json).extractingPath("$[0].state").isEqualTo("WITHHELD");
                    assertThat(json).extractingPath("$[0].effectiveFrom").isEqualTo(TODAY.toString());
                });
        assertThat(organisations.auditDetails(school.id(), "case.sen-status-recorded"))
                .containsExactly("DENIED", "SUCCESS");
        assertThat(organisations.auditDetails(school.id(), "case.sen-statuses-viewed"))
                .containsSubsequence("SUCCESS:statuses shown", "SUCCESS:statuses withheld");
    }

    @Test
    void theSenStatusIsStoredEncrypted() {
        grants.grant(admin, teacher);
        api.post(teacher, "/api/v1/cases/" + pupil + "/sen-status", """
                {"status":"EDUCATION_HEALTH_AND_CARE_PLAN","effectiveFrom":"%s"}""".formatted(TODAY));

        assertThat(CaseworkApi.stored(database, "pupil_sen_statuses", "status", pupil))
                .singleElement()
                .satisfies(stored -> assertThat(stored.length)
                        .as("an AEAD ciphertext, not the one-letter code")
                        .isGreaterThan(16));
    }

    @Test
    void enrolmentsAndSenStatusBelongToPupilsCasesOnly() {
        String review =
                api.openCase(teacher, "CHILD_DEATH_REVIEW", api.child(teacher, "Amelia", "Roberts", "2022-05-01"));

        assertThat(api.post(teacher, "/api/v1/cases/" + review + "/enrolments", """
                        {"school":"Demoshire Primary","yearGroup":"RECEPTION","admittedOn":"%s"}""".formatted(TODAY)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.case")
                .isEqualTo("Enrolments are kept only on a pupil's case, and this is a child death review");
        assertThat(api.get(teacher, "/api/v1/cases/" + review + "/sen-status"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.case")
                .isEqualTo("Special educational needs statuses are kept only on a pupil's case, and this is a child"
                        + " death review");
    }
}
