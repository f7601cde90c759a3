package org.custodia.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.journeys.Journeys.click;
import static org.custodia.journeys.Journeys.errorSummary;
import static org.custodia.journeys.Journeys.fillDate;
import static org.custodia.journeys.Journeys.heading;
import static org.custodia.journeys.Journeys.successBanner;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.custodia.platform.DevelopmentClock;
import org.custodia.platform.Tenancy;
import org.custodia.retention.RetentionSteps;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.Role;
import org.custodia.testing.Axe;
import org.custodia.testing.JourneyTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The DPO adopts the ready-made schedule, moves the development clock forward six years, and watches
 * pupil records fall due and go, a held one stay, and child death reviews wait for a person's decision.
 */
@JourneyTest
class RetentionJourneyTests {

    @Autowired
    TestOrganisations organisations;

    @Autowired
    DevelopmentClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Tenancy tenancy;

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    RetentionSteps steps;
    TestOrganisation school;
    TestUser dpo;
    LocalDate today;

    @BeforeEach
    void aSchoolWithPupilsAndChildDeathReviews() {
        steps = new RetentionSteps(null, jdbc, transactions, tenancy);
        school = organisations.organisation();
        dpo = organisations.user(school, Role.DATA_PROTECTION_OFFICER);
        today = CaseworkSteps.today();
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void aDpoAdoptsTheScheduleMovesTheClockDisposesReviewsAndHolds(Page page) {
        OrganisationId org = school.id();
        // Pupil records go at 25; these pupils are 20, so they fall due when the clock moves six years.
        UUID leaver = steps.caseOfChildBorn(org, "PUPIL", today.minusYears(20));
        UUID leaverChild = child(leaver);
        UUID secondLeaver = steps.caseOfChildBorn(org, "PUPIL", today.minusYears(20));
        UUID litigated = steps.caseOfChildBorn(org, "PUPIL", today.minusYears(20));
        UUID youngPupil = steps.caseOfChildBorn(org, "PUPIL", today.minusYears(10));
        // Child death reviews closed five years ago: the ready-made rule says review ten years after closure.
        UUID reviewDisposed = closedReview(org, today.minusYears(5));
        UUID reviewKept = closedReview(org, today.minusYears(5));
        UUID reviewHeld = closedReview(org, today.minusYears(5));

        CaseworkSteps.signIn(page, dpo);
        page.navigate("/data-protection/retention");
        assertThat(heading(page)).hasText("Retention schedule");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        click(page, AriaRole.BUTTON, "Adopt the ready-made schedule");
        assertThat(successBanner(page)).containsText("Ready-made schedule adopted");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("School pupil record")))
                .containsText("25");
        assertThat(Axe.seriousViolations(page)).isEmpty();

        click(page, AriaRole.BUTTON, "Run disposal now");
        assertThat(heading(page)).hasText("Disposal certificate", slowly());
        assertThat(page.locator("#run-summary")).containsText("Destroyed0");
        page.navigate("/data-protection/retention/reviews");
        assertThat(page.getByText(reference(reviewDisposed))).hasCount(0);

        placeHoldOnCase(page, litigated);

        page.navigate("/data-protection/retention");
        click(page, AriaRole.LINK, "Move the clock (development only)");
        assertThat(heading(page)).hasText("Move the clock (development only)");
        assertThat(page.locator("#simulated-date")).hasCount(0);
        assertThat(Axe.seriousViolations(page)).isEmpty();
        page.getByLabel("Years forward", EXACT).fill("-1");
        click(page, AriaRole.BUTTON, "Move the clock forward");
        assertThat(errorSummary(page)).containsText("Enter a whole number of years from 0 to 150");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        page.getByLabel("Years forward", EXACT).fill("6");
        page.getByLabel("Days forward", EXACT).fill("0");
        click(page, AriaRole.BUTTON, "Move the clock forward");
        assertThat(successBanner(page)).containsText("Clock moved forward");
        String simulated = new java.util.Formatter()
                .format(
                        "%d %s %d",
                        today.plusYears(6).getDayOfMonth(),
                        month(today.plusYears(6)),
                        today.plusYears(6).getYear())
                .toString();
        assertThat(page.locator("#simulated-today")).hasText(simulated);
        assertThat(page.locator("#clock-today")).hasText(simulated);
        assertThat(Axe.seriousViolations(page)).isEmpty();
        assertThat(organisations.auditDetails(org, "platform.clock-moved"))
                .singleElement()
                .asString()
                .contains("forward 6 years and 0 days");

