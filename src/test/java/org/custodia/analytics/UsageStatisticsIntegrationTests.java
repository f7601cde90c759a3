package org.custodia.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import jakarta.servlet.http.Cookie;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.custodia.analytics.internal.VisitBuffer;
import org.custodia.shared.Role;
import org.custodia.testing.Actors;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Pages are counted by route template with no identifier, address, query or search term in any row;
 * each organisation's administrators see only their own counts, operators every organisation's
 * counts, and no one else either.
 */
@CustodiaTest
class UsageStatisticsIntegrationTests {

    private static final String SEARCHED_NAME =
            "Zebedee" + UUID.randomUUID().toString().substring(0, 6);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    VisitBuffer buffer;

    @Autowired
    TestDatabase database;

    @Test
    void noRowHoldsAnIdentifierAnAddressAQueryOrASearchTerm() throws Exception {
        TestOrganisation council = organisations.organisation();
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        UUID person = UUID.randomUUID();
        mvc.get()
                .uri("/people/" + person)
                .with(authentication(practitioner.authentication()))
                .exchange();
        mvc.get()
                .uri("/people?q=" + SEARCHED_NAME)
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0")
                .header("Referer", "https://intranet.northshire.example/links?user=" + practitioner.email())
                .with(authentication(practitioner.authentication()))
                .exchange();
        mvc.get().uri("/no-such-page/" + person).exchange();
        buffer.flush();

        List<String> rows = analyticsRows();
        assertThat(rows).isNotEmpty();
        assertThat(String.join("\n", rows))
                .doesNotContain(person.toString(), practitioner.id().value().toString(), practitioner.email())
                .doesNotContain(SEARCHED_NAME, "?", "127.0.0.1", "localhost", "rv:140", "X11")
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .doesNotContainPattern("\\d+\\.\\d+\\.\\d+\\.\\d+");
        assertThat(rows)
                .anyMatch(row -> row.contains("\"route\": \"/people/{id}\""))
                .anyMatch(row -> row.contains("\"route\": \"(no matching page)\""))
                .anyMatch(row -> row.contains("\"referrer\": \"intranet.northshire.example\"")
                        && row.contains("\"browser\": \"Firefox\"")
                        && row.contains("\"device\": \"desktop\""));
        assertThat(countOf(
                        "select sum(s.failed) from search_counts s where s.organisation_id = ? and route = '/people'",
                        council.id().value()))
                .isEqualTo(1);
    }

    @Test
    void administratorsSeeOnlyTheirOwnOrganisationAndOperatorsSeeEachByName() {
        TestOrganisation council = organisations.organisation();
        TestOrganisation school = organisations.organisation();
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        for (int i = 0; i < 6; i++) {
            mvc.get()
                    .uri("/cases/" + UUID.randomUUID())
                    .with(authentication(practitioner.authentication()))
                    .exchange();
        }
        mvc.get()
                .uri("/cases?caseSearch=Nobody")
                .with(authentication(practitioner.authentication()))
                .exchange();
        buffer.flush();

        var councilAdmin = Actors.anAdministrator().of(council.id()).onRequest();
        assertThat(mvc.get().uri("/admin/usage").with(councilAdmin))
                .hasStatusOk()
                .bodyText()
                .contains("GET /cases/{id}", "Searches that found nothing", SmallNumbers.FEWER);
        assertThat(mvc.get()
                        .uri("/admin/usage")
                        .with(Actors.anAdministrator().of(school.id()).onRequest()))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("GET /cases/{id}");
        assertThat(mvc.get().uri("/admin/usage.csv").with(councilAdmin))
                .hasStatusOk()
                .bodyText()
                .contains("\"route\",\"GET /cases/{id}\",\"", "\"fewer than 5\"");

        var operator = Actors.anOperator().onRequest();
        assertThat(mvc.get().uri("/operator/usage").with(operator))
                .hasStatusOk()
                .bodyText()
                .contains("Test council " + council.code(), "Test council " + school.code());
        assertThat(mvc.get().uri("/operator/usage?organisation=" + council.id()).with(operator))
                .hasStatusOk()
                .bodyText()
                .contains("Usage of Test council " + council.code(), "GET /cases/{id}");
        assertThat(mvc.get().uri("/operator/usage?days=12").with(operator))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem", "Choose 7, 30 or 90 days");
        assertThat(organisations.auditDetails(council.id(), "analytics.own-usage-exported"))
                .contains("SUCCESS:last 30 days");
    }

    @Test
    void noOneButAnOperatorOrTheOrganisationsAdministratorReachesADashboard() {
        TestOrganisation council = organisations.organisation();
        var practitioner = Actors.aPractitioner().of(council.id()).onRequest();
        var dpo = Actors.aDataProtectionOfficer().of(council.id()).onRequest();
        var administrator = Actors.anAdministrator().of(council.id()).onRequest();
        var operator = Actors.anOperator().onRequest();
        for (String page : List.of("/operator/usage", "/operator/usage.csv", "/operator/feedback")) {
            assertThat(mvc.get().uri(page).with(practitioner)).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri(page).with(administrator)).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri(page).with(dpo)).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri(page)).hasStatus3xxRedirection();
        }
        for (String page : List.of("/admin/usage", "/admin/usage.csv")) {
            assertThat(mvc.get().uri(page).with(practitioner)).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri(page).with(operator)).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri(page)).hasStatus3xxRedirection();
        }
    }

    @Test
    void aBrowserThatRejectedOptionalCookiesOrSendsGlobalPrivacyControlIsNotCounted() {
        TestOrganisation council = organisations.organisation();
        var practitioner = Actors.aPractitioner().of(council.id()).onRequest();
        mvc.get()
                .uri("/cases/" + UUID.randomUUID())
                .cookie(new Cookie("custodia_cookie_choice", "rejected"))
                .with(practitioner)
                .exchange();
        mvc.get()
                .uri("/cases/" + UUID.randomUUID())
                .header("Sec-GPC", "1")
                .with(practitioner)
                .exchange();
        buffer.flush();
        assertThat(countOf(
                        "select count(*) from usage_days where organisation_id = ?",
                        council.id().value()))
                .isZero();

        mvc.get().uri("/cases/" + UUID.randomUUID()).with(practitioner).exchange();
        buffer.flush();
        assertThat(countOf(
                        "select count(*) from usage_days where organisation_id = ?",
                        council.id().value()))
                .isOne();
    }

    /** Every analytics row as JSON without its keys (the ids that join them), read past row-level security. */
    private List<String> analyticsRows() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection owner = database.owner()) {
            for (String table : List.of("usage_days", "page_views", "page_timings", "search_counts")) {
                try (ResultSet rs = owner.createStatement()
                        .executeQuery("select (to_jsonb(t) - 'id' - 'day_id' - 'organisation_id')::text from " + table
                                + " t")) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
            }
        }
        return rows;
    }

    private long countOf(String sql, UUID organisation) {
        try (Connection owner = database.owner();
                var statement = owner.prepareStatement(sql)) {
            statement.setObject(1, organisation);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
