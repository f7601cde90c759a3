package org.custodia.breaches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.breaches.BreachSteps.value;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestClock;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The rules of a breach record, through the API: awareness, the late report, Art 34, closing, the audit. */
@CustodiaTest
class BreachRulesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestClock clock;

    @Autowired
    Clock appClock;

    BreachSteps api;
    TestOrganisation council;
    TestUser dpo;

    @BeforeEach
    void aCouncilWithADpo() {
        api = new BreachSteps(mvc);
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aBreachIsRecordedWithItsReferenceAndClockAndAudited() {
        Instant aware = appClock.instant().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(10));
        String id = api.breach(dpo, aware);

        var read = api.get(dpo, "/api/v1/breaches/" + id);
        assertThat(read).hasStatusOk();
        assertThat(value(read, "$.reference"))
                .matches("BR-[0-9A-F]{8}")
                .isEqualTo("BR-" + id.substring(0, 8).toUpperCase());
        assertThat(value(read, "$.clock.deadline"))
                .isEqualTo(aware.plus(Duration.ofHours(72)).toString());
        assertThat(value(read, "$.clock.state")).isEqualTo("RUNNING");
        assertThat(value(read, "$.clock.inWords")).isEqualTo("2 days and 13 hours left");
        assertThat(value(read, "$.history[0].entry")).isEqualTo("Breach recorded");
        assertThat(organisations.auditDetails(council.id(), "breach.recorded"))
                .containsExactly("SUCCESS:nature: [CONFIDENTIALITY]");
        assertThat(organisations.auditDetails(council.id(), "breach.viewed")).containsExactly("SUCCESS");
    }

    @Test
    void awarenessIsRequiredNotInTheFutureAndNotBeforeTheBreachHappened() {
        Instant now = appClock.instant();
        String missing = BreachSteps.breachJson(now).replaceAll("\"awareAt\":\"[^\"]+\",", "");
        assertThat(api.post(dpo, "/api/v1/breaches", missing))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.awareAt")
                .isEqualTo("Enter when the organisation became aware of the breach");
        assertThat(api.post(dpo, "/api/v1/breaches", BreachSteps.breachJson(now.plus(Duration.ofHours(1)))))
                .bodyJson()
                .extractingPath("$.errors.awareAt")
                .isEqualTo("When the organisation became aware must be now or in the past");
        String beforeItHappened = BreachSteps.breachJson(now.minus(Duration.ofHours(2)))
                .replaceAll(
                        "\"occurred\":\\{[^}]+}",
                        "\"occurred\":{\"precision\":\"EXACT\",\"at\":\"" + now.minus(Duration.ofHours(1)) + "\"}");
        assertThat(api.post(dpo, "/api/v1/breaches", beforeItHappened))
                .bodyJson()
                .extractingPath("$.errors.awareAt")
                .isEqualTo("When the organisation became aware cannot be before the breach happened");
        String notKnown = BreachSteps.breachJson(now)
                .replaceAll("\"occurred\":\\{[^}]+}", "\"occurred\":{\"precision\":\"NOT_KNOWN\"}");
        assertThat(api.post(dpo, "/api/v1/breaches", notKnown)).hasStatus(HttpStatus.CREATED);
        assertThat(organisations.auditDetails(council.id(), "breach.recorded")).hasSize(1);
    }

    @Test
    void aReportAfterSeventyTwoHoursNeedsTheReasonsForTheDelay() {
        Instant aware = appClock.instant().minus(Duration.ofHours(80));
        String id = api.breach(dpo, aware);
        api.assess(dpo, id, "RISK");
        api.decide(dpo, id, "REPORT");
        Instant late = aware.plus(Duration.ofHours(72)).plusSeconds(60);
        String report = "{\"reportedAt\":\"%s\",\"icoReference\":\"IC-123456-A1B2\"%s}";

        assertThat(api.post(dpo, "/api/v1/breaches/" + id + "/ico-report", report.formatted(late, "")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.lateReasons")
                .isEqualTo("Enter the reasons the report was made after 72 hours");
        assertThat(api.post(
                        dpo,
                        "/api/v1/breaches/" + id + "/ico-report",
                        report.formatted(late, ",\"lateReasons\":\"The extent only became clear on day three\"")))
                .hasStatus(HttpStatus.NO_CONTENT);

        var read = api.get(dpo, "/api/v1/breaches/" + id);
        assertThat(value(read, "$.icoReport.lateReasons")).isEqualTo("The extent only became clear on day three");
        assertThat(value(read, "$.clock.state")).isEqualTo("STOPPED");
        assertThat(organisations.auditDetails(council.id(), "breach.reported")).containsExactly("SUCCESS:late: true");
    }

    @Test
    void aReportExactlyAtTheDeadlineIsInTime() {
        Instant aware = appClock.instant().minus(Duration.ofHours(73));
        String id = api.breach(dpo, aware);
        api.assess(dpo, id, "RISK");
        api.decide(dpo, id, "REPORT");
        assertThat(api.post(
                        dpo, "/api/v1/breaches/" + id + "/ico-report", """
                        {"reportedAt":"%s","icoReference":"IC-1"}""".formatted(aware.plus(Duration.ofHours(72)))))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(organisations.auditDetails(council.id(), "breach.reported")).containsExactly("SUCCESS:late: false");
    }

    @Test
    void aReportNeedsADecisionToReportFirst() {
        String id = api.breach(dpo, appClock.instant().minus(Duration.ofHours(1)));
        assertThat(api.post(dpo, "/api/v1/breaches/" + id + "/ico-report", """
                        {"reportedAt":"%s","icoReference":"IC-1"}""".formatted(appClock.instant())))
                .bodyJson()
                .extractingPath("$.errors.reportedAt")
                .isEqualTo("Record a decision to report the breach to the ICO first");
    }

    @Test
    void decisionsAreKeptAsEntriesAndTheLatestStands() {
        String id = api.breach(dpo, appClock.instant().minus(Duration.ofHours(1)));
        assertThat(api.post(dpo, "/api/v1/breaches/" + id + "/decisions", """
                        {"decision":"REPORT","reasons":"x"}"""))
                .bodyJson()
                .extractingPath("$.errors.decision")
                .isEqualTo("Assess the risk to people before deciding whether to report");
        api.assess(dpo, id, "NO_RISK_LIKELY");
        api.decide(dpo, id, "REPORT");
        api.decide(dpo, id, "DO_NOT_REPORT");

        var read = api.get(dpo, "/api/v1/breaches/" + id);
        assertThat(value(read, "$.decisions.length()")).isEqualTo("2");
        assertThat(value(read, "$.decisions[0].decision")).isEqualTo("REPORT");
        assertThat(value(read, "$.decisions[1].decision")).isEqualTo("DO_NOT_REPORT");
        assertThat(value(read, "$.clock.inWords")).isEqualTo("Stopped: decided not to report to the ICO");
        assertThat(organisations.auditDetails(council.id(), "breach.decided"))
                .containsExactly("SUCCESS:decision: REPORT", "SUCCESS:decision: DO_NOT_REPORT");
    }

    @Test
    void aHighRiskCreatesATaskClosedOnlyWithADateAndHowOrAListedReason() {
        String id = api.breach(dpo, appClock.instant().minus(Duration.ofHours(5)));
        String task = "/api/v1/breaches/" + id + "/people-told";
        assertThat(api.post(dpo, task, "{\"toldOn\":\"%s\",\"toldHow\":\"Letter\"}".formatted(today())))
                .bodyJson()
                .extractingPath("$.errors.outcome")
                .isEqualTo("This breach has no open task to tell the people affected");

        api.assess(dpo, id, "HIGH_RISK");
        assertThat(value(api.get(dpo, "/api/v1/breaches/" + id), "$.notificationTask.closedAt"))
                .isNull();
        assertThat(api.post(dpo, task, "{}"))
                .bodyJson()
                .extractingPath("$.errors.outcome")
                .isNotNull();
        assertThat(api.post(dpo, task, "{\"toldOn\":\"%s\"}".formatted(today())))
                .bodyJson()
                .extractingPath("$.errors.toldHow")
                .isEqualTo("Enter how the people affected were told");
        assertThat(api.post(dpo, task, "{\"notToldReason\":\"BECAUSE\",\"explanation\":\"x\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(api.post(dpo, task, "{\"notToldReason\":\"UNINTELLIGIBLE\"}"))
                .bodyJson()
                .extractingPath("$.errors.explanation")
                .isEqualTo("Enter an explanation of the reason");
        assertThat(api.post(dpo, task, "{\"toldOn\":\"%s\",\"toldHow\":\"Letter\"}".formatted(today().plusDays(1))))
                .bodyJson()
                .extractingPath("$.errors.toldOn")
                .isEqualTo("The date people were told must be today or in the past");
        assertThat(api.post(dpo, task, """
                        {"notToldReason":"UNINTELLIGIBLE","explanation":"The laptop was encrypted (BitLocker)"}""")).hasStatus(HttpStatus.NO_CONTENT);

        var read = api.get(dpo, "/api/v1/breaches/" + id);
        assertThat(value(read, "$.notificationTask.notToldReason")).isEqualTo("UNINTELLIGIBLE");
        assertThat(value(read, "$.notificationTask.closedAt")).isNotNull();
        assertThat(organisations.auditDetails(council.id(), "breach.people-told"))
                .containsExactly("SUCCESS:not told: UNINTELLIGIBLE");
    }

    @Test
    void aTaskClosesWithTheDatePeopleWereToldAndHow() {
        String id = api.breach(dpo, appClock.instant().minus(Duration.ofHours(5)));
        api.assess(dpo, id, "HIGH_RISK");
        api.assess(dpo, id, "HIGH_RISK");
        assertThat(api.post(dpo, "/api/v1/breaches/" + id + "/people-told", """
                        {"toldOn":"%s","toldHow":"Letters to the three families"}""".formatted(today())))
                .hasStatus(HttpStatus.NO_CONTENT);
        var read = api.get(dpo, "/api/v1/breaches/" + id);
        assertThat(value(read, "$.notificationTask.toldHow")).isEqualTo("Letters to the three families");
        assertThat(value(read, "$.history[*].entry"))
                .as("one task however often the risk is assessed as high")
                .containsOnlyOnce("Task created");
    }

    @Test
    void closingNeedsTheDecisionRecordedAndFollowed() {
        String id = api.breach(dpo, appClock.instant().minus(Duration.ofHours(5)));
        String close = "/api/v1/breaches/" + id + "/closure";
        assertThat(api.post(dpo, close, "{\"summary\":\"Done\"}"))
                .bodyJson()
                .extractingPath("$.errors.summary")
                .isEqualTo("Record the decision whether to report the breach to the ICO before closing it");
        api.assess(dpo, id, "RISK");
        api.decide(dpo, id, "REPORT");
        assertThat(api.post(dpo, close, "{\"summary\":\"Done\"}"))
                .bodyJson()
                .extractingPath("$.errors.summary")
                .isEqualTo("Record the report to the ICO before closing the breach");
        api.decide(dpo, id, "DO_NOT_REPORT");
        assertThat(api.post(dpo, close, "{}"))
                .bodyJson()
                .extractingPath("$.errors.summary")
                .isEqualTo("Enter a closing summary: the outcome and what was learnt");
        assertThat(api.post(dpo, close, "{\"summary\":\"Contained the same day; staff retrained\"}"))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(value(api.get(dpo, "/api/v1/breaches/" + id), "$.status")).isEqualTo("CLOSED");
        assertThat(api.post(dpo, "/api/v1/breaches/" + id + "/actions", """
                        {"takenOn":"%s","description":"More"}""".formatted(today())))
                .bodyJson()
                .extractingPath("$.errors.description")
                .isEqualTo("This breach is closed");
        assertThat(organisations.auditDetails(council.id(), "breach.closed")).containsExactly("SUCCESS");
    }

    @Test
    void containmentActionsAreADatedLog() {
        String id = api.breach(dpo, appClock.instant().minus(Duration.ofHours(5)));
        assertThat(api.post(dpo, "/api/v1/breaches/" + id + "/actions", "{\"description\":\"Recalled\"}"))
                .bodyJson()
                .extractingPath("$.errors.takenOn")
                .isEqualTo("Enter the date the action was taken");
        assertThat(api.post(dpo, "/api/v1/breaches/" + id + "/actions", """
                        {"takenOn":"%s","description":"Asked the recipient to delete the email"}""".formatted(today())))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(value(api.get(dpo, "/api/v1/breaches/" + id), "$.actions[0].description"))
                .isEqualTo("Asked the recipient to delete the email");
        assertThat(organisations.auditDetails(council.id(), "breach.action-recorded"))
                .containsExactly("SUCCESS");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}
