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

/** A looked-after child's placements and personal education plan meetings, through the API. */
@CustodiaTest
class LookedAfterRecordsIntegrationTests {

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
    TestOrganisation council;
    TestUser practitioner;
    String child;
    String lac;

    @BeforeEach
    void aLookedAfterChildsCaseOpenedAYearAgo() {
        api = new CaseworkApi(mvc);
        council = organisations.organisation();
        practitioner = organisations.user(council, Role.PRACTITIONER);
        child = api.child(practitioner, "Jayden", "Smith", "2014-03-12");
        lac = api.openCase(
                practitioner, "LOOKED_AFTER_CHILD", child, TODAY.minusYears(1).toString());
    }

    @Test
    void aNewPlacementEndsTheCurrentOneOnTheDayItStarts() {
        String firstStart = TODAY.minusYears(1).toString();
        String move = TODAY.minusMonths(2).toString();
        assertThat(api.post(practitioner, "/api/v1/cases/" + lac + "/placements", """
                        {"type":"FOSTER_CARE","startedOn":"%s"}""".formatted(firstStart)))
                .hasStatus(HttpStatus.CREATED);

        assertThat(api.post(practitioner, "/api/v1/cases/" + lac + "/placements", """
                        {"type":"FOSTER_CARE_CONNECTED_PERSON","startedOn":"%s"}""".formatted(move)))
                .hasStatus(HttpStatus.CREATED);

        assertThat(api.get(practitioner, "/api/v1/cases/" + lac + "/placements"))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$[0].type").isEqualTo("FOSTER_CARE_CONNECTED_PERSON");
                    assertThat(json).extractingPath("$[0].endedOn").isNull();
                    assertThat(json).extractingPath("$[1].type").isEqualTo("FOSTER_CARE");
                    assertThat(json).extractingPath("$[1].endedOn").isEqualTo(move);
                });
        assertThat(organisations.auditDetails(council.id(), "case.placement-recorded"))
                .containsExactly("SUCCESS", "SUCCESS");
        assertThat(organisations.auditDetails(council.id(), "case.placement-ended"))
                .containsExactly("SUCCESS:ended by the next placement");
        assertThat(organisations.auditDetails(council.id(), "case.placements-viewed"))
                .contains("SUCCESS:no free text");
    }

    @Test
    void anOverlappingOrInvalidPlacementIsRefusedWithEachProblemNamed() {
        api.post(practitioner, "/api/v1/cases/" + lac + "/placements", """
                {"type":"CHILDRENS_HOME","startedOn":"%s","endedOn":"%s"}""".formatted(
                        TODAY.minusMonths(6), TODAY.minusMonths(3)));

        assertThat(api.post(practitioner, "/api/v1/cases/" + lac + "/placements", """
                        {"type":"FOSTER_CARE","startedOn":"%s","endedOn":"%s"}""".formatted(
                                TODAY.minusMonths(4), TODAY.minusMonths(2))))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.startedOn")
                .asString()
                .contains("another placement from", "Placements cannot overlap");
        assertThat(api.post(practitioner, "/api/v1/cases/" + lac + "/placements", """
                        {"startedOn":"%s","endedOn":"%s"}""".formatted(
                                TODAY.minusYears(2), TODAY.plusDays(1))))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors")
                .asMap()
                .containsEntry("type", "Select the type of placement")
                .containsKeys("startedOn", "endedOn");
    }

    @Test
    void pepMeetingNotesAreWithheldWithoutAGrantAndShownWithOne() {
        assertThat(api.post(practitioner, "/api/v1/cases/" + lac + "/pep-meetings", """
                        {"heldOn":"%s","attendees":"Jayden; Priya Natarajan, designated teacher",
                         "notes":"Reading age two years behind; agreed a weekly tutor."}""".formatted(TODAY)))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .extractingPath("$[0].notesWithheld")
                .isEqualTo(true);
        assertThat(api.get(practitioner, "/api/v1/cases/" + lac + "/pep-meetings"))
                .bodyText()
                .contains("Priya Natarajan, designated teacher")
                .doesNotContain("weekly tutor");

        grants.grant(organisations.administrator(council), practitioner);

        assertThat(api.get(practitioner, "/api/v1/cases/" + lac + "/pep-meetings"))
                .bodyJson()
                .extractingPath("$[0].notes")
                .isEqualTo("Reading age two years behind; agreed a weekly tutor.");
        assertThat(organisations.auditDetails(council.id(), "case.pep-meetings-viewed"))
                .containsSubsequence("SUCCESS:notes withheld", "SUCCESS:notes shown");
        assertThat(organisations.auditDetails(council.id(), "case.pep-meeting-recorded"))
                .containsExactly("SUCCESS");
    }

    @Test
    void aPepMeetingNeedsADateAndWhoAttended() {
        assertThat(api.post(practitioner, "/api/v1/cases/" + lac + "/pep-meetings", "{\"attendees\":\" \"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors")
                .asMap()
                .containsEntry("heldOn", "Enter the date of the meeting, today or in the past")
                .containsEntry("attendees", "Enter who attended, 1,000 characters or fewer");
    }

    @Test
    void pepMeetingNotesAreStoredEncrypted() {
        api.post(practitioner, "/api/v1/cases/" + lac + "/pep-meetings", """
                {"heldOn":"%s","attendees":"Jayden","notes":"Worried about the move to secondary school"}""".formatted(TODAY));

        assertThat(CaseworkApi.stored(database, "lac_pep_meetings", "notes", lac))
                .singleElement()
                .satisfies(stored -> assertThat(CaseworkApi.asText(stored)).doesNotContain("secondary school"));
    }

    @Test
    void placementsAndPepMeetingsBelongToLookedAfterChildrensCasesOnly() {
        String pupil = api.openCase(practitioner, "PUPIL", child);

        assertThat(api.post(practitioner, "/api/v1/cases/" + pupil + "/placements", """
                        {"type":"FOSTER_CARE","startedOn":"%s"}""".formatted(TODAY)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.case")
                .isEqualTo("Placements are kept only on a looked-after child's case, and this is a pupil's case");
        assertThat(api.get(practitioner, "/api/v1/cases/" + pupil + "/pep-meetings"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.case")
                .isEqualTo("Personal education plan meetings are kept only on a looked-after child's case, and this"
                        + " is a pupil's case");
    }
}
