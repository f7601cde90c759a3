package org.custodia.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.custodia.identity.Organisations;
import org.custodia.identity.UserDetails;
import org.custodia.testing.Mailbox;
import org.custodia.testing.OrganisationBuilder;
import org.custodia.testing.OrganisationBuilder.RegisteredOrganisation;

/** Steps that many journeys share, taken as a person would: by labels, buttons and visible text. */
final class Journeys {

    /** Long, uncommon and free of any email or Organisation ID, as the password policy asks. */
    static final String PASSWORD = "Quiet harbour, plum kettle 47";

    private Journeys() {}

    /** Registers the organisation, then its administrator sets a password from the email and signs in. */
    static RegisteredOrganisation signedInAdministrator(
            Page page, Mailbox mailbox, Organisations organisations, OrganisationBuilder organisation) {
        RegisteredOrganisation registered = organisation.registerWith(organisations);
        UserDetails administrator = registered.administrator();
        setPasswordFromInvitation(page, mailbox, administrator.email());
        signIn(page, registered.code(), administrator.email(), PASSWORD);
        assertThat(heading(page)).hasText("Welcome, " + fullName(administrator));
        return registered;
    }

    static void setPasswordFromInvitation(Page page, Mailbox mailbox, String email) {
        page.navigate(mailbox.setPasswordLinkSentTo(email));
        assertThat(heading(page)).hasText("Set your password");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByLabel("Confirm password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password"))
                .click();
        assertThat(page.locator(".govuk-notification-banner"))
                .containsText("Your password has been set. You can now sign in");
    }

    static void signIn(Page page, String organisationId, String email, String password) {
        page.navigate("/sign-in");
        page.getByLabel("Organisation ID").fill(organisationId);
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign in").setExact(true))
                .click();
    }

    static void signOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("You have signed out");
    }

    static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    static Locator errorSummary(Page page) {
        return page.locator(".govuk-error-summary");
    }

    static Locator successBanner(Page page) {
        return page.locator(".govuk-notification-banner--success");
    }

    /** Fills a GOV.UK date input, found by its fieldset's legend. */
    static void fillDate(Page page, String legend, LocalDate date) {
        Locator group = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend));
        group.getByLabel("Day").fill(String.valueOf(date.getDayOfMonth()));
        group.getByLabel("Month").fill(String.valueOf(date.getMonthValue()));
        group.getByLabel("Year").fill(String.valueOf(date.getYear()));
    }

    static void click(Page page, AriaRole role, String name) {
        page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
    }

    static String fullName(UserDetails user) {
        return user.firstName() + " " + user.lastName();
    }
}
