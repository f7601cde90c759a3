package org.custodia.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.journeys.Journeys.errorSummary;
import static org.custodia.journeys.Journeys.heading;
import static org.custodia.testing.OrganisationBuilder.anOrganisation;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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

/** axe-core finds no serious or critical barrier on the pages an administrator sees first. */
@JourneyTest
class AccessibilityJourneyTests {

    @Autowired
    Organisations organisations;

    @Autowired
    Mailbox mailbox;

    private final Map<String, List<String>> violations = new LinkedHashMap<>();

    @Test
    void theAdministratorsFirstPagesHaveNoSeriousViolations(Page page) {
        page.navigate("/sign-in");
        check(page, "sign-in");
        Browser.screenshot(page, "sign-in");

        Journeys.signedInAdministrator(page, mailbox, organisations, anOrganisation());
        check(page, "home");

        page.navigate("/admin/users");
        assertThat(heading(page)).containsText("Users of");
        check(page, "users");
        Browser.screenshot(page, "users");
        assertThat(reflowsAt320Pixels(page))
                .as("the users page fits 320 CSS pixels (WCAG 1.4.10)")
                .isTrue();

        page.navigate("/admin/users/new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user"))
                .click();
        assertThat(errorSummary(page)).isVisible();
        check(page, "add a user, with errors");
        Browser.screenshot(page, "add-user-errors");

        page.navigate("/account");
        check(page, "your account");
        page.navigate("/account/two-factor");
        check(page, "turn on two-factor");

        assertThat(violations)
                .allSatisfy((name, found) -> assertThat(found)
                        .as("serious or critical accessibility violations on the %s page", name)
                        .isEmpty());
    }

    private static boolean reflowsAt320Pixels(Page page) {
        var size = page.viewportSize();
        page.setViewportSize(320, 640);
        boolean fits = (boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        Browser.screenshot(page, "users-320px");
        page.setViewportSize(size.width, size.height);
        return fits;
    }

    private void check(Page page, String name) {
        violations.put(name, Axe.seriousViolations(page));
    }
}
