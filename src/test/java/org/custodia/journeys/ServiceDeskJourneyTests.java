package org.custodia.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.journeys.Journeys.click;
import static org.custodia.journeys.Journeys.heading;
import static org.custodia.journeys.Journeys.successBanner;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.custodia.identity.internal.PasswordHashing;
import org.custodia.identity.internal.PlatformOperators;
import org.custodia.servicedesk.ServiceDeskSteps;
import org.custodia.shared.Role;
import org.custodia.testing.Axe;
import org.custodia.testing.JourneyTest;
import org.custodia.testing.Mailbox;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A practitioner asks the service desk for help from the header; an operator answers; the practitioner
 * follows the email's link to the reply, answers it, and finds the request in what the desk holds
 * about them.
 */
@JourneyTest
class ServiceDeskJourneyTests {

    private static final Pattern REQUEST_LINK = Pattern.compile("https?://[^/\\s]+(/support/requests/[0-9a-f-]+)");

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Mailbox mailbox;

    @Autowired
    PlatformOperators operators;

    @Autowired
    PasswordHashing hashing;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aUserRaisesARequestTheDeskRepliesByEmailAndTheUserSeesItAndFindsItInTheirRecords(Page page) {
        TestOrganisation council = organisations.organisation();
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        var desk = new ServiceDeskSteps(operators, hashing, transactions).operator();

        CaseworkSteps.signIn(page, practitioner);
        click(page, AriaRole.LINK, "Get help");
        assertThat(heading(page)).hasText("Get help");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        click(page, AriaRole.BUTTON, "Send to the service desk");
        assertThat(Journeys.errorSummary(page)).containsText("Enter what you need help with");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        page.getByLabel("What do you need help with?").fill("Letters will not download");
        page.getByLabel("Describe the problem").fill("Clicking Download on a letter shows a blank page");
        click(page, AriaRole.BUTTON, "Send to the service desk");
        assertThat(successBanner(page)).containsText("Your request has been sent to the service desk");
        assertThat(page.locator("#status")).hasText("Open");
        assertThat(Axe.seriousViolations(page)).isEmpty();

        Page operator = CaseworkSteps.anotherBrowser(page).newPage();
        Journeys.signIn(operator, "PLATFORM", desk.email(), TestOrganisations.PASSWORD);
        click(operator, AriaRole.LINK, "Service desk");
        assertThat(heading(operator)).hasText("Service desk");
        assertThat(Axe.seriousViolations(operator)).isEmpty();
        click(operator, AriaRole.LINK, "Letters will not download");
        assertThat(operator.locator("#requester")).containsText(practitioner.email());
        assertThat(operator.locator("#requester")).containsText("Test council " + council.code());
        assertThat(Axe.seriousViolations(operator)).isEmpty();
        operator.getByLabel("Your reply").fill("Please try again now: we have fixed the fault");
        click(operator, AriaRole.BUTTON, "Send reply");
        assertThat(successBanner(operator)).containsText("Reply sent");

        String link = mailbox.find(practitioner.email(), REQUEST_LINK);
        page.navigate(link);
        assertThat(page.locator("#thread")).containsText("Please try again now: we have fixed the fault");
        assertThat(page.locator("#status")).hasText("Waiting for the user");
        page.getByLabel("Your reply").fill("It works, thank you");
        click(page, AriaRole.BUTTON, "Send reply");
        assertThat(successBanner(page)).containsText("Your reply has been sent");
        assertThat(page.locator("#status")).hasText("Open");

        page.navigate("/support");
        assertThat(page.locator("#support-requests")).containsText("Letters will not download");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        click(page, AriaRole.LINK, "See everything the service desk holds about you");
        assertThat(page.locator("#records")).containsText("Clicking Download on a letter shows a blank page");
        assertThat(page.locator("#records")).containsText("Please try again now: we have fixed the fault");
        assertThat(Axe.seriousViolations(page)).isEmpty();
    }
}
