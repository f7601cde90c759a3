package org.custodia.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Need-to-know on every record endpoint: another organisation's users are told nothing exists, and a
 * colleague outside the case team is asked for a reason (break-glass) before they read or record.
 */
@CustodiaTest
class CaseRecordsAccessIntegrationTests {

    static final String TODAY = LocalDate.now(ZoneId.of("Europe/London")).toString();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    CaseworkApi api;
    TestOrganisation council;
    TestUser allocated;
    List<Request> requests;

    record Request(String method, String uri, String json) {}

    @BeforeEach
    void aCaseOfEachType() {
        api = new CaseworkApi(mvc);
        council = organisations.organisation();
        allocated = organisations.user(council, Role.PRACTITIONER);
        String lac = "/api/v1/cases/"
                + api.openCase(allocated, "LOOKED_AFTER_CHILD", api.child(allocated, "Lily", "Evans", "2013-06-01"));
        String cdr = "/api/v1/cases/"
                + api.openCase(allocated, "CHILD_DEATH_REVIEW", api.child(allocated, "Amelia", "Roberts", "2022-05-01"))
                + "/child-death-review";
        String pupil = "/api/v1/cases/"
                + api.openCase(allocated, "PUPIL", api.child(allocated, "Oliver", "Chen", "2015-09-20"));
        String anyId = UUID.randomUUID().toString();
        requests = List.of(
                new Request("GET", lac + "/placements", null),
                new Request("POST", lac + "/placements", "{\"type\":\"FOSTER_CARE\",\"startedOn\":\"" + TODAY + "\"}"),
                new Request("GET", lac + "/pep-meetings", null),
                new Request("POST", lac + "/pep-meetings", "{\"heldOn\":\"" + TODAY + "\",\"attendees\":\"x\"}"),
                new Request("GET", cdr, null),
                new Request("POST", cdr + "/notification", "{\"dateOfDeath\":\"" + TODAY + "\"}"),
                new Request("POST", cdr + "/agencies", "{\"name\":\"Demoshire Police\"}"),
                new Request("POST", cdr + "/agencies/" + anyId + "/reports", "{\"content\":\"x\"}"),
                new Request("PUT", cdr + "/analysis", "{\"category\":\"INFECTION\"}"),
                new Request("POST", cdr + "/ncmd-submission", "{\"status\":\"SUBMITTED\"}"),
                new Request("GET", pupil + "/enrolments", null),
                new Request("POST", pupil + "/enrolments", "{\"school\":\"Demoshire Primary\"}"),
                new Request("POST", pupil + "/enrolments/" + anyId + "/leaving", "{\"leftOn\":\"" + TODAY + "\"}"),
                new Request("GET", pupil + "/sen-status", null),
                new Request("POST", pupil + "/sen-status", "{\"status\":\"SEN_SUPPORT\"}"));
    }

    MvcTestResult send(TestUser user, Request request) {
        return switch (request.method()) {
            case "GET" -> api.get(user, request.uri());
            case "PUT" -> api.put(user, request.uri(), request.json());
            default -> api.post(user, request.uri(), request.json());
        };
    }

    @Test
    void anotherOrganisationsPractitionerFindsNothingOnAnyRecordEndpoint() {
        TestUser outsider = organisations.user(organisations.organisation(), Role.PRACTITIONER);

        for (Request request : requests) {
            assertThat(send(outsider, request))
                    .as(request.method() + " " + request.uri())
                    .hasStatus(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void aColleagueOutsideTheTeamIsAskedForAReasonOnEveryRecordEndpoint() {
        TestUser colleague = organisations.user(council, Role.PRACTITIONER);

        for (Request request : requests) {
            assertThat(send(colleague, request))
                    .as(request.method() + " " + request.uri())
                    .hasStatus(HttpStatus.FORBIDDEN)
                    .bodyText()
                    .contains("You are not on the team for case ");
        }
        assertThat(organisations.auditDetails(council.id(), "case.viewed"))
                .filteredOn(detail -> detail.equals("DENIED:not on the case team"))
                .hasSize(requests.size());
    }

    @Test
    void everyRecordEndpointIsDescribedInTheOpenApiDocument() {
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "/api/v1/cases/{id}/placements",
                        "/api/v1/cases/{id}/pep-meetings",
                        "/api/v1/cases/{id}/child-death-review",
                        "/api/v1/cases/{id}/child-death-review/notification",
                        "/api/v1/cases/{id}/child-death-review/agencies/{agency}/reports",
                        "/api/v1/cases/{id}/child-death-review/analysis",
                        "/api/v1/cases/{id}/child-death-review/ncmd-submission",
                        "/api/v1/cases/{id}/enrolments/{enrolment}/leaving",
                        "/api/v1/cases/{id}/sen-status")
                .contains(
                        "Record a placement; one starting after the current placement began ends that one",
                        "Everything recorded on the review; free text withheld without a grant",
                        "A pupil's special educational needs status, current first; withheld without a grant");
    }
}
