package org.custodia.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.custodia.journeys.Journeys.PASSWORD;
import static org.custodia.journeys.Journeys.errorSummary;
import static org.custodia.journeys.Journeys.heading;
import static org.custodia.journeys.Journeys.signIn;
import static org.custodia.journeys.Journeys.signOut;
import static org.custodia.journeys.Journeys.successBanner;
import static org.custodia.testing.OrganisationBuilder.anOrganisation;
import static org.custodia.testing.UserBuilder.aUser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.custodia.identity.Organisations;
import org.custodia.testing.JourneyTest;
import org.custodia.testing.Mailbox;
import org.custodia.testing.OrganisationBuilder.RegisteredOrganisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@JourneyTest
class TwoFactorJourneyTests {

    @Autowired
    Organisations organisations;

    @Autowired
    Mailbox mailbox;

    @Test
    void aUserWhoTurnsOnTwoFactorMustEnterACodeTheNextTimeTheySignIn(Page page) {
        RegisteredOrganisation organisation = Journeys.signedInAdministrator(
                page, mailbox, organisations, anOrganisation().administeredBy(aUser().named("Priya", "Shah")));
        String email = organisation.administrator().email();

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Your account").setExact(true))
                .first()
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on two-factor authentication"))
                .click();
        assertThat(heading(page)).hasText("Turn on two-factor authentication");
        AuthenticatorApp app =
                AuthenticatorApp.withKey(page.locator(".custodia-secret").textContent());
        page.getByLabel("Security code").fill(app.codeNow());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on two-factor authentication"))
                .click();
        assertThat(successBanner(page)).containsText("Two-factor authentication is on");

        signOut(page);
        signIn(page, organisation.code(), email, PASSWORD);
        assertThat(heading(page)).hasText("Enter your security code");
        page.getByLabel("Security code").fill("000000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(errorSummary(page)).containsText("The code is not right");

        page.getByLabel("Security code").fill(app.nextCode());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(heading(page)).hasText("Welcome, Priya Shah");
    }

    @Test
    void inAnOrganisationThatRequiresItEveryoneSetsItUpAsTheySignIn(Page page) {
        RegisteredOrganisation organisation = anOrganisation()
                .requiringTwoFactor()
                .administeredBy(aUser().named("Kwame", "Mensah"))
                .registerWith(organisations);
        String email = organisation.administrator().email();
        Journeys.setPasswordFromInvitation(page, mailbox, email);

        signIn(page, organisation.code(), email, PASSWORD);
        assertThat(heading(page)).hasText("Set up two-factor authentication");
        AuthenticatorApp app =
                AuthenticatorApp.withKey(page.locator(".custodia-secret").textContent());
        page.getByLabel("Security code").fill(app.codeNow());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on two-factor authentication"))
                .click();

        assertThat(heading(page)).hasText("Welcome, Kwame Mensah");
    }
}
