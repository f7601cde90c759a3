package org.custodia.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.journeys.Journeys.click;
import static org.custodia.journeys.Journeys.errorSummary;
import static org.custodia.journeys.Journeys.heading;
import static org.custodia.journeys.Journeys.successBanner;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.ZonedDateTime;
import java.util.regex.Pattern;
import org.custodia.shared.Role;
import org.custodia.testing.Axe;
import org.custodia.testing.JourneyTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The DPO records a breach, watches its 72-hour clock, records the decision and closes it. */
@JourneyTest
class BreachJourneyTests {

    @Autowired
    TestOrganisations organisations;

    @Test
    void aDpoRecordsABreachWatchesItsClockDecidesAndClosesIt(Page page) {
        TestUser dpo = organisations.user(organisations.organisation(), Role.DATA_PROTECTION_OFFICER);
        CaseworkSteps.signIn(page, dpo);
        page.navigate("/breaches");
        assertThat(page.getByText("No breaches recorded.")).isVisible();
        click(page, AriaRole.BUTTON, "Record a breach");
        assertThat(heading(page)).hasText("Record a breach");
        assertThat(Axe.seriousViolations(page)).isEmpty();

        page.getByLabel("Title").fill("Review letter sent to the wrong address");
        click(page, AriaRole.BUTTON, "Record breach");
        assertThat(errorSummary(page)).containsText("Enter what happened");
        assertThat(errorSummary(page)).containsText("Enter when the organisation became aware of the breach");
        assertThat(page.getByLabel("Title")).hasValue("Review letter sent to the wrong address");
        assertThat(Axe.seriousViolations(page)).isEmpty();

        page.getByLabel("What happened").fill("A looked-after review letter was posted to a neighbour.");
        page.getByLabel("Not known").check();
        ZonedDateTime aware =
                ZonedDateTime.now(java.time.ZoneId.of("Europe/London")).minusHours(30);
        Locator awareness = page.getByRole(
                AriaRole.GROUP, new Page.GetByRoleOptions().setName("When the organisation became aware"));
        awareness.getByLabel("Day").fill(String.valueOf(aware.getDayOfMonth()));
        awareness.getByLabel("Month").fill(String.valueOf(aware.getMonthValue()));
        awareness.getByLabel("Year").fill(String.valueOf(aware.getYear()));
        awareness.getByLabel("Time").fill(String.format("%02d:%02d", aware.getHour(), aware.getMinute()));
        page.getByLabel("How the breach was discovered").fill("The neighbour phoned the team");
        page.getByLabel("Confidentiality: disclosed to or seen by someone who should not have it")
                .check();
        page.getByLabel("Case records and notes").check();
        page.getByLabel("Children and young people").check();
        page.getByLabel("Approximate number of people affected").fill("2");
        click(page, AriaRole.BUTTON, "Record breach");

        assertThat(successBanner(page)).containsText("Breach recorded");
        assertThat(heading(page)).containsText("Review letter sent to the wrong address");
        String reference = page.locator(".govuk-caption-l").textContent().trim();
        assertThat(reference).matches("BR-[0-9A-F]{8}");
        assertThat(page.locator("#clock")).containsText(Pattern.compile("Running\\s+1 day and 1[78] hours left"));
        assertThat(Axe.seriousViolations(page)).isEmpty();

        click(page, AriaRole.LINK, "Data protection");
        Locator item = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(reference));
        assertThat(item).containsText("Open");
        assertThat(item).containsText("Decide whether to report to the ICO: 1 day and 1");
        item.getByRole(AriaRole.LINK).click();

        click(page, AriaRole.BUTTON, "Assess the risk");
        page.getByLabel("Risk", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Reasons for the assessment").fill("Names and the review date of two children");
        click(page, AriaRole.BUTTON, "Record assessment");
        assertThat(successBanner(page)).containsText("Risk assessment recorded");

        click(page, AriaRole.BUTTON, "Record the decision");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        page.getByLabel("Do not report").check();
        page.getByLabel("Reasons for the decision").fill("The neighbour returned the letter unopened");
        click(page, AriaRole.BUTTON, "Record decision");
        assertThat(page.locator("#clock")).containsText("Stopped: decided not to report to the ICO");

        click(page, AriaRole.BUTTON, "Close the breach");
        page.getByLabel("Closing summary").fill("Letter returned unopened; address checks added to the template");
        click(page, AriaRole.BUTTON, "Close breach");
        assertThat(successBanner(page)).containsText("Breach closed");
        assertThat(heading(page)).containsText("Closed");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("History")))
                .containsText("Decision recorded: do not report");
        assertThat(Axe.seriousViolations(page)).isEmpty();

        page.navigate("/data-protection");
        assertThat(page.getByText(reference)).hasCount(0);
    }
}
