package org.custodia.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.custodia.journeys.Journeys.heading;
import static org.custodia.journeys.Journeys.signedInAdministrator;
import static org.custodia.testing.OrganisationBuilder.anOrganisation;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.custodia.identity.Organisations;
import org.custodia.testing.Axe;
import org.custodia.testing.JourneyTest;
import org.custodia.testing.Mailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A browser that is refused, or asks for an address that is not there, gets a page in the layout. */
@JourneyTest
class ErrorPageJourneyTests {

    @Autowired
    Organisations organisations;

    @Autowired
    Mailbox mailbox;

    @Test
    void aPageTheRoleMayNotSeeIsAnHtmlPageThatSaysWhatToDo(Page page) {
        signedInAdministrator(page, mailbox, organisations, anOrganisation());

        Response response = page.navigate("/data-protection/activities");

        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(response.headerValue("content-type"))
                .startsWith("text/html");
        assertThat(heading(page)).hasText("You do not have access to this page");
        assertThat(page.getByRole(
                        com.microsoft.playwright.options.AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Go to your home page")))
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(Axe.seriousViolations(page)).isEmpty();
    }

    @Test
    void aMalformedAddressIsPageNotFoundNotAProblemWithTheService(Page page) {
        signedInAdministrator(page, mailbox, organisations, anOrganisation());

        Response response = page.navigate("/people/not-a-uuid");

        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(response.headerValue("content-type"))
                .startsWith("text/html");
        assertThat(heading(page)).hasText("Page not found");
        org.assertj.core.api.Assertions.assertThat(Axe.seriousViolations(page)).isEmpty();
    }
}
