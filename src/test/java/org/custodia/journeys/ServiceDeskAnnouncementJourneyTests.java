package org.custodia.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.journeys.Journeys.click;
import static org.custodia.journeys.Journeys.heading;
import static org.custodia.journeys.Journeys.successBanner;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.custodia.identity.internal.PasswordHashing;
import org.custodia.identity.internal.PlatformOperators;
import org.custodia.servicedesk.ServiceDeskSteps;
import org.custodia.shared.Role;
import org.custodia.testing.Axe;
import org.custodia.testing.JourneyTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** An operator posts an incident to one organisation: its users see the banner, another's do not. */
@JourneyTest
class ServiceDeskAnnouncementJourneyTests {

    @Autowired
    TestOrganisations organisations;

    @Autowired
    PlatformOperators operators;

    @Autowired
    PasswordHashing hashing;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anAnnouncementReachesOneOrganisationAndNotAnother(Page operator) {
        TestOrganisation affected = organisations.organisation();
        TestOrganisation unaffected = organisations.organisation();
        TestUser administrator = organisations.administrator(affected);
        TestUser otherPractitioner = organisations.user(unaffected, Role.PRACTITIONER);
        var desk = new ServiceDeskSteps(operators, hashing, transactions).operator();
        String title = "Slow sign-in for " + affected.code();

        Journeys.signIn(operator, "PLATFORM", desk.email(), TestOrganisations.PASSWORD);
        click(operator, AriaRole.LINK, "Announcements");
        assertThat(heading(operator)).hasText("Service announcements");
        assertThat(Axe.seriousViolations(operator)).isEmpty();
        operator.getByLabel("Title").fill(title);
        operator.getByLabel("Announcement", new Page.GetByLabelOptions().setExact(true))
                .fill("Signing in takes up to a minute while we repair a database server.");
        operator.getByLabel("Incident").check();
        fillDateTime(
                operator.locator("#startsAt").locator("xpath=ancestor::fieldset"),
                LocalDate.now().minusDays(1));
        fillDateTime(
                operator.locator("#endsAt").locator("xpath=ancestor::fieldset"),
                LocalDate.now().plusDays(2));
        operator.getByLabel("Organisation IDs (optional)").fill(affected.code());
        click(operator, AriaRole.BUTTON, "Post the announcement");
        assertThat(successBanner(operator)).containsText("Announcement posted");
        assertThat(operator.locator("#announcements")).containsText(title);
        assertThat(Axe.seriousViolations(operator)).isEmpty();

        Page user = CaseworkSteps.anotherBrowser(operator).newPage();
        CaseworkSteps.signIn(user, administrator);
        assertThat(user.locator("#service-announcements")).containsText(title);
        assertThat(Axe.seriousViolations(user)).isEmpty();
        click(user, AriaRole.LINK, "Service announcements");
        assertThat(user.locator("#announcements")).containsText(title);
        assertThat(Axe.seriousViolations(user)).isEmpty();

        Page other = CaseworkSteps.anotherBrowser(operator).newPage();
        CaseworkSteps.signIn(other, otherPractitioner);
        assertThat(other.locator("#service-announcements")).hasCount(0);
        assertThat(other.locator("main")).not().containsText(title);
    }

    private static void fillDateTime(Locator fieldset, LocalDate date) {
        fieldset.getByLabel("Day").fill("" + date.getDayOfMonth());
        fieldset.getByLabel("Month").fill("" + date.getMonthValue());
        fieldset.getByLabel("Year").fill("" + date.getYear());
        fieldset.getByLabel("Time").fill("09:00");
    }
}
