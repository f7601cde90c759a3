package org.custodia.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.custodia.notices.CookieRegister;
import org.custodia.notices.PrivacyNotices;
import org.custodia.shared.Role;
import org.custodia.testing.JourneyTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page each kind of person can reach, followed link by link from where they start, with optional
 * cookies accepted: no page may set a cookie the cookie register does not declare, nor request anything
 * from another origin (no third-party resources, so no third-party cookies).
 */
@JourneyTest
class EveryPageCookieJourneyTests {

    /** Enough to reach every kind of page: one of each path shape is visited (ids and numbers folded). */
    private static final int PAGES_PER_PERSON = 90;

    private static final Pattern NOT_A_PAGE =
            Pattern.compile("(\\.(csv|pdf|json|zip|png|svg)$)|/download|/export|/files/|^/api|^/v3|^/sign-out");
    private static final Pattern IDENTIFIER =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<=/)[0-9]+(?=/|$)");

    @Autowired
    TestOrganisations organisations;

    @Autowired
    PrivacyNotices notices;

    @Test
    void noPageSetsAnUndeclaredCookieOrRequestsAnotherOrigin(Page page) {
        TestOrganisation council = organisations.organisation();
        TestUser dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        CaseworkSteps.as(dpo, () -> {
            notices.adoptReadyMade();
            notices.publish();
        });
        page.navigate("/sign-in");
        List<String> problems = new ArrayList<>();
        Set<String> visited = new TreeSet<>();

        crawl(
                page,
                List.of(
                        "/sign-in",
                        "/cookies",
                        "/accessibility-statement",
                        "/organisations/" + council.code() + "/privacy-notice",
                        "/organisations/" + council.code() + "/retention-schedule"),
                "anonymous",
                problems,
                visited);
        for (Role role : List.of(Role.PRACTITIONER, Role.ORGANISATION_ADMINISTRATOR, Role.DATA_PROTECTION_OFFICER)) {
            TestUser user = role == Role.DATA_PROTECTION_OFFICER ? dpo : organisations.user(council, role);
            BrowserContext browser = CaseworkSteps.anotherBrowser(page);
            Page signedIn = browser.newPage();
            CaseworkSteps.signIn(signedIn, user);
            crawl(signedIn, List.of("/"), role.name(), problems, visited);
            browser.close();
        }

        assertThat(visited.size()).as("pages visited").isGreaterThan(40);
        assertThat(problems)
                .as("undeclared cookies and requests to other origins")
                .isEmpty();
    }

    private static void crawl(Page page, List<String> start, String who, List<String> problems, Set<String> visited) {
        URI base = URI.create(page.url());
        String origin = base.getScheme() + "://" + base.getAuthority();
        page.onRequest(request -> {
            String url = request.url();
            if (!url.startsWith(origin + "/") && !url.startsWith("data:")) {
                problems.add(who + ": " + page.url() + " requested " + url);
            }
        });
        Deque<String> queue = new ArrayDeque<>(start);
        Set<String> shapes = new LinkedHashSet<>();
        boolean accepted = false;
        while (!queue.isEmpty() && shapes.size() < PAGES_PER_PERSON) {
            String path = queue.poll();
            if (!shapes.add(IDENTIFIER.matcher(path.replaceAll("\\?.*", "")).replaceAll("{id}"))) {
                continue;
            }
            try {
                page.navigate(path);
            } catch (PlaywrightException download) {
                continue;
            }
            visited.add(who + " " + path);
            if (!accepted) {
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept optional cookies"))
                        .click();
                accepted = true;
            }
            for (Cookie cookie : page.context().cookies()) {
                if (CookieRegister.named(cookie.name).isEmpty()) {
                    problems.add(who + ": " + path + " set the undeclared cookie " + cookie.name);
                }
                if (!cookie.domain.equals(base.getHost())) {
                    problems.add(who + ": " + path + " has a cookie of another site: " + cookie.domain);
                }
            }
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) page.evalOnSelectorAll("a[href]", "links => links.map(a => a.href)");
            for (String link : links) {
                if (!link.startsWith(origin + "/")) {
                    continue;
                }
                String next = link.substring(origin.length()).replaceAll("#.*", "");
                if (!NOT_A_PAGE.matcher(next.replaceAll("\\?.*", "")).find()) {
                    queue.add(next);
                }
            }
        }
    }
}
