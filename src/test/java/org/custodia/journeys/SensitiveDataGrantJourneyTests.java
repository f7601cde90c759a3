package org.custodia.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.journeys.Journeys.click;
import static org.custodia.journeys.Journeys.errorSummary;
import static org.custodia.journeys.Journeys.fillDate;
import static org.custodia.journeys.Journeys.heading;
import static org.custodia.journeys.Journeys.successBanner;
import static org.custodia.testing.OrganisationBuilder.anOrganisation;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custodia.identity.Organisations;
import org.custodia.testing.Axe;
import org.custodia.testing.Browser;
import org.custodia.testing.JourneyTest;
import org.custodia.testing.Mailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator records training, is refused a grant while a course is missing, then gives it. */
@JourneyTest
class SensitiveDataGrantJourneyTests {

    @Autowired
    Organisations organisations;

    @Autowired
    Mailbox mailbox;

    private final Map<String, List<String>> violations = new LinkedHashMap<>();

    @Test
    void aGrantIsRefusedUntilEveryRequiredCourseIsCurrentThenGiven(Page page) {
        var registered = Journeys.signedInAdministrator(page, mailbox, organisations, anOrganisation());
        page.navigate("/admin/training");
        check(page, "required training");
        page.navigate("/admin/users");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(Journeys.fullName(registered.administrator())))
                .click();
        check(page, "user");

        click(page, AriaRole.BUTTON, "Add a training record");
        click(page, AriaRole.BUTTON, "Save training record");
        assertThat(errorSummary(page)).containsText("Select the course");
        check(page, "add a training record, with errors");
        Browser.screenshot(page, "training-record-errors");
        page.getByLabel("Data protection and information governance").check();
        fillDate(page, "Date completed", LocalDate.now().minusMonths(1));
        fillDate(page, "Expiry date", LocalDate.now().plusYears(1));
        click(page, AriaRole.BUTTON, "Save training record");
        assertThat(successBanner(page)).containsText("Training record added");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change access to sensitive data"))
                .click();
        page.getByLabel("Why does this user need access to sensitive data?").fill("Leads the children in care team");
        click(page, AriaRole.BUTTON, "Give access");
        assertThat(errorSummary(page)).containsText("Safeguarding children level 3 (no record)");
        check(page, "access to sensitive data, refused");
        Browser.screenshot(page, "sensitive-data-grant-refused");

        click(page, AriaRole.LINK, "Add a training record");
        page.getByLabel("Safeguarding children level 3").check();
        fillDate(page, "Date completed", LocalDate.now().minusMonths(1));
        fillDate(page, "Expiry date", LocalDate.now().plusMonths(6));
        click(page, AriaRole.BUTTON, "Save training record");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change access to sensitive data"))
                .click();
        page.getByLabel("Why does this user need access to sensitive data?").fill("Leads the children in care team");
        click(page, AriaRole.BUTTON, "Give access");
        assertThat(successBanner(page)).containsText("Access to sensitive data given");
        Browser.screenshot(page, "user-with-grant");

        click(page, AriaRole.LINK, "Sensitive data access");
        assertThat(heading(page)).hasText("Who has access to sensitive data");
        assertThat(page.getByRole(AriaRole.TABLE))
                .containsText(registered.administrator().email());
        check(page, "who has access to sensitive data");
        Browser.screenshot(page, "sensitive-data-grants");

        assertThat(violations)
                .allSatisfy((name, found) -> assertThat(found)
                        .as("serious or critical accessibility violations on the %s page", name)
                        .isEmpty());
    }

    private void check(Page page, String name) {
        violations.put(name, Axe.seriousViolations(page));
    }
}
