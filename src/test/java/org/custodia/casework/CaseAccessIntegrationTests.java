package org.custodia.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.LocalDate;
import java.time.ZoneId;
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

/** Need-to-know: the case team sees a case; colleagues only with a recorded reason; others never. */
@CustodiaTest
class CaseAccessIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    CaseworkApi api;
    TestOrganisation council;
    TestUser allocated;
    TestUser colleague;
    String child;
    String lac;

    @BeforeEach
    void aCaseWithItsTeam() {
        api = new CaseworkApi(mvc);
        council = organisations.organisation();
        allocated = organisations.user(council, Role.PRACTITIONER);
        colleague = organisations.user(council, Role.PRACTITIONER);
        child = api.child(allocated, "Lily", "Evans", "2013-06-01");
        lac = api.openCase(allocated, "LOOKED_AFTER_CHILD", child);
    }

    @Test
    void aColleagueOutsideTheTeamIsAskedForAReasonAndCannotFindTheChild() {
        assertThat(api.get(colleague, "/api/v1/cases/" + lac))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyText()
                .contains("You are not on the team for case LAC-");
        assertThat(api.get(colleague, "/api/v1/people/" + child)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(colleague, "/api/v1/people?q=Lily Evans"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
        assertThat(api.get(colleague, "/api/v1/cases"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
        assertThat(organisations.auditDetails(council.id(), "case.viewed")).contains("DENIED:not on the case team");
    }

    @Test
    void breakingTheGlassGrantsAccessAtOnceAuditsItAndPutsItOnTheDposReviewList() {
        assertThat(api.post(colleague, "/api/v1/cases/" + lac + "/break-glass", "{\"reason\":\"too short\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST);

        assertThat(api.post(
                        colleague,
                        "/api/v1/cases/" + lac + "/break-glass",
                        "{\"reason\":\"Covering the duty desk: a school reported a safeguarding concern\"}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.readerOnTeam")
                .isEqualTo(false);
        assertThat(api.get(colleague, "/api/v1/people/" + child)).hasStatusOk();
        assertThat(organisations.auditDetails(council.id(), "case.break-glass")).hasSize(1);

        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        assertThat(api.get(dpo, "/break-glass-reviews"))
                .hasStatusOk()
                .bodyText()
                .contains("Covering the duty desk: a school reported a safeguarding concern");
    }

    @Test
    void anotherOrganisationsUsersGetNotFoundForAllOfIt() {
        TestUser outsider = organisations.user(organisations.organisation(), Role.PRACTITIONER);
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        String[] reads = {
            "/api/v1/people/" + child,
            "/api/v1/people/" + child + "/cases",
            "/api/v1/cases/" + lac,
            "/api/v1/cases/" + lac + "/visits",
            "/api/v1/cases/" + lac + "/attendance?month=" + today.substring(0, 7),
            "/people/" + child,
            "/cases/" + lac
        };
        for (String uri : reads) {
            assertThat(api.get(outsider, uri)).as(uri).hasStatus(HttpStatus.NOT_FOUND);
        }
        String[][] writes = {
            {"/api/v1/cases/" + lac + "/break-glass", "{\"reason\":\"I would like to see this case please\"}"},
            {"/api/v1/cases/" + lac + "/notes", "{\"text\":\"x\"}"},
            {
                "/api/v1/cases/" + lac + "/visits",
                "{\"visitedOn\":\"" + today + "\",\"visitor\":\"x\",\"location\":\"y\"}"
            },
            {
                "/api/v1/cases/" + lac + "/attendance",
                "{\"date\":\"" + today + "\",\"session\":\"AM\",\"code\":\"ILLNESS\"}"
            },
            {"/api/v1/cases/" + lac + "/team", "{\"userId\":\"" + outsider.id() + "\"}"},
            {"/api/v1/cases", "{\"type\":\"PUPIL\",\"childId\":\"" + child + "\"}"}
        };
        for (String[] write : writes) {
            assertThat(api.post(outsider, write[0], write[1])).as(write[0]).hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(api.put(outsider, "/api/v1/people/" + child + "/sensitive/ETHNICITY", "{\"value\":\"x\"}"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(outsider, "/api/v1/people?q=Lily Evans"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
    }

    @Test
    void refusalPagesKeepTheHeaderAndNameTheCase() {
        assertThat(api.get(colleague, "/cases/" + lac))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyText()
                .contains("You are not on the team for this case", "Sign out", "LAC-");
        assertThat(
                        mvc.post()
                                .uri("/cases/" + lac + "/break-glass")
                                .with(authentication(colleague.authentication()))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("reason", "short"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem", "LAC-");
        TestUser outsider = organisations.user(organisations.organisation(), Role.PRACTITIONER);
        assertThat(api.get(outsider, "/people/" + child))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyText()
                .contains("Page not found", "Sign out");
    }

    @Test
    void aMalformedAttendanceDateIsAnErrorNotAFailure() {
        assertThat(
                        mvc.post()
                                .uri("/cases/" + lac + "/attendance")
                                .with(authentication(allocated.authentication()))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("date", "23/11/2026")
                                .param("session", "AM")
                                .param("code", "ILLNESS"))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsKey("errors");
    }

    @Test
    void onlyPractitionersDoCasework() {
        TestUser admin = organisations.administrator(council);
        assertThat(api.get(admin, "/api/v1/cases")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.get(admin, "/cases")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.get(allocated, "/break-glass-reviews")).hasStatus(HttpStatus.FORBIDDEN);
    }
}
