package org.custodia.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The case page's record sections and their "record a ..." forms, as a practitioner uses them. */
@CustodiaTest
class CaseRecordPagesIntegrationTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestGrants grants;

    CaseworkApi api;
    TestOrganisation council;
    TestUser practitioner;

    @BeforeEach
    void aPractitioner() {
        api = new CaseworkApi(mvc);
        council = organisations.organisation();
        practitioner = organisations.user(council, Role.PRACTITIONER);
    }

    MvcTestResult submit(String uri, Map<String, String> fields) {
        var request = mvc.post()
                .uri(uri)
                .with(authentication(practitioner.authentication()))
                .with(csrf());
        fields.forEach(request::param);
        return request.exchange();
    }

    static Map<String, String> date(String field, LocalDate date) {
        return Map.of(
                field + "Day", String.valueOf(date.getDayOfMonth()),
                field + "Month", String.valueOf(date.getMonthValue()),
                field + "Year", String.valueOf(date.getYear()));
    }

    @Test
    void aPlacementFormShowsEveryProblemBesideItsFieldThenRecordsThePlacement() {
        String lac = api.openCase(
                practitioner, "LOOKED_AFTER_CHILD", api.child(practitioner, "Lily", "Evans", "2013-06-01"));
        assertThat(api.get(practitioner, "/cases/" + lac))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Placements",
                        "No placements recorded.",
                        "Personal education plan meetings",
                        "Record a PEP meeting");

        assertThat(submit("/cases/" + lac + "/placements/new", Map.of("startedOnDay", "31", "startedOnMonth", "2")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem", "The date the placement started must be a real date", "value=\"31\"");
        assertThat(submit("/cases/" + lac + "/placements/new", date("startedOn", TODAY)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains(
                        "<a href=\"#type\">Select the type of placement</a>",
                        "aria-describedby=\"type-error\"",
                        "id=\"type-error\"");

        var fields = new java.util.HashMap<>(date("startedOn", TODAY));
        fields.put("type", "CHILDRENS_HOME");
        assertThat(submit("/cases/" + lac + "/placements/new", fields))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/cases/" + lac + "#placements");
        assertThat(api.get(practitioner, "/cases/" + lac)).bodyText().contains("Children&#39;s home", "Current");
    }

    @Test
    void aChildDeathReviewIsRecordedFromItsPage() {
        String review = api.openCase(
                practitioner, "CHILD_DEATH_REVIEW", api.child(practitioner, "Amelia", "Roberts", "2022-05-01"));
        assertThat(api.get(practitioner, "/cases/" + review))
                .hasStatusOk()
                .bodyText()
                .contains("Record the notification", "Not submitted")
                .doesNotContain("Add an agency", "School attendance");

        var fields = new java.util.HashMap<>(date("dateOfDeath", TODAY.minusDays(3)));
        fields.putAll(date("notifiedOn", TODAY.minusDays(2)));
        fields.put("placeOfDeath", "HOSPITAL");
        fields.put("circumstances", "Collapsed at nursery.");
        assertThat(submit("/cases/" + review + "/death-notification/new", fields))
                .hasStatus(HttpStatus.FOUND);
        assertThat(submit("/cases/" + review + "/agencies/new", Map.of("name", "Demoshire Police")))
                .hasStatus(HttpStatus.FOUND);

        assertThat(api.get(practitioner, "/cases/" + review))
                .bodyText()
                .contains(
                        "Hospital",
                        "Recorded – withheld",
                        "Demoshire Police",
                        "Add a reporting form",
                        "Record the analysis")
                .doesNotContain("Collapsed at nursery");
        assertThat(submit("/cases/" + review + "/death-analysis/new", Map.of()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Select the category of death", "Sudden unexpected, unexplained death");
    }

    @Test
    void aPupilsEnrolmentIsRecordedAndTheSenFormAsksForAGrant() {
        String pupil = api.openCase(practitioner, "PUPIL", api.child(practitioner, "Oliver", "Chen", "2015-09-20"));
        var fields = new java.util.HashMap<>(date("admittedOn", TODAY));
        fields.put("school", "Demoshire Primary");
        fields.put("yearGroup", "YEAR_5");

        assertThat(submit("/cases/" + pupil + "/enrolments/new", fields)).hasStatus(HttpStatus.FOUND);
        assertThat(api.get(practitioner, "/cases/" + pupil))
                .bodyText()
                .contains("Demoshire Primary", "Year 5", "Record leaving", "No status recorded.");
        assertThat(api.get(practitioner, "/cases/" + pupil + "/sen-status/new"))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyText()
                .contains("sensitive-data grant");

        grants.grant(organisations.administrator(council), practitioner);
        assertThat(api.get(practitioner, "/cases/" + pupil + "/sen-status/new"))
                .hasStatusOk()
                .bodyText()
                .contains("Education, health and care plan");
    }

    @Test
    void everyRecordFormShowsItsHeadingAndLabelsItsFields() {
        grants.grant(organisations.administrator(council), practitioner);
        String lac = api.openCase(
                practitioner, "LOOKED_AFTER_CHILD", api.child(practitioner, "Lily", "Evans", "2013-06-01"));
        String review = api.openCase(
                practitioner, "CHILD_DEATH_REVIEW", api.child(practitioner, "Amelia", "Roberts", "2022-05-01"));
        String pupil = api.openCase(practitioner, "PUPIL", api.child(practitioner, "Oliver", "Chen", "2015-09-20"));
        api.post(practitioner, "/api/v1/cases/" + review + "/child-death-review/notification", """
                {"notifiedOn":"%1$s","dateOfDeath":"%1$s","placeOfDeath":"HOSPICE","circumstances":"x"}""".formatted(TODAY));
        String agency = CaseworkApi.value(
                api.post(
                        practitioner, "/api/v1/cases/" + review + "/child-death-review/agencies", "{\"name\":\"NHS\"}"),
                "$.agencies[0].id");
        String enrolment = CaseworkApi.value(
                api.post(practitioner, "/api/v1/cases/" + pupil + "/enrolments", """
                        {"school":"Demoshire Primary","yearGroup":"YEAR_5","admittedOn":"%s"}""".formatted(TODAY)), "$[0].id");
        Map<String, String> forms = Map.ofEntries(
                Map.entry("/cases/" + lac + "/visits/new", "Record a statutory visit"),
                Map.entry("/cases/" + lac + "/placements/new", "Record a placement"),
                Map.entry("/cases/" + lac + "/pep-meetings/new", "Record a personal education plan meeting"),
                Map.entry("/cases/" + review + "/death-notification/new", "Record the notification of the death"),
                Map.entry("/cases/" + review + "/agencies/new", "Add an agency involved"),
                Map.entry("/cases/" + review + "/agencies/" + agency + "/reports/new", "Record a reporting form"),
                Map.entry("/cases/" + review + "/death-analysis/new", "Record the panel analysis"),
                Map.entry(
                        "/cases/" + review + "/ncmd-submission/new",
                        "Update the submission to the National Child Mortality Database"),
                Map.entry("/cases/" + pupil + "/enrolments/new", "Record an enrolment"),
                Map.entry(
                        "/cases/" + pupil + "/enrolments/" + enrolment + "/leaving", "Record the date the pupil left"),
                Map.entry("/cases/" + pupil + "/sen-status/new", "Record special educational needs status"));

        forms.forEach((uri, heading) -> assertThat(api.get(practitioner, uri))
                .as(uri)
                .hasStatusOk()
                .bodyText()
                .contains("<h1 class=\"govuk-heading-l\">" + heading + "</h1>", "<label", "Back to the case"));
        for (String uri : new String[] {"/cases/" + lac, "/cases/" + review, "/cases/" + pupil}) {
            assertThat(api.get(practitioner, uri)).as(uri).hasStatusOk();
        }
    }

    @Test
    void aFormForAnotherTypeOfCaseIsNotThere() {
        String pupil = api.openCase(practitioner, "PUPIL", api.child(practitioner, "Oliver", "Chen", "2015-09-20"));

        assertThat(api.get(practitioner, "/cases/" + pupil + "/placements/new")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(practitioner, "/cases/" + pupil + "/death-notification/new"))
                .hasStatus(HttpStatus.NOT_FOUND);
    }
}
