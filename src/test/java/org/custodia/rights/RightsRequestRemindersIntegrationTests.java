package org.custodia.rights;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.custodia.platform.StatutoryCalendar;
import org.custodia.platform.UkCalendar;
import org.custodia.rights.internal.RequestReminders;
import org.custodia.shared.Nation;
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

/** The DPOs are reminded once when a request is due within 5 working days, and once when it is overdue. */
@CustodiaTest
class RightsRequestRemindersIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestClock testClock;

    @Autowired
    Clock clock;

    @Autowired
    StatutoryCalendar calendar;

    @Autowired
    RequestReminders reminders;

    RequestApi api;
    TestOrganisation council;
    TestUser dpo;
    TestUser secondDpo;

    @BeforeEach
    void aCouncilWithTwoDpos() {
        api = new RequestApi(mvc);
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        secondDpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
    }

    @AfterEach
    void resetClock() {
        testClock.reset();
    }

    private void moveTo(LocalDate day) {
        LocalDate today = UkCalendar.today(clock);
        testClock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today, day)));
    }

    @Test
    void remindersGoOnceWhenDueSoonAndOnceWhenOverdue() throws Exception {
        LocalDate received = UkCalendar.today(clock);
        String id = api.request(dpo, received);
        String reference = new RightsRequestId(UUID.fromString(id)).reference();
        LocalDate due = calendar.deadline(received, 0, 0, Nation.ENGLAND);

        reminders.sendDue();
        assertThat(to(dpo, reference)).isZero();

        moveTo(due.minusDays(2));
        assertThat(api.view(dpo, id, "$.clock.state")).isEqualTo("DUE_THIS_WEEK");
        assertThat(api.get(dpo, "/data-protection")).bodyText().contains("1 rights request due this week");
        reminders.sendDue();
        reminders.sendDue();
        assertThat(to(dpo, reference)).isEqualTo(1);
        assertThat(to(secondDpo, reference)).isEqualTo(1);
        assertThat(subjects(dpo))
                .contains("Custodia: rights request " + reference + " is due by " + RequestClock.format(due));

        moveTo(due.plusDays(1));
        reminders.sendDue();
        reminders.sendDue();
        assertThat(to(dpo, reference)).isEqualTo(2);
        assertThat(subjects(dpo)).contains("Custodia: rights request " + reference + " is overdue");
        assertThat(organisations.auditDetails(council.id(), "rights-request.reminder-sent"))
                .containsExactly("SUCCESS:due within 5 working days; recipients: 2", "SUCCESS:overdue; recipients: 2");
    }

    @Test
    void aPausedOrClosedRequestSendsNoReminder() throws Exception {
        LocalDate received = UkCalendar.today(clock);
        String paused = api.request(dpo, received);
        api.ok(api.post(dpo, "/api/v1/rights-requests/" + paused + "/pauses", """
                {"reason":"IDENTITY","pausedOn":"%s"}""".formatted(received)));
        String closed = api.request(dpo, received);
        api.ok(api.post(dpo, "/api/v1/rights-requests/" + closed + "/closure", """
                {"outcome":"WITHDRAWN","summary":"The requester withdrew it"}"""));
        moveTo(calendar.deadline(received, 0, 0, Nation.ENGLAND).plusDays(3));
        reminders.sendDue();
        assertThat(to(dpo, new RightsRequestId(UUID.fromString(paused)).reference()))
                .isZero();
        assertThat(to(dpo, new RightsRequestId(UUID.fromString(closed)).reference()))
                .isZero();
    }

    private static long to(TestUser user, String reference) {
        return Arrays.stream(mail.getReceivedMessagesForDomain(user.email()))
                .filter(message -> GreenMailUtil.getBody(message).contains(reference))
                .count();
    }

    private static List<String> subjects(TestUser user) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessagesForDomain(user.email())) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }
}
