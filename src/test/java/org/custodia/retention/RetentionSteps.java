package org.custodia.retention;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.custodia.platform.Tenancy;
import org.custodia.shared.OrganisationId;
import org.custodia.testing.TestOrganisations.TestUser;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/** Case records made directly in an organisation, and the retention API as a DPO uses it. */
public class RetentionSteps {

    private final MockMvcTester mvc;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Tenancy tenancy;

    public RetentionSteps(MockMvcTester mvc, JdbcClient jdbc, TransactionTemplate transactions, Tenancy tenancy) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.tenancy = tenancy;
    }

    public UUID person(OrganisationId organisation, LocalDate born, LocalDate died) {
        UUID id = UUID.randomUUID();
        in(
                organisation,
                () -> jdbc.sql("insert into people (id, organisation_id, first_name, last_name, date_of_birth,"
                                + " date_of_death, created_by, created_at, updated_at) values (:id, current_organisation(),"
                                + " 'Alexandra', 'Quintessence', :born, :died, :by, :at, :at)")
                        .param("id", id)
                        .param("born", born)
                        .param("died", died)
                        .param("by", UUID.randomUUID())
                        .param("at", Timestamp.from(Instant.now()))
                        .update());
        return id;
    }

    public UUID openCase(OrganisationId organisation, String type, UUID child, LocalDate opened, LocalDate closed) {
        UUID id = UUID.randomUUID();
        in(
                organisation,
                () -> jdbc.sql("insert into cases (id, organisation_id, reference, case_type, child_id, status,"
                                + " opened_on, closed_on, created_by, created_at) values (:id, current_organisation(), :ref,"
                                + " :type, :child, :status, :opened, :closed, :by, :at)")
                        .param("id", id)
                        .param("ref", "R-" + id.toString().substring(0, 8))
                        .param("type", type)
                        .param("child", child)
                        .param("status", closed == null ? "OPEN" : "CLOSED")
                        .param("opened", opened)
                        .param("closed", closed)
                        .param("by", UUID.randomUUID())
                        .param("at", Timestamp.from(Instant.now()))
                        .update());
        return id;
    }

    /** A case of the type about a new child born on the given day. */
    public UUID caseOfChildBorn(OrganisationId organisation, String type, LocalDate born) {
        return openCase(organisation, type, person(organisation, born, null), born.plusYears(2), null);
    }

    public void senStatus(OrganisationId organisation, UUID caseId) {
        in(
                organisation,
                () -> jdbc.sql("insert into pupil_sen_statuses (id, organisation_id, case_id, effective_from,"
                                + " status, recorded_by, recorded_at) values (:id, current_organisation(), :case, :from,"
                                + " :status, :by, :at)")
                        .param("id", UUID.randomUUID())
                        .param("case", caseId)
                        .param("from", LocalDate.of(2000, 1, 1))
                        .param("status", new byte[] {1})
                        .param("by", UUID.randomUUID())
                        .param("at", Timestamp.from(Instant.now()))
                        .update());
    }

    public boolean caseExists(OrganisationId organisation, UUID caseId) {
        return count(organisation, "select count(*) from cases where id = '" + caseId + "'") > 0;
    }

    public boolean personExists(OrganisationId organisation, UUID person) {
        return count(organisation, "select count(*) from people where id = '" + person + "'") > 0;
    }

    public long count(OrganisationId organisation, String sql) {
        return transactions.execute(status -> tenancy.callAs(
                organisation, () -> jdbc.sql(sql).query(Long.class).single()));
    }

    public void in(OrganisationId organisation, Runnable work) {
        transactions.executeWithoutResult(status -> tenancy.runAs(organisation, work));
    }

    public MvcTestResult get(TestUser user, String uri) {
        return mvc.get().uri(uri).with(authentication(user.authentication())).exchange();
    }

    public MvcTestResult post(TestUser user, String uri, String json) {
        return mvc.post()
                .uri(uri)
                .with(authentication(user.authentication()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    public MvcTestResult put(TestUser user, String uri, String json) {
        return mvc.put()
                .uri(uri)
                .with(authentication(user.authentication()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    public MvcTestResult form(TestUser user, String uri, String... pairs) {
        var request =
                mvc.post().uri(uri).with(authentication(user.authentication())).with(csrf());
        for (int i = 0; i < pairs.length; i += 2) {
            request = request.param(pairs[i], pairs[i + 1]);
        }
        return request.exchange();
    }

    public static String rule(int years, String from, Integer childDeathYears, String action) {
        return "{\"periodYears\":" + years + ",\"startsFrom\":\"" + from + "\",\"childDeathYears\":" + childDeathYears
                + ",\"action\":\"" + action + "\",\"source\":\"test\"}";
    }
}
