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

/** A child death review from notification to the National Child Mortality Database, through the API. */
@CustodiaTest
class ChildDeathReviewIntegrationTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    static final LocalDate DIED = TODAY.minusMonths(6);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestGrants grants;

    @Autowired
    TestDatabase database;

    CaseworkApi api;
    TestOrganisation partnership;
    TestUser practitioner;
    String child;
    String review;
    String base;

    @BeforeEach
    void aReviewOpenedBeforeTheDeathIsOnTheChildsRecord() {
        api = new CaseworkApi(mvc);
        partnership = organisations.organisation();
        practitioner = organisations.user(partnership, Role.PRACTITIONER);
        child = api.child(practitioner, "Amelia", "Roberts", "2022-05-01");
        review = api.openCase(practitioner, "CHILD_DEATH_REVIEW", child);
        base = "/api/v1/cases/" + review + "/child-death-review";
    }

    String notification(LocalDate died) {
        return """
                {"notifiedOn":"%s","dateOfDeath":"%s","placeOfDeath":"HOSPITAL",
                 "circumstances":"Admitted with a high fever; sepsis suspected."}""".formatted(died.plusDays(1), died);
    }

    @Test
    void theNotificationRecordsTheChildsDateOfDeath() {
        assertThat(api.post(practitioner, base + "/notification", notification(DIED)))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json)
                            .extractingPath("$.notification.dateOfDeath")
                            .isEqualTo(DIED.toString());
                    assertThat(json)
                            .extractingPath("$.notification.placeOfDeath")
                            .isEqualTo("HOSPITAL");
                    assertThat(json).extractingPath("$.submission.status").isEqualTo("NOT_SUBMITTED");
                });

        assertThat(api.get(practitioner, "/api/v1/people/" + child))
                .bodyJson()
                .extractingPath("$.details.dateOfDeath")
                .isEqualTo(DIED.toString());
        assertThat(organisations.auditDetails(partnership.id(), "person.updated"))
                .containsExactly("SUCCESS:date of death, from the death notification");
        assertThat(api.put(practitioner, "/api/v1/people/" + child, """
                        {"firstName":"Amelia","lastName":"Roberts","dateOfBirth":"2022-05-01"}"""))
                .as("the child's record cannot lose the date of death the review was notified of")
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.dateOfDeath")
                .asString()
                .startsWith("The notification of the child's death gives the date of death as ");
        assertThat(api.post(practitioner, base + "/notification", notification(DIED)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.notifiedOn")
                .isEqualTo("The notification of this death is already recorded");
    }

    @Test
    void aNotificationMustAgreeWithTheDateOfDeathAlreadyRecorded() {
        String recorded = api.child(practitioner, "Rowan", "Ashdown", "2019-05-03");
        api.put(practitioner, "/api/v1/people/" + recorded, """
                {"firstName":"Rowan","lastName":"Ashdown","dateOfBirth":"2019-05-03","dateOfDeath":"%s"}""".formatted(DIED));
        String other = api.openCase(practitioner, "CHILD_DEATH_REVIEW", recorded);

        assertThat(api.post(
                        practitioner,
                        "/api/v1/cases/" + other + "/child-death-review/notification",
                        notification(DIED.minusDays(3))))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.dateOfDeath")
                .asString()
                .startsWith("The child's record gives the date of death as ");
        assertThat(api.post(practitioner, base + "/notification", "{}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors")
                .asMap()
                .containsKeys("dateOfDeath", "notifiedOn", "placeOfDeath", "circumstances");
    }

    @Test
    void nothingElseIsRecordedBeforeTheNotification() {
        assertThat(api.post(practitioner, base + "/agencies", "{\"name\":\"Demoshire Police\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.notification")
                .isEqualTo("Record the notification of the child's death first");
        assertThat(api.put(practitioner, base + "/analysis", """
                        {"reviewedOn":"%s","category":"INFECTION","modifiableFactors":"NO"}""".formatted(TODAY)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.notification")
                .isNotNull();
    }

    @Test
    void agenciesSendReportingFormsWhoseContentIsWithheldWithoutAGrant() {
        api.post(practitioner, base + "/notification", notification(DIED));
        String agency = CaseworkApi.value(
                api.post(practitioner, base + "/agencies", "{\"name\":\"Example Lane Surgery\"}"), "$.agencies[0].id");
        assertThat(api.post(practitioner, base + "/agencies", "{\"name\":\"example lane surgery\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.name")
                .isEqualTo("example lane surgery is already recorded as involved");

        assertThat(api.post(practitioner, base + "/agencies/" + agency + "/reports", """
                        {"submittedOn":"%s","content":"Seen twice for a chest infection in the month before."}""".formatted(TODAY)))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.agencies[0].name").isEqualTo("Example Lane Surgery");
                    assertThat(json)
                            .extractingPath("$.agencies[0].reports[0].contentWithheld")
                            .isEqualTo(true);
                    assertThat(json)
                            .extractingPath("$.agencies[0].reports[0].content")
                            .isNull();
                    assertThat(json)
                            .extractingPath("$.notification.circumstances")
                            .isNull();
                });

        grants.grant(organisations.administrator(partnership), practitioner);

        assertThat(api.get(practitioner, base))
                .bodyText()
                .contains("Seen twice for a chest infection", "sepsis suspected");
        assertThat(organisations.auditDetails(partnership.id(), "case.death-review-viewed"))
                .containsSubsequence("SUCCESS:free text withheld", "SUCCESS:free text shown");
        assertThat(organisations.auditDetails(partnership.id(), "case.agency-report-recorded"))
                .containsExactly("SUCCESS:agency " + agency);
        assertThat(api.post(
                        practitioner,
                        base + "/agencies/" + java.util.UUID.randomUUID() + "/reports",
                        "{\"submittedOn\":\"%s\",\"content\":\"x\"}".formatted(TODAY)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theAnalysisIsSubmittedToTheNcmdAndCanBeRevisedOnlyWhenReturned() {
        grants.grant(organisations.administrator(partnership), practitioner);
        api.post(practitioner, base + "/notification", notification(DIED));
        String analysis = """
                {"reviewedOn":"%s","category":"%s","modifiableFactors":"YES",
                 "learningPoints":"Out-of-hours advice did not mention sepsis."}""";
        assertThat(api.post(practitioner, base + "/ncmd-submission", """
                        {"status":"SUBMITTED","on":"%s"}""".formatted(TODAY)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.status")
                .isEqualTo("Record the panel's analysis before submitting it");

        assertThat(api.put(practitioner, base + "/analysis", analysis.formatted(TODAY.minusDays(10), "INFECTION")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.analysis.category").isEqualTo("INFECTION");
                    assertThat(json)
                            .extractingPath("$.analysis.modifiableFactors")
                            .isEqualTo("YES");
                    assertThat(json)
                            .extractingPath("$.analysis.learningPoints")
                            .isEqualTo("Out-of-hours advice did not mention sepsis.");
                });
        assertThat(api.post(practitioner, base + "/ncmd-submission", """
                        {"status":"ACCEPTED","on":"%s"}""".formatted(TODAY)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.status")
                .isEqualTo("Only a submitted analysis can be accepted or returned for correction");
        assertThat(api.post(practitioner, base + "/ncmd-submission", """
                        {"status":"SUBMITTED","on":"%s"}""".formatted(TODAY.minusDays(5))))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.submission.submittedOn")
                .isEqualTo(TODAY.minusDays(5).toString());
        assertThat(api.put(practitioner, base + "/analysis", analysis.formatted(TODAY, "MALIGNANCY")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.reviewedOn")
                .asString()
                .contains("It can be changed only if the database returns it for correction");

        api.post(practitioner, base + "/ncmd-submission", """
                {"status":"RETURNED_FOR_CORRECTION","on":"%s"}""".formatted(TODAY.minusDays(2)));
        assertThat(api.put(practitioner, base + "/analysis", analysis.formatted(TODAY, "MALIGNANCY")))
                .hasStatusOk();
        api.post(practitioner, base + "/ncmd-submission", """
                {"status":"SUBMITTED","on":"%s"}""".formatted(TODAY));
        assertThat(api.post(practitioner, base + "/ncmd-submission", """
                        {"status":"ACCEPTED","on":"%s"}""".formatted(TODAY)))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.submission.status").isEqualTo("ACCEPTED");
                    assertThat(json).extractingPath("$.submission.respondedOn").isEqualTo(TODAY.toString());
                    assertThat(json).extractingPath("$.analysis.category").isEqualTo("MALIGNANCY");
                });
        assertThat(organisations.auditDetails(partnership.id(), "case.ncmd-submission-updated"))
                .containsExactly(
                        "SUCCESS:NOT_SUBMITTED to SUBMITTED",
                        "SUCCESS:SUBMITTED to RETURNED_FOR_CORRECTION",
                        "SUCCESS:RETURNED_FOR_CORRECTION to SUBMITTED",
                        "SUCCESS:SUBMITTED to ACCEPTED");
    }

    @Test
    void freeTextIsStoredEncrypted() {
        api.post(practitioner, base + "/notification", notification(DIED));
        String agency = CaseworkApi.value(
                api.post(practitioner, base + "/agencies", "{\"name\":\"Demoshire Police\"}"), "$.agencies[0].id");
        api.post(practitioner, base + "/agencies/" + agency + "/reports", """
                {"submittedOn":"%s","content":"No police involvement before the death."}""".formatted(TODAY));
        api.put(practitioner, base + "/analysis", """
                {"reviewedOn":"%s","category":"INFECTION","modifiableFactors":"INSUFFICIENT_INFORMATION",
                 "learningPoints":"Share the sepsis leaflet with nurseries."}""".formatted(TODAY));

        assertThat(CaseworkApi.stored(database, "cdr_notifications", "circumstances", review))
                .singleElement()
                .satisfies(stored -> assertThat(CaseworkApi.asText(stored)).doesNotContain("sepsis"));
        assertThat(CaseworkApi.stored(database, "cdr_agency_reports", "content", review))
                .singleElement()
                .satisfies(stored -> assertThat(CaseworkApi.asText(stored)).doesNotContain("police involvement"));
        assertThat(CaseworkApi.stored(database, "cdr_analyses", "learning_points", review))
                .singleElement()
                .satisfies(stored -> assertThat(CaseworkApi.asText(stored)).doesNotContain("leaflet"));
    }

    @Test
    void reviewRecordsBelongToChildDeathReviewsOnly() {
        String lac = api.openCase(
                practitioner, "LOOKED_AFTER_CHILD", api.child(practitioner, "Lily", "Evans", "2013-06-01"));

        assertThat(api.post(
                        practitioner, "/api/v1/cases/" + lac + "/child-death-review/notification", notification(DIED)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.case")
                .isEqualTo("Death notifications are kept only on a child death review, and this is a looked-after"
                        + " child's case");
        assertThat(api.get(practitioner, "/api/v1/cases/" + lac + "/child-death-review"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(api.get(practitioner, "/api/v1/cases/" + review + "/visits"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.case")
                .isEqualTo("Statutory visits are kept only on a looked-after child's case, and this is a child death"
                        + " review");
    }
}
