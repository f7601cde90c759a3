package org.custodia.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.custodia.journeys.CaseworkSteps.as;
import static org.custodia.journeys.CaseworkSteps.child;
import static org.custodia.journeys.CaseworkSteps.summaryValue;
import static org.custodia.journeys.CaseworkSteps.today;
import static org.custodia.journeys.Journeys.click;
import static org.custodia.journeys.Journeys.fillDate;
import static org.custodia.journeys.Journeys.heading;
import static org.custodia.journeys.Journeys.successBanner;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.custodia.casework.CaseId;
import org.custodia.casework.CaseTeams;
import org.custodia.casework.CaseType;
import org.custodia.casework.Cases;
import org.custodia.casework.People;
import org.custodia.casework.PersonId;
import org.custodia.casework.SensitiveCategory;
import org.custodia.shared.Role;
import org.custodia.testing.JourneyTest;
import org.custodia.testing.TestGrants;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Special-category values stay withheld until the administrator records training and gives a grant. */
@JourneyTest
class CaseworkSensitiveDataJourneyTests {

    private static final String RELIGION = "Quaker";
    private static final String HEALTH = "Asthma: carries a blue reliever inhaler";

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

    @Test
    void valuesWithheldFromAPractitionerAreShownOnceTheAdministratorRecordsTrainingAndGivesAGrant(Page page) {
        TestOrganisation council = organisations.organisation();
        TestUser administrator = organisations.administrator(council);
        TestUser colleague = organisations.user(council, Role.PRACTITIONER);
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        grants.grant(administrator, colleague);
        PersonId oliver =
                as(colleague, () -> people.register(child("Oliver", "Pennington", LocalDate.of(2014, 11, 2))));
        as(colleague, () -> {
            // Special-category data is recorded for the purposes of a case: the case comes first.
            CaseId lookedAfter = cases.open(CaseType.LOOKED_AFTER_CHILD, oliver, null);
            people.recordSensitive(oliver, SensitiveCategory.RELIGION_OR_BELIEF, RELIGION);
            people.recordSensitive(oliver, SensitiveCategory.PHYSICAL_HEALTH, HEALTH);
            teams.addToTeam(lookedAfter, practitioner.id());
        });

        CaseworkSteps.signIn(page, practitioner);
        page.navigate("/people/" + oliver);
        assertThat(heading(page)).hasText("Oliver Pennington");
        assertThat(page.locator(".govuk-inset-text")).containsText("Values are withheld");
        assertThat(summaryValue(page, "Religion or belief")).hasText("Recorded – withheld");
        assertThat(summaryValue(page, "Physical health")).hasText("Recorded – withheld");
        assertThat(summaryValue(page, "Ethnicity")).hasText("Not recorded");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save sensitive information")))
                .hasCount(0);

        try (BrowserContext administratorsBrowser = CaseworkSteps.anotherBrowser(page)) {
            Page admin = administratorsBrowser.newPage();
            CaseworkSteps.signIn(admin, administrator);
            admin.navigate("/admin/users/" + practitioner.id().value());
            assertThat(summaryValue(admin, "Required training")).hasText("Not current");
            addTrainingRecord(admin, "Data protection and information governance");
            addTrainingRecord(admin, "Safeguarding children level 3");
            assertThat(summaryValue(admin, "Required training")).hasText("Current");

            admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change access to sensitive data"))
                    .click();
            admin.getByLabel("Why does this user need access to sensitive data?")
                    .fill("Allocated social worker for looked-after children");
            click(admin, AriaRole.BUTTON, "Give access");
            assertThat(successBanner(admin)).containsText("Access to sensitive data given");
        }

        page.reload();
        assertThat(page.locator(".govuk-inset-text")).hasCount(0);
        assertThat(summaryValue(page, "Religion or belief")).hasText(RELIGION);
        assertThat(summaryValue(page, "Physical health")).hasText(HEALTH);
        assertThat(page.locator("#sensitive")).not().containsText("withheld");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save sensitive information")))
                .isVisible();
    }

    private static void addTrainingRecord(Page admin, String course) {
        click(admin, AriaRole.BUTTON, "Add a training record");
        assertThat(heading(admin)).hasText("Add a training record");
        admin.getByLabel(course).check();
        fillDate(admin, "Date completed", today().minusMonths(2));
        fillDate(admin, "Expiry date", today().plusYears(1));
        click(admin, AriaRole.BUTTON, "Save training record");
        assertThat(successBanner(admin)).containsText("Training record added");
        assertThat(admin.getByRole(AriaRole.TABLE)).containsText(course);
    }
}
