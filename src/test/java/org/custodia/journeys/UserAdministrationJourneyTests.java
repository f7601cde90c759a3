package org.custodia.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.custodia.journeys.Journeys.errorSummary;
import static org.custodia.testing.OrganisationBuilder.anOrganisation;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.custodia.identity.Organisations;
import org.custodia.testing.JourneyTest;
import org.custodia.testing.Mailbox;
import org.custodia.testing.UserBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@JourneyTest
class UserAdministrationJourneyTests {

    @Autowired
    Organisations organisations;

    @Autowired
    Mailbox mailbox;

    @Test
    void anEmptyFormListsEveryMissingAnswerAndEachLinkLeadsToItsField(Page page) {
        Journeys.signedInAdministrator(page, mailbox, organisations, anOrganisation());
        page.navigate("/admin/users/new");

        addUser(page);

        assertThat(errorSummary(page)).containsText("There is a problem");
        assertThat(errorSummary(page).getByRole(AriaRole.LISTITEM)).hasText(new String[] {
            "Enter a first name",
            "Enter a last name",
            "Enter an email address",
            "Enter a job role",
            "Enter a date of birth or confirm the user is aged 16 or over",
            "Select at least one role"
        });
        assertThat(page.locator("#firstName-error")).hasText("Error: Enter a first name");
        errorSummary(page).getByText("Enter a date of birth").click();
        assertThat(page.getByLabel("Day")).isFocused();
        errorSummary(page).getByText("Select at least one role").click();
        assertThat(page.getByLabel("Practitioner")).isFocused();
    }

    @Test
    void someoneUnder16IsRefusedEvenWhenTheirAgeIsConfirmed(Page page) {
        Journeys.signedInAdministrator(page, mailbox, organisations, anOrganisation());
        page.navigate("/admin/users/new");
        LocalDate fifteenYearsAgo = LocalDate.now().minusYears(15);

        page.getByLabel("First name").fill("Leo");
        page.getByLabel("Last name").fill("Marsh");
        page.getByLabel("Email address").fill(UserBuilder.uniqueEmail("Leo", "Marsh"));
        page.getByLabel("Job role").fill("Apprentice");
        page.getByLabel("Day").fill(String.valueOf(fifteenYearsAgo.getDayOfMonth()));
        page.getByLabel("Month").fill(String.valueOf(fifteenYearsAgo.getMonthValue()));
        page.getByLabel("Year").fill(String.valueOf(fifteenYearsAgo.getYear()));
        page.getByLabel("I confirm this user is aged 16 or over").check();
        page.getByLabel("Practitioner").check();
        addUser(page);

        assertThat(errorSummary(page).getByRole(AriaRole.LINK)).hasText("Users must be aged 16 or over");
        assertThat(page.locator("#dateOfBirth-error")).hasText("Error: Users must be aged 16 or over");
        page.navigate("/admin/users");
        assertThat(page.getByRole(AriaRole.TABLE)).not().containsText("Leo Marsh");
    }

    private static void addUser(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user"))
                .click();
    }
}