        page.navigate("/data-protection/retention");
        assertThat(page.locator("#simulated-today")).hasText(simulated);
        // The organisation's usage statistics of the real today (kept 2 years) go too, a day a record.
        long usageDays = steps.count(org, "select count(*) from usage_days where day <= '" + today + "'");
        click(page, AriaRole.BUTTON, "Run disposal now");
        assertThat(heading(page)).hasText("Disposal certificate", slowly());
        assertThat(page.locator("#run-summary")).containsText("Destroyed" + (2 + usageDays));
        assertThat(page.locator("#run-summary")).containsText("Listed for review3");
        assertThat(page.locator("#run-summary")).containsText("Kept under a legal hold1");
        Locator items = page.locator("#certificate-items");
        assertThat(items).containsText(reference(leaver));
        assertThat(items).containsText(leaver.toString());
        assertThat(items).containsText(reference(secondLeaver));
        assertThat(items).not().containsText(reference(litigated));
        assertThat(items).not().containsText("Alexandra");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        assertThat(steps.caseExists(org, leaver)).isFalse();
        assertThat(steps.personExists(org, leaverChild)).isFalse();
        assertThat(steps.caseExists(org, litigated)).isTrue();
        assertThat(steps.caseExists(org, youngPupil)).isTrue();

        page.navigate("/data-protection/retention/reviews");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        decide(page, reviewDisposed, "Dispose of it now", null);
        decide(page, reviewKept, "Keep it for a stated period", "Sibling's case still open");
        decide(page, reviewHeld, "Place a legal hold", "Coroner's inquest awaited");
        assertThat(steps.caseExists(org, reviewDisposed)).isFalse();
        assertThat(steps.caseExists(org, reviewKept)).isTrue();
        assertThat(steps.caseExists(org, reviewHeld)).isTrue();
        assertThat(page.locator("main")).containsText(reviewDisposed.toString());

        page.navigate("/data-protection/retention/clock");
        click(page, AriaRole.BUTTON, "Back to real time");
        assertThat(successBanner(page)).containsText("Clock back to real time");
        assertThat(page.locator("#simulated-date")).hasCount(0);
        assertThat(organisations.auditDetails(org, "platform.clock-reset")).hasSize(1);
    }

    @Test
    void onlyADpoOrAnAdministratorMovesTheClock(Page page) {
        TestUser practitioner = organisations.user(school, Role.PRACTITIONER);
        CaseworkSteps.signIn(page, practitioner);
        assertThat(page.navigate("/data-protection/retention/clock").status()).isEqualTo(403);
        assertThat(clock.shifted()).isFalse();
    }

    private void placeHoldOnCase(Page page, UUID caseId) {
        page.navigate("/data-protection/retention/holds/new");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        page.getByLabel("Case", EXACT).check();
        page.getByLabel("Identifier of the person or case", EXACT).fill(caseId.toString());
        page.getByLabel("Litigation", EXACT).check();
        page.getByLabel("Reason", EXACT).fill("Claim against the school");
        fillDate(page, "Review the hold on", today.plusYears(10));
        click(page, AriaRole.BUTTON, "Place hold");
        assertThat(successBanner(page)).containsText("Legal hold placed");
    }

    private void decide(Page page, UUID caseId, String choice, String reason) {
        page.navigate("/data-protection/retention/reviews");
        click(page, AriaRole.LINK, reference(caseId));
        assertThat(heading(page)).hasText("Review " + reference(caseId));
        page.getByLabel(choice, EXACT).check();
        if (reason != null) {
            page.getByLabel("Reason", EXACT).fill(reason);
        }
        if (choice.startsWith("Keep")) {
            fillDate(page, "If kept: keep until", today.plusYears(8));
        }
        if (choice.startsWith("Place")) {
            page.getByLabel("Inquiry", EXACT).check();
            fillDate(page, "If held: review the hold on", today.plusYears(7));
        }
        assertThat(Axe.seriousViolations(page)).isEmpty();
        click(page, AriaRole.BUTTON, "Record decision");
        assertThat(successBanner(page)).containsText("Decision recorded");
    }

    private UUID closedReview(OrganisationId org, LocalDate closed) {
        UUID child = steps.person(org, today.minusYears(9), closed.minusYears(1));
        return steps.openCase(org, "CHILD_DEATH_REVIEW", child, closed.minusYears(1), closed);
    }

    private UUID child(UUID caseId) {
        return transactions.execute(status -> tenancy.callAs(
                school.id(),
                () -> jdbc.sql("select child_id from cases where id = :id")
                        .param("id", caseId)
                        .query(UUID.class)
                        .single()));
    }

    private static String reference(UUID caseId) {
        return "R-" + caseId.toString().substring(0, 8);
    }

    private static String month(LocalDate date) {
        return date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
    }

    /** A run works in the background; its page refreshes itself until the certificate is there. */
    private static LocatorAssertions.HasTextOptions slowly() {
        return new LocatorAssertions.HasTextOptions().setTimeout(30_000);
    }
}
