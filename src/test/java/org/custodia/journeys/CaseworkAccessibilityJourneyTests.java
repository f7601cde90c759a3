package org.custodia.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.journeys.CaseworkSteps.as;
import static org.custodia.journeys.CaseworkSteps.child;
import static org.custodia.journeys.CaseworkSteps.today;
import static org.custodia.journeys.Journeys.click;
import static org.custodia.journeys.Journeys.errorSummary;
import static org.custodia.journeys.Journeys.heading;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custodia.casework.AttendanceCode;
import org.custodia.casework.AttendanceMark;
import org.custodia.casework.CaseId;
import org.custodia.casework.CaseTeams;
import org.custodia.casework.CaseType;
import org.custodia.casework.Cases;
import org.custodia.casework.LookedAfterChildren;
import org.custodia.casework.People;
import org.custodia.casework.PersonId;
import org.custodia.casework.SensitiveCategory;
import org.custodia.casework.Visit;
import org.custodia.shared.Role;
import org.custodia.testing.Axe;
import org.custodia.testing.Browser;
import org.custodia.testing.JourneyTest;
import org.custodia.testing.TestGrants;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** axe-core finds no serious or critical barrier on a practitioner's casework pages; screenshots of each. */
@JourneyTest
class CaseworkAccessibilityJourneyTests {

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestGrants grants;

    @Autowired
    People people;

    @Autowired
    Cases cases;

    @Autowired
    CaseTeams teams;

    @Autowired
    LookedAfterChildren lookedAfterChildren;

    private final Map<String, List<String>> violations = new LinkedHashMap<>();

    @Test
    void aPractitionersCaseworkPagesHaveNoSeriousViolations(Page page) {
        TestOrganisation council = organisations.organisation();
        TestUser administrator = organisations.administrator(council);
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        TestUser colleague = organisations.user(council, Role.PRACTITIONER);
        grants.grant(administrator, colleague);
        PersonId jayden = as(colleague, () -> people.register(child("Jayden", "Brooks", LocalDate.of(2012, 9, 30))));
        CaseId lookedAfter = as(colleague, () -> aLookedAfterCaseWithItsRecords(jayden, practitioner));
        PersonId mia = as(colleague, () -> people.register(child("Mia", "Castellano", LocalDate.of(2011, 1, 17))));
        CaseId notMine = as(colleague, () -> cases.open(CaseType.PUPIL, mia, null));

        CaseworkSteps.signIn(page, practitioner);
        page.navigate("/cases");
        assertThat(heading(page)).hasText("Your cases");
        check(page, "your cases");
        Browser.screenshot(page, "cases");

        CaseworkSteps.search(page, "Jaden Broks");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jayden Brooks")))
                .isVisible();
        check(page, "search results");
        Browser.screenshot(page, "search-results");
        CaseworkSteps.search(page, "");
        assertThat(errorSummary(page)).isVisible();
        check(page, "search, with errors");

        page.navigate("/people/" + jayden);
        assertThat(CaseworkSteps.summaryValue(page, "Religion or belief")).hasText("Recorded – withheld");
        check(page, "person, values withheld");
        Browser.screenshot(page, "person-withheld");

        page.navigate("/cases/" + lookedAfter);
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Medical or dental appointment");
        check(page, "looked-after child's case, values withheld");
        Browser.screenshot(page, "case-looked-after-withheld");

        click(page, AriaRole.BUTTON, "Record attendance mark");
        assertThat(errorSummary(page)).containsText("Enter the date of the session");
        check(page, "looked-after child's case, attendance with errors");

        click(page, AriaRole.BUTTON, "Record a visit");
        click(page, AriaRole.BUTTON, "Record visit");
        assertThat(errorSummary(page)).containsText("Enter who visited");
        check(page, "record a visit, with errors");
        Browser.screenshot(page, "visit-errors");

        page.navigate("/people/new");
        click(page, AriaRole.BUTTON, "Record person");
        assertThat(errorSummary(page)).containsText("Enter a first name");
        check(page, "record a person, with errors");

        page.navigate("/cases/" + notMine);
        assertThat(heading(page)).hasText("You are not on the team for this case");
        check(page, "break-glass");

        grants.grant(administrator, practitioner);
        page.navigate("/people/" + jayden);
        assertThat(CaseworkSteps.summaryValue(page, "Religion or belief")).hasText("No religion");
        check(page, "person, values shown");
        Browser.screenshot(page, "person");

        page.navigate("/cases/" + lookedAfter);
        assertThat(page.locator(".govuk-summary-card").first()).containsText("settled");
        check(page, "looked-after child's case, values shown");
        Browser.screenshot(page, "case-looked-after");
        assertThat(reflowsAt320Pixels(page, "case-looked-after-320px"))
                .as("the case page fits 320 CSS pixels (WCAG 1.4.10)")
                .isTrue();
        page.navigate("/people/" + jayden);
        assertThat(reflowsAt320Pixels(page, "person-320px"))
                .as("the person page fits 320 CSS pixels (WCAG 1.4.10)")
                .isTrue();

        assertThat(violations)
                .allSatisfy((name, found) -> assertThat(found)
                        .as("serious or critical accessibility violations on the %s page", name)
                        .isEmpty());
    }

    /** Sensitive values, a visit, two attendance marks and a note, so that every part of both pages shows. */
    private CaseId aLookedAfterCaseWithItsRecords(PersonId child, TestUser alsoOnTheTeam) {
        // Special-category data is recorded for the purposes of a case: the case comes first.
        CaseId id = cases.open(CaseType.LOOKED_AFTER_CHILD, child, today());
        people.recordSensitive(child, SensitiveCategory.ETHNICITY, "White and Black Caribbean");
        people.recordSensitive(child, SensitiveCategory.RELIGION_OR_BELIEF, "No religion");
        people.recordSensitive(child, SensitiveCategory.PHYSICAL_HEALTH, "Eczema, uses emollient cream");
        teams.addToTeam(id, alsoOnTheTeam.id());
        lookedAfterChildren.recordVisit(
                id,
                new Visit(
                        null,
                        today(),
                        "Priya Natarajan",
                        "Foster home",
                        true,
                        "Jayden was settled and talked about his football team.",
                        false,
                        null));
        lookedAfterChildren.recordAttendance(
                id, new AttendanceMark(today(), AttendanceMark.Session.AM, AttendanceCode.PRESENT_AM));
        lookedAfterChildren.recordAttendance(
                id, new AttendanceMark(today(), AttendanceMark.Session.PM, AttendanceCode.MEDICAL_APPOINTMENT));
        cases.addNote(id, "Placement stable; review due next month.");
        return id;
    }

    private static boolean reflowsAt320Pixels(Page page, String screenshot) {
        var size = page.viewportSize();
        page.setViewportSize(320, 640);
        boolean fits = (boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        Browser.screenshot(page, screenshot);
        page.setViewportSize(size.width, size.height);
        return fits;
    }

    private void check(Page page, String name) {
        violations.put(name, Axe.seriousViolations(page));
    }
}
