package org.custodia.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.custodia.journeys.CaseworkSteps.openCase;
import static org.custodia.journeys.CaseworkSteps.search;
import static org.custodia.journeys.CaseworkSteps.summaryValue;
import static org.custodia.journeys.CaseworkSteps.today;
import static org.custodia.journeys.Journeys.click;
import static org.custodia.journeys.Journeys.errorSummary;
import static org.custodia.journeys.Journeys.fillDate;
import static org.custodia.journeys.Journeys.heading;
import static org.custodia.journeys.Journeys.successBanner;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.custodia.shared.Role;
import org.custodia.testing.JourneyTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A practitioner's day: record a child, find them again, open cases and keep their records. */
@JourneyTest
class CaseworkJourneyTests {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Autowired
    TestOrganisations organisations;

    @Test
    void aPractitionerRecordsAChildFindsThemDespiteTyposAndOpensACaseOfEachType(Page page) {
        TestUser practitioner = organisations.user(organisations.organisation(), Role.PRACTITIONER);
        CaseworkSteps.signIn(page, practitioner);
        page.navigate("/cases");
        assertThat(page.getByText("You are not on the team of any case yet.")).isVisible();

        click(page, AriaRole.LINK, "Record a new person");
        recordPerson(page, "Maisie", "Fairweather", LocalDate.of(2015, 2, 14), null);
        assertThat(summaryValue(page, "Date of birth")).hasText("14 February 2015");

        assertThat(search(page, "Maisy Fairwether").getByRole(AriaRole.LISTITEM))
                .hasText(new String[] {"Maisie Fairweather, born 14 February 2015"});
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("1 person found")))
                .isVisible();
        search(page, "Fairweather Maisie")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Maisie Fairweather"))
                .click();
        assertThat(heading(page)).hasText("Maisie Fairweather");
        String lookedAfter = openCase(page, "Looked-after child");
        assertThat(heading(page)).hasText(Pattern.compile("LAC-[0-9A-F]{8}"));

        click(page, AriaRole.LINK, "Maisie Fairweather");
        String pupil = openCase(page, "Pupil");
        assertThat(heading(page)).hasText(Pattern.compile("PUP-[0-9A-F]{8}"));

        page.navigate("/people/new");
        recordPerson(page, "Rowan", "Ashdown", LocalDate.of(2019, 5, 3), LocalDate.of(2025, 1, 14));
        assertThat(heading(page)).hasText("Rowan Ashdown Deceased");
        assertThat(summaryValue(page, "Date of death")).hasText("14 January 2025");
        String review = openCase(page, "Child death review");
        assertThat(heading(page)).hasText(Pattern.compile("CDR-[0-9A-F]{8}"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Case notes")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record a visit")))
                .hasCount(0);
        assertThat(page.getByText("School attendance")).hasCount(0);

        page.navigate("/cases");
        Locator rows = page.getByRole(AriaRole.TABLE).locator("tbody tr");
        assertThat(rows).hasCount(3);
        assertThat(rows.filter(new Locator.FilterOptions().setHasText(lookedAfter)))
                .containsText("Looked-after child Maisie Fairweather");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText(pupil))).containsText("Pupil Maisie Fairweather");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText(review)))
                .containsText("Child death review Rowan Ashdown Deceased");
    }

    @Test
    void onALookedAfterChildsCaseAPractitionerRecordsAVisitAndAnAttendanceMark(Page page) {
        TestUser practitioner = organisations.user(organisations.organisation(), Role.PRACTITIONER);
        CaseworkSteps.signIn(page, practitioner);
        page.navigate("/people/new");
        recordPerson(page, "Jayden", "Okonkwo-Reid", LocalDate.of(2012, 9, 30), null);
        String reference = openCase(page, "Looked-after child");
        assertThat(page.getByText("No visits recorded.")).isVisible();
        assertThat(page.getByText("No marks this month.")).isVisible();

        click(page, AriaRole.BUTTON, "Record a visit");
        assertThat(heading(page)).hasText("Record a statutory visit");
        fillDate(page, "Date of the visit", today());
        page.getByLabel("Where the visit took place").fill("Foster home, Ashford Road");
        page.getByLabel("The child was seen alone").check();
        page.getByLabel("Summary").fill("Jayden showed me his new bedroom and talked about football practice.");
        click(page, AriaRole.BUTTON, "Record visit");
        assertThat(errorSummary(page).getByRole(AriaRole.LINK)).hasText("Enter who visited");
        assertThat(page.getByLabel("Summary"))
                .hasValue("Jayden showed me his new bedroom and talked about football practice.");
        assertThat(page.getByLabel("The child was seen alone")).isChecked();
        page.getByLabel("Who visited").fill("Priya Natarajan");
        click(page, AriaRole.BUTTON, "Record visit");

        assertThat(successBanner(page)).containsText("Visit recorded");
        assertThat(heading(page)).hasText(reference);
        Locator visit =
                page.locator(".govuk-summary-card").filter(new Locator.FilterOptions().setHasText("Priya Natarajan"));
        assertThat(visit.getByRole(AriaRole.HEADING)).hasText(UK_DATE.format(today()) + " – Priya Natarajan");
        assertThat(visit).containsText("Foster home, Ashford Road");
        assertThat(visit.locator(".govuk-summary-list__row").nth(1)).containsText("Yes");
        // Free text is sensitive: this practitioner holds no grant, so the summary stays withheld.
        assertThat(visit.locator(".govuk-summary-list__row").nth(2)).containsText("Recorded – withheld");

        Locator date = page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true));
        click(page, AriaRole.BUTTON, "Record attendance mark");
        assertThat(errorSummary(page).getByRole(AriaRole.LINK))
                .hasText("Enter the date of the session, today or in the past");
        assertThat(date).hasAccessibleDescription("Error: Enter the date of the session, today or in the past");
        errorSummary(page).getByRole(AriaRole.LINK).click();
        assertThat(date).isFocused();
        date.fill(today().toString());
        page.getByLabel("Session").selectOption(new SelectOption().setLabel("Afternoon"));
        page.getByLabel("Mark").selectOption(new SelectOption().setLabel("M – Medical or dental appointment"));
        click(page, AriaRole.BUTTON, "Record attendance mark");

        assertThat(successBanner(page)).containsText("Attendance mark recorded");
        assertThat(page.getByRole(AriaRole.TABLE).locator("tbody tr"))
                .hasText(
                        new String[] {UK_DATE.format(today()) + " Afternoon M – Medical or dental appointment"},
                        new LocatorAssertions.HasTextOptions().setUseInnerText(true));
    }

    private static void recordPerson(Page page, String firstName, String lastName, LocalDate born, LocalDate died) {
        assertThat(heading(page)).hasText("Record a person");
        page.getByLabel("First name").fill(firstName);
        page.getByLabel("Last name").fill(lastName);
        fillDate(page, "Date of birth (optional)", born);
        if (died != null) {
            fillDate(page, "Date of death, if the person has died (optional)", died);
        }
        click(page, AriaRole.BUTTON, "Record person");
        assertThat(successBanner(page)).containsText("Person recorded");
    }
}
