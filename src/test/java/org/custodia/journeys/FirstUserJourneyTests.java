package org.custodia.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.custodia.journeys.Journeys.PASSWORD;
import static org.custodia.journeys.Journeys.heading;
import static org.custodia.journeys.Journeys.setPasswordFromInvitation;
import static org.custodia.journeys.Journeys.signIn;
import static org.custodia.journeys.Journeys.successBanner;
import static org.custodia.testing.OrganisationBuilder.anOrganisation;
import static org.custodia.testing.UserBuilder.aUser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Locale;
import org.custodia.identity.Organisations;
import org.custodia.identity.UserDetails;
import org.custodia.testing.JourneyTest;
import org.custodia.testing.Mailbox;
import org.custodia.testing.OrganisationBuilder.RegisteredOrganisation;
import org.custodia.testing.UserBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** From a newly registered organisation to its first practitioner at work, all through the browser. */
@JourneyTest
class FirstUserJourneyTests {

    @Autowired
    Organisations organisations;

    @Autowired
    Mailbox mailbox;

    @Test
    void anAdministratorSetsUpTheirAccountAndInvitesAPractitionerWhoSignsIn(Page page) {
        RegisteredOrganisation organisation = anOrganisation()
                .named("Riverside Borough Council")
                .administeredBy(aUser().named("Grace", "Adeyemi"))
                .registerWith(organisations);
        UserDetails administrator = organisation.administrator();

        setPasswordFromInvitation(page, mailbox, administrator.email());
        signIn(page, organisation.code().toLowerCase(Locale.ROOT), administrator.email(), PASSWORD);
        assertThat(heading(page)).hasText("Welcome, Grace Adeyemi");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Manage users"))
                .click();
        assertThat(heading(page)).hasText("Users of Riverside Borough Council");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a user"))
                .click();
        String practitionerEmail = UserBuilder.uniqueEmail("Samir", "Haddad");
        page.getByLabel("First name").fill("Samir");
        page.getByLabel("Last name").fill("Haddad");
        page.getByLabel("Email address").fill(practitionerEmail);
        page.getByLabel("Job role").fill("Family support worker");
        page.getByLabel("Day").fill("14");
        page.getByLabel("Month").fill("7");
        page.getByLabel("Year").fill("1990");
        page.getByLabel("Practitioner").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user"))
                .click();
        assertThat(successBanner(page)).containsText("User created. We have emailed them a link to set their password");
        assertThat(heading(page)).hasText("Samir Haddad");

        page.navigate("/");
        Journeys.signOut(page);
        setPasswordFromInvitation(page, mailbox, practitionerEmail);
        signIn(page, organisation.code(), practitionerEmail, PASSWORD);
        assertThat(heading(page)).hasText("Welcome, Samir Haddad");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Manage users")))
                .not()
                .isVisible();
    }
}
