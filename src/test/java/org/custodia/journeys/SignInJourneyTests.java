package org.custodia.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.custodia.journeys.Journeys.PASSWORD;
import static org.custodia.journeys.Journeys.errorSummary;
import static org.custodia.journeys.Journeys.heading;
import static org.custodia.journeys.Journeys.setPasswordFromInvitation;
import static org.custodia.journeys.Journeys.signIn;
import static org.custodia.testing.OrganisationBuilder.anOrganisation;
import static org.custodia.testing.UserBuilder.aUser;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.custodia.identity.Organisations;
import org.custodia.testing.JourneyTest;
import org.custodia.testing.Mailbox;
import org.custodia.testing.OrganisationBuilder.RegisteredOrganisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@JourneyTest
class SignInJourneyTests {

    @Autowired
    Organisations organisations;

    @Autowired
    Mailbox mailbox;

    @Test
    void aWrongPasswordIsExplainedInTheErrorSummaryWhoseLinkLeadsToTheField(Page page) {
        RegisteredOrganisation organisation = anOrganisation().registerWith(organisations);
        String email = organisation.administrator().email();
        setPasswordFromInvitation(page, mailbox, email);

        signIn(page, organisation.code(), email, "Not the password I chose at all");

        assertThat(errorSummary(page)).containsText("There is a problem");
        Locator problem = errorSummary(page).getByRole(AriaRole.LINK);
        assertThat(problem).hasText("Enter a correct Organisation ID, email address and password");
        assertThat(page.getByLabel("Organisation ID"))
                .hasAccessibleDescription(Pattern.compile("Error:\\s+Enter a correct Organisation ID"));
        problem.click();
        assertThat(page.getByLabel("Organisation ID")).isFocused();
        assertThat(page.getByLabel("Organisation ID")).hasValue(organisation.code());
        assertThat(page.getByLabel("Password")).isEmpty();
    }

    @Test
    void anEmptyFormIsExplainedInCustodiasOwnTypefaceNotGovUks(Page page) {
        page.navigate("/sign-in");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign in").setExact(true))
                .click();

        Locator problems = errorSummary(page).getByRole(AriaRole.LINK);
        assertThat(problems)
                .hasText(
                        new String[] {"Enter your Organisation ID", "Enter your email address", "Enter your password"});
        assertThat(problems.first()).not().hasCSS("font-family", Pattern.compile(".*GDS Transport.*"));
    }

    @Test
    void theFormCanBeCompletedAndSentWithTheKeyboardAlone(Page page) {
        RegisteredOrganisation organisation = anOrganisation()
                .administeredBy(aUser().named("Tomasz", "Nowak"))
                .registerWith(organisations);
        setPasswordFromInvitation(page, mailbox, organisation.administrator().email());
        Keyboard keyboard = page.keyboard();

        tabTo(page, page.getByLabel("Organisation ID"));
        keyboard.type(organisation.code());
        keyboard.press("Tab");
        assertThat(page.getByLabel("Email address")).isFocused();
        keyboard.type(organisation.administrator().email());
        keyboard.press("Tab");
        assertThat(page.getByLabel("Password")).isFocused();
        keyboard.type(PASSWORD);
        keyboard.press("Enter");

        assertThat(heading(page)).hasText("Welcome, Tomasz Nowak");
    }

    /** Presses Tab from the top of the page until the field has focus, as a keyboard user would. */
    private static void tabTo(Page page, Locator field) {
        for (int presses = 0; presses < 10; presses++) {
            page.keyboard().press("Tab");
            if ((boolean) field.evaluate("element => element === document.activeElement")) {
                return;
            }
        }
        throw new AssertionError("Ten presses of Tab never reached " + field);
    }
}
