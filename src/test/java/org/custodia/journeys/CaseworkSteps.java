package org.custodia.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.custodia.journeys.Journeys.heading;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.custodia.casework.PersonDetails;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestUser;
import org.springframework.security.core.context.SecurityContextHolder;

/** Steps that the casework journeys share: signing in as a test user, records made before the browser arrives. */
final class CaseworkSteps {

    private CaseworkSteps() {}

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    static void signIn(Page page, TestUser user) {
        Journeys.signIn(page, user.organisationCode(), user.email(), TestOrganisations.PASSWORD);
        assertThat(heading(page)).containsText("Welcome, ");
    }

    /** Does the work through the application's facades as the user, the way their requests would. */
    static <T> T as(TestUser user, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(user.authentication());
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static void as(TestUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }

    /** A second browser (its own cookies) on the same application, for a colleague working alongside. */
    static BrowserContext anotherBrowser(Page page) {
        URI current = URI.create(page.url());
        BrowserContext context = page.context()
                .browser()
                .newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setBaseURL(current.getScheme() + "://" + current.getAuthority()));
        context.setDefaultTimeout(10_000);
        return context;
    }

    /** The value beside a key in the first summary list that has it. */
    static Locator summaryValue(Page page, String key) {
        return page.locator(".govuk-summary-list__row")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator(".govuk-summary-list__key", new Page.LocatorOptions().setHasText(key))))
                .first()
                .locator(".govuk-summary-list__value");
    }

    /** Finds people from the "Find a person" box on the cases page; returns the list of results. */
    static Locator search(Page page, String text) {
        page.navigate("/cases");
        page.getByLabel("Find a person").fill(text);
        Journeys.click(page, AriaRole.BUTTON, "Search");
        assertThat(heading(page)).hasText("Find a person");
        return page.getByRole(
                AriaRole.LIST, new Page.GetByRoleOptions().setName(Pattern.compile("(person|people) found$")));
    }

    /** From a child's page: opens a case of the type and returns its reference. */
    static String openCase(Page page, String type) {
        page.getByLabel("Open a case about this child").selectOption(new SelectOption().setLabel(type));
        Journeys.click(page, AriaRole.BUTTON, "Open case");
        assertThat(Journeys.successBanner(page)).containsText("Case opened. You are on its team");
        assertThat(page.locator(".govuk-caption-l")).hasText(type);
        return heading(page).textContent().trim();
    }

    /** Presses Tab until the element has focus, as someone using only a keyboard would. */
    static void tabTo(Page page, Locator element) {
        for (int presses = 0; presses < 50; presses++) {
            if ((boolean) element.evaluate("element => element === document.activeElement")) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Pressing Tab 50 times never reached " + element);
    }

    /**
     * Types a date into a native date field from the keyboard, in the order the browser's locale shows
     * its parts (day, month and year in the UK; month first in the US).
     */
    @SuppressWarnings("unchecked")
    static void typeDate(Page page, LocalDate date) {
        List<String> order = (List<String>) page.evaluate("() => new Intl.DateTimeFormat(navigator.language)"
                + ".formatToParts(new Date(2000, 11, 31)).filter(p => p.type !== 'literal').map(p => p.type)");
        for (String part : order) {
            page.keyboard()
                    .type(
                            switch (part) {
                                case "day" -> "%02d".formatted(date.getDayOfMonth());
                                case "month" -> "%02d".formatted(date.getMonthValue());
                                default -> String.valueOf(date.getYear());
                            });
        }
    }

    static PersonDetails child(String firstName, String lastName, LocalDate born) {
        return new PersonDetails(firstName, null, lastName, null, born, null, null, null, null, null, null);
    }
}
