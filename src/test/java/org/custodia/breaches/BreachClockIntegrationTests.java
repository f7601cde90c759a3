package org.custodia.breaches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.custodia.breaches.internal.BreachReminders;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestClock;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The 72-hour clock as time passes: the dashboard's urgency and the reminders to the DPOs. */
@CustodiaTest
class BreachClockIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestClock clock;

    @Autowired
    Clock appClock;

    @Autowired
    BreachReminders reminders;

    BreachSteps api;
    TestOrganisation council;
    TestUser dpo;
    TestUser secondDpo;

    @BeforeEach
    void aCouncilWithTwoDpos() {
        api = new BreachSteps(mvc);
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        secondDpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        organisations.user(council, Role.PRACTITIONER);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String dashboard() {
        try {
            return mvc.get()
                    .uri("/data-protection")
                    .with(authentication(dpo.authentication()))
                    .exchange()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
                    .replaceAll("\\s+", " ");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theDashboardShowsOpenThenDueSoonThenOverdueAndNothingOnceDecided() {
        Instant aware = appClock.instant();
        String id = api.breach(dpo, aware);
        String reference = "BR-" + id.substring(0, 8).toUpperCase();

        assertThat(dashboard())
                .contains(reference)
                .contains("Open</strong> <span>Decide whether to report to the ICO: 2 days and 23 hours left");
        clock.advance(Duration.ofHours(48).plusMinutes(1));
        assertThat(dashboard())
                .contains("Due soon</strong> <span>Decide whether to report to the ICO: 23 hours and 58 minutes left");
        clock.advance(Duration.ofHours(24));
        assertThat(dashboard()).contains("Overdue</strong> <span>Decide whether to report to the ICO: overdue by");

        api.assess(dpo, id, "RISK");
        api.decide(dpo, id, "REPORT");
        assertThat(dashboard()).contains("Report to the ICO: overdue by");
        api.decide(dpo, id, "DO_NOT_REPORT");
        assertThat(dashboard()).doesNotContain(reference);
    }

    @Test
    void anOpenTellThePeopleTaskIsOnTheDashboard() {
        String id = api.breach(dpo, appClock.instant());
        api.assess(dpo, id, "HIGH_RISK");
        api.decide(dpo, id, "REPORT");
        api.post(dpo, "/api/v1/breaches/" + id + "/ico-report", """
                {"reportedAt":"%s","icoReference":"IC-9"}""".formatted(appClock.instant()));
        assertThat(dashboard()).contains("High risk: tell the people affected without undue delay");
    }

    @Test
    void theDposAreRemindedOnceWhenTwentyFourHoursRemainAndOnceWhenTheDeadlinePasses() throws Exception {
        String id = api.breach(dpo, appClock.instant());
        String reference = "BR-" + id.substring(0, 8).toUpperCase();

        reminders.sendDue();
        assertThat(to(dpo, reference)).isZero();

        clock.advance(Duration.ofHours(48).plusMinutes(1));
        reminders.sendDue();
        reminders.sendDue();
        assertThat(to(dpo, reference)).isEqualTo(1);
        assertThat(to(secondDpo, reference)).isEqualTo(1);
        assertThat(subjects(dpo)).contains("Custodia: 24 hours left to report breach " + reference + " to the ICO");

        clock.advance(Duration.ofHours(24));
        reminders.sendDue();
        reminders.sendDue();
        assertThat(to(dpo, reference)).isEqualTo(2);
        assertThat(subjects(dpo)).contains("Custodia: breach " + reference + " is past its 72-hour ICO deadline");
        assertThat(organisations.auditDetails(council.id(), "breach.reminder-sent"))
                .containsExactly("SUCCESS:24 hours left; recipients: 2", "SUCCESS:overdue; recipients: 2");
    }

    @Test
    void noReminderOnceTheDecisionIsNotToReport() {
        String id = api.breach(dpo, appClock.instant());
        api.assess(dpo, id, "NO_RISK_LIKELY");
        api.decide(dpo, id, "DO_NOT_REPORT");
        clock.advance(Duration.ofHours(80));
        reminders.sendDue();
        assertThat(to(dpo, "BR-" + id.substring(0, 8).toUpperCase())).isZero();
    }

    private static long to(TestUser user, String reference) {
        return Arrays.stream(mail.getReceivedMessagesForDomain(user.email()))
                .filter(message -> GreenMailUtil.getBody(message).contains(reference))
                .count();
    }

    private static java.util.List<String> subjects(TestUser user) throws Exception {
        java.util.List<String> subjects = new java.util.ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessagesForDomain(user.email())) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }
}
