package org.custodia.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.journeys.Journeys.click;
import static org.custodia.journeys.Journeys.heading;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.UUID;
import org.custodia.analytics.internal.VisitBuffer;
import org.custodia.identity.internal.PasswordHashing;
import org.custodia.identity.internal.PlatformOperators;
import org.custodia.shared.Role;
import org.custodia.testing.Axe;
import org.custodia.testing.JourneyTest;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A practitioner browses and searches (a search that finds no one among them), then says what they
 * thought of the service; the operator's dashboard shows the counts, by route template, with nothing
 * in the database that identifies anyone, and the operator reads the feedback.
 */
@JourneyTest
@Import(TestDatabase.class)
class AnalyticsJourneyTests {

    @Autowired
    TestOrganisations organisations;

    @Autowired
    VisitBuffer buffer;

    @Autowired
    TestDatabase database;

    @Autowired
    PlatformOperators operators;

    @Autowired
    PasswordHashing hashing;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aPractitionersUseIsCountedWithoutIdentifyingThemAndTheOperatorSeesItAndTheirFeedback(Page page)
            throws Exception {
        TestOrganisation council = organisations.organisation();
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        String surname = "Nobodyknown" + UUID.randomUUID().toString().substring(0, 6);
        String comment = "The search page was quick " + UUID.randomUUID();

        CaseworkSteps.signIn(page, practitioner);
        page.navigate("/cases");
        CaseworkSteps.search(page, surname);
        assertThat(page.locator("#results")).hasText("0 people found");
        click(page, AriaRole.LINK, "What did you think of this service?");
        assertThat(heading(page)).hasText("Give feedback on Custodia");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        click(page, AriaRole.BUTTON, "Send feedback");
        assertThat(Journeys.errorSummary(page)).containsText("Select how you feel about the service");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        page.getByLabel("Satisfied", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel("How could we improve this service?").fill(comment);
        click(page, AriaRole.BUTTON, "Send feedback");
        assertThat(heading(page)).hasText("Thank you for your feedback");
        Journeys.signOut(page);
        buffer.flush();

        String email = "op-" + UUID.randomUUID() + "@processor.example";
        transactions.execute(s ->
                operators.create(email, "Olu", "Operator", hashing.hash(TestOrganisations.PASSWORD), Instant.now()));
        Journeys.signIn(page, "PLATFORM", email, TestOrganisations.PASSWORD);
        page.navigate("/operator/usage");
        assertThat(heading(page)).hasText("Usage statistics");
        assertThat(page.locator("#organisations-table")).containsText("Test council " + council.code());
        assertThat(page.locator("#routes-table")).containsText("GET /people");
        assertThat(page.locator("#routes-table")).containsText("GET /cases");
        assertThat(page.locator("figure.custodia-chart svg")).isVisible();
        assertThat(Axe.seriousViolations(page)).isEmpty();
        page.navigate("/operator/usage?organisation=" + council.id());
        assertThat(page.locator(".govuk-caption-l")).hasText("Usage of Test council " + council.code());
        assertThat(page.locator("#routes-table tr", new Page.LocatorOptions().setHasText("GET /people")))
                .containsText("fewer than 5");

        page.navigate("/operator/feedback");
        assertThat(heading(page)).hasText("Users’ feedback");
        assertThat(page.locator("body")).containsText(comment);
        assertThat(Axe.seriousViolations(page)).isEmpty();

        assertThat(everyAnalyticsRow())
                .doesNotContain(surname, practitioner.id().value().toString(), practitioner.email(), "?", "127.0.0.1")
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    /** Read as the owner, past row-level security; the keys that join the rows left out. */
    private String everyAnalyticsRow() throws Exception {
        StringBuilder rows = new StringBuilder();
        try (Connection owner = database.owner()) {
            for (String table : new String[] {"usage_days", "page_views", "page_timings", "search_counts"}) {
                try (ResultSet rs = owner.createStatement()
                        .executeQuery("select (to_jsonb(t) - 'id' - 'day_id' - 'organisation_id')::text from " + table
                                + " t")) {
                    while (rs.next()) {
                        rows.append(rs.getString(1)).append('\n');
                    }
                }
            }
        }
        assertThat(rows).contains("/people");
        return rows.toString();
    }
}
