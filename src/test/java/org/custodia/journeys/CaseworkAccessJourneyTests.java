package org.custodia.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.journeys.CaseworkSteps.as;
import static org.custodia.journeys.CaseworkSteps.child;
import static org.custodia.journeys.Journeys.click;
import static org.custodia.journeys.Journeys.errorSummary;
import static org.custodia.journeys.Journeys.heading;
import static org.custodia.journeys.Journeys.successBanner;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.custodia.casework.CaseId;
import org.custodia.casework.CaseType;
import org.custodia.casework.Cases;
import org.custodia.casework.People;
import org.custodia.casework.PersonId;
import org.custodia.shared.Role;
import org.custodia.testing.Axe;
import org.custodia.testing.Browser;
import org.custodia.testing.JourneyTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Need-to-know in the browser: colleagues open a case only on a recorded reason; other organisations never. */
@JourneyTest
class CaseworkAccessJourneyTests {

    @Autowired
    TestOrganisations organisations;

    @Autowired
    People people;

    @Autowired
    Cases cases;

    private final Map<String, List<String>> violations = new LinkedHashMap<>();

    TestOrganisation council;
    PersonId lily;
    CaseId lookedAfter;

    @BeforeEach
    void aLookedAfterChildsCaseWithItsTeam() {
        council = organisations.organisation();
        TestUser allocated = organisations.user(council, Role.PRACTITIONER);
        lily = as(allocated, () -> people.register(child("Lily", "Evans", LocalDate.of(2013, 6, 1))));
        lookedAfter = as(allocated, () -> cases.open(CaseType.LOOKED_AFTER_CHILD, lily, null));
    }

    @Test
    void aColleagueOutsideTheTeamGivesAReasonToOpenTheCaseAndTheDpoMarksItJustified(Page page) {
        TestUser colleague = organisations.user(council, Role.PRACTITIONER);
        CaseworkSteps.signIn(page, colleague);

        assertThat(page.navigate("/cases/" + lookedAfter).status()).isEqualTo(403);
        assertThat(heading(page)).hasText("You are not on the team for this case");
        check(page, "break-glass");
        Browser.screenshot(page, "break-glass");
        Locator reason = page.getByLabel("Why do you need to open this case?");
        reason.fill("Duty desk");
        click(page, AriaRole.BUTTON, "Record my reason and open the case");
        assertThat(errorSummary(page)).containsText("There is a problem");
        assertThat(errorSummary(page).getByRole(AriaRole.LINK))
                .hasText("Explain why you need this case, in 10 to 500 characters");
        assertThat(reason).hasValue("Duty desk");
        check(page, "break-glass, with errors");
        Browser.screenshot(page, "break-glass-errors");
        errorSummary(page).getByRole(AriaRole.LINK).click();
        assertThat(reason).isFocused();

        reason.fill("Covering the duty desk: the school reported a safeguarding concern today");
        click(page, AriaRole.BUTTON, "Record my reason and open the case");
        assertThat(heading(page)).hasText(Pattern.compile("LAC-[0-9A-F]{8}"));
        String reference = heading(page).textContent().trim();
        assertThat(page.locator(".govuk-inset-text")).containsText("You opened this case on a recorded reason");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lily Evans"))
                .click();
        assertThat(heading(page)).hasText("Lily Evans");

        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        try (BrowserContext dposBrowser = CaseworkSteps.anotherBrowser(page)) {
            Page dposPage = dposBrowser.newPage();
            CaseworkSteps.signIn(dposPage, dpo);
            click(dposPage, AriaRole.LINK, "Break-glass reviews");
            assertThat(heading(dposPage)).hasText("Cases opened outside their teams");
            Locator opening = dposPage.locator(".govuk-summary-card");
            assertThat(opening.getByRole(AriaRole.HEADING)).containsText(reference + " opened by Test User");
            assertThat(opening.getByRole(AriaRole.HEADING)).containsText(colleague.email());
            assertThat(opening)
                    .containsText("Covering the duty desk: the school reported a safeguarding concern today");
            check(dposPage, "break-glass reviews");
            Browser.screenshot(dposPage, "break-glass-reviews");

            // Each decision button names the opening it decides, for screen reader users listing buttons.
            opening.getByRole(
                            AriaRole.BUTTON,
                            new Locator.GetByRoleOptions()
                                    .setName(Pattern.compile("^Justified\\s+– " + reference + " opened by")))
                    .click();
            assertThat(successBanner(dposPage)).containsText("Marked as justified");
            assertThat(dposPage.getByText("Nothing is waiting for review.")).isVisible();
        }
        assertThat(organisations.auditDetails(council.id(), "break-glass.reviewed"))
                .containsExactly("SUCCESS:justified");

        assertThat(violations)
                .allSatisfy((name, found) -> assertThat(found)
                        .as("serious or critical accessibility violations on the %s page", name)
                        .isEmpty());
    }

    @Test
    void aPractitionerOfAnotherOrganisationFindsNeitherThePersonNorTheCase(Page page) {
        TestUser outsider = organisations.user(organisations.organisation(), Role.PRACTITIONER);
        CaseworkSteps.signIn(page, outsider);

        for (String address :
                List.of("/people/" + lily, "/cases/" + lookedAfter, "/cases/" + lookedAfter + "/visits/new")) {
            assertThat(page.navigate(address).status()).as(address).isEqualTo(404);
            assertThat(heading(page)).hasText("Page not found");
        }
        assertThat(CaseworkSteps.search(page, "Lily Evans")).hasCount(0);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("0 people found")))
                .isVisible();
    }

    private void check(Page page, String name) {
        violations.put(name, Axe.seriousViolations(page));
    }
}
