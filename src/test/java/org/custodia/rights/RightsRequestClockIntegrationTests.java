package org.custodia.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.custodia.platform.StatutoryCalendar;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.Nation;
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

/** The clock of a request through its steps: pauses, the one extension, a fee, refusal, closing. */
@CustodiaTest
class RightsRequestClockIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Clock clock;

    @Autowired
    StatutoryCalendar calendar;

    RequestApi api;
    TestUser dpo;
    LocalDate today;

    @BeforeEach
    void aDpo() {
        api = new RequestApi(mvc);
        TestOrganisation council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        today = UkCalendar.today(clock);
    }

    private LocalDate due(String id) {
        return LocalDate.parse(api.view(dpo, id, "$.clock.dueOn"));
    }

    @Test
    void aRequestIsDueOneMonthFromReceiptInTheOrganisationsNation() {
        String id = api.request(dpo, today.minusDays(3));
        assertThat(due(id)).isEqualTo(calendar.deadline(today.minusDays(3), 0, 0, Nation.ENGLAND));
        assertThat(api.view(dpo, id, "$.status")).isEqualTo("RECEIVED");
        assertThat(api.view(dpo, id, "$.request.requester.name")).isEqualTo("Dana Okafor");
        assertThat(api.view(dpo, id, "$.timeline[0].entry")).startsWith("Request received (letter");
    }

    @Test
    void pausingAndResumingMovesTheDeadlineOnByTheDaysPaused() {
        LocalDate received = today.minusDays(10);
        String id = api.request(dpo, received);
        api.ok(api.post(dpo, "/api/v1/rights-requests/" + id + "/pauses", """
                {"reason":"CLARIFICATION","pausedOn":"%s"}""".formatted(today.minusDays(8))));
        assertThat(api.view(dpo, id, "$.clock.state")).isEqualTo("PAUSED");
        assertThat(api.view(dpo, id, "$.status")).isEqualTo("AWAITING_CLARIFICATION");
        assertThat(api.post(dpo, "/api/v1/rights-requests/" + id + "/pauses", """
                        {"reason":"IDENTITY","pausedOn":"%s"}""".formatted(today)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("The clock is already paused");
        assertThat(api.post(dpo, "/api/v1/rights-requests/" + id + "/resumption", """
                        {"resumedOn":"%s"}""".formatted(today.minusDays(9))))
                .hasStatus(HttpStatus.BAD_REQUEST);
        api.ok(api.post(dpo, "/api/v1/rights-requests/" + id + "/resumption", """
                {"resumedOn":"%s"}""".formatted(today.minusDays(3))));
        assertThat(due(id)).isEqualTo(calendar.deadline(received, 5, 0, Nation.ENGLAND));
        assertThat(api.view(dpo, id, "$.clock.pausedDays")).isEqualTo("5");
        assertThat(api.view(dpo, id, "$.status")).isEqualTo("IN_PROGRESS");
    }

    @Test
    void askingForIdentityPausesTheClockAndTheCheckRestartsIt() {
        LocalDate received = today.minusDays(6);
        String id = api.request(dpo, received);
        api.ok(api.post(dpo, "/api/v1/rights-requests/" + id + "/pauses", """
                {"reason":"IDENTITY","pausedOn":"%s"}""".formatted(received)));
        assertThat(api.post(dpo, "/api/v1/rights-requests/" + id + "/identity", """
                        {"check":"VERIFIED","checkedOn":"%s"}""".formatted(today)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.evidence")
                .isEqualTo("Enter the documents seen, for example a passport and a council tax bill");
        api.ok(api.post(dpo, "/api/v1/rights-requests/" + id + "/identity", """
                {"check":"VERIFIED","evidence":"Passport, seen in person","checkedOn":"%s"}""".formatted(today.minusDays(2))));
        assertThat(due(id)).isEqualTo(calendar.deadline(received, 4, 0, Nation.ENGLAND));
        assertThat(api.view(dpo, id, "$.identity.evidence")).isEqualTo("Passport, seen in person");
        assertThat(api.view(dpo, id, "$.clock.state")).isNotEqualTo("PAUSED");
        assertThat(organisations.auditDetails(dpo.organisation(), "rights-request.identity-recorded"))
                .containsExactly("SUCCESS:VERIFIED");
    }

    @Test
    void theDeadlineIsExtendedOnceOnlyByOneOrTwoMonths() {
        LocalDate received = today.minusDays(5);
        String id = api.request(dpo, received);
        String extend = "/api/v1/rights-requests/" + id + "/extension";
        assertThat(api.post(dpo, extend, """
                        {"months":3,"reason":"Complex","personToldOn":"%s"}""".formatted(today)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Select an extension of one or two months");
        assertThat(api.post(dpo, extend, """
                        {"months":2,"reason":"Records held in three services"}"""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Enter the date the person was told");
        api.ok(api.post(dpo, extend, """
                {"months":2,"reason":"Records held in three services","personToldOn":"%s"}""".formatted(today)));
        assertThat(due(id)).isEqualTo(calendar.deadline(received, 0, 2, Nation.ENGLAND));
        assertThat(api.post(dpo, extend, """
                        {"months":1,"reason":"Still complex","personToldOn":"%s"}""".formatted(today)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("It can be extended only once");
    }

    @Test
    void anExtensionAfterTheFirstMonthIsRefused() {
        String id = api.request(dpo, today.minusMonths(2));
        assertThat(api.post(dpo, "/api/v1/rights-requests/" + id + "/extension", """
                        {"months":1,"reason":"Complex","personToldOn":"%s"}""".formatted(today)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("An extension must be made within the first month");
        assertThat(api.view(dpo, id, "$.clock.state")).isEqualTo("OVERDUE");
        assertThat(api.view(dpo, id, "$.extension")).isNull();
    }

    @Test
    void aFeePausesTheClockUntilItIsPaid() {
        LocalDate received = today.minusDays(4);
        String id = api.request(dpo, received);
        assertThat(api.post(dpo, "/api/v1/rights-requests/" + id + "/fee", """
                        {"pence":2500,"explanation":"Copying"}"""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Select why a fee is charged");
        api.ok(api.post(dpo, "/api/v1/rights-requests/" + id + "/fee", """
                {"reason":"FURTHER_COPIES","pence":2500,"explanation":"Second paper copy: 250 pages"}"""));
        assertThat(api.view(dpo, id, "$.status")).isEqualTo("AWAITING_FEE");
        assertThat(api.view(dpo, id, "$.clock.pausedFor")).isEqualTo("FEE");
        assertThat(api.post(dpo, "/api/v1/rights-requests/" + id + "/resumption", """
                        {"resumedOn":"%s"}""".formatted(today)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("record the fee as paid");
        api.ok(api.post(dpo, "/api/v1/rights-requests/" + id + "/fee-payment", """
                {"paidOn":"%s"}""".formatted(today)));
        assertThat(due(id)).isEqualTo(calendar.deadline(received, 0, 0, Nation.ENGLAND));
        assertThat(api.view(dpo, id, "$.fee.paidOn")).isEqualTo(today.toString());
        assertThat(api.view(dpo, id, "$.status")).isEqualTo("IN_PROGRESS");
        assertThat(organisations.auditDetails(dpo.organisation(), "rights-request.fee-charged"))
                .containsExactly("SUCCESS:FURTHER_COPIES; pence 2500");
    }

    @Test
    void aRefusalNeedsReasonsAndTheRightToComplainAndClosesTheRequest() {
        String id = api.request(dpo, today.minusDays(1));
        String refuse = "/api/v1/rights-requests/" + id + "/refusal";
        assertThat(api.post(dpo, refuse, """
                        {"ground":"MANIFESTLY_EXCESSIVE","reasons":"The fifth identical request this month",
                         "personToldOn":"%s","toldOfRightToComplain":false}""".formatted(today)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.toldOfRightToComplain")
                .isEqualTo("Confirm the person was told of their right to complain to the ICO and to go to court");
        api.ok(api.post(dpo, refuse, """
                {"ground":"MANIFESTLY_EXCESSIVE","reasons":"The fifth identical request this month",
                 "personToldOn":"%s","toldOfRightToComplain":true}""".formatted(today)));
        assertThat(api.view(dpo, id, "$.status")).isEqualTo("CLOSED");
        assertThat(api.view(dpo, id, "$.closing.outcome")).isEqualTo("REFUSED");
        assertThat(api.view(dpo, id, "$.clock.state")).isEqualTo("CLOSED");
        // The words go beside a "Closed" tag: they say when it was due, not "Closed" again.
        assertThat(api.view(dpo, id, "$.clock.inWords")).startsWith("It was due by ");
        String reference = api.view(dpo, id, "$.reference");
        assertThat(api.get(dpo, "/data-protection/rights-requests")).bodyText().doesNotContain(reference);
        assertThat(api.get(dpo, "/data-protection/rights-requests?show=closed"))
                .bodyText()
                .contains(reference);
        assertThat(api.get(dpo, "/data-protection/rights-requests?show=all"))
                .bodyText()
                .contains(reference);
        assertThat(api.post(dpo, "/api/v1/rights-requests/" + id + "/pauses", """
                        {"reason":"CLARIFICATION","pausedOn":"%s"}""".formatted(today)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("This request is closed");
        assertThat(organisations.auditDetails(dpo.organisation(), "rights-request.refused"))
                .containsExactly("SUCCESS:MANIFESTLY_EXCESSIVE");
    }

    @Test
    void aDeceasedPersonsRecordHasNoStatutoryClockButIsTracked() {
        String id = api.request(dpo, today.minusMonths(3), "DECEASED_PERSON_RECORD");
        assertThat(api.view(dpo, id, "$.clock.state")).isEqualTo("NO_STATUTORY_DEADLINE");
        assertThat(api.view(dpo, id, "$.clock.dueOn")).isNull();
        assertThat(api.view(dpo, id, "$.clock.inWords")).startsWith("No statutory deadline");
        assertThat(api.post(dpo, "/api/v1/rights-requests/" + id + "/pauses", """
                        {"reason":"CLARIFICATION","pausedOn":"%s"}""".formatted(today)))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(api.post(dpo, "/api/v1/rights-requests/" + id + "/extension", """
                        {"months":1,"reason":"x","personToldOn":"%s"}""".formatted(today)))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(api.get(dpo, "/api/v1/rights-requests"))
                .bodyJson()
                .extractingPath("$[0].clock.state")
                .isEqualTo("NO_STATUTORY_DEADLINE");
        api.ok(api.post(dpo, "/api/v1/rights-requests/" + id + "/closure", """
                {"outcome":"COMPLETED","summary":"Records shared with the next of kin"}"""));
        assertThat(api.view(dpo, id, "$.status")).isEqualTo("CLOSED");
    }

    @Test
    void theOrganisationsNationDecidesTheBankHolidays() {
        // Received 2 December 2025: due Friday 2 January 2026 in England, Monday 5 January in Scotland.
        LocalDate received = LocalDate.of(2025, 12, 2);
        String english = api.request(dpo, received);
        TestOrganisation scottish = organisations.organisation();
        setNation(scottish, "SCOTLAND");
        TestUser scottishDpo = organisations.user(scottish, Role.DATA_PROTECTION_OFFICER);
        String inScotland = api.request(scottishDpo, received);
        assertThat(due(english)).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(api.view(scottishDpo, inScotland, "$.clock.dueOn")).isEqualTo("2026-01-05");
    }

    @Test
    void closingNeedsAnOutcomeAndASummary() {
        String id = api.request(dpo, today);
        assertThat(api.post(dpo, "/api/v1/rights-requests/" + id + "/closure", "{\"outcome\":\"REFUSED\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.outcome")
                .asString()
                .contains("Refuse the request");
        assertThat(api.view(dpo, id, "$.status")).isEqualTo("RECEIVED");
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private void setNation(TestOrganisation organisation, String nation) {
        jdbc.sql("update organisations set nation = :nation where id = :id")
                .param("nation", nation)
                .param("id", organisation.id().value())
                .update();
    }
}
