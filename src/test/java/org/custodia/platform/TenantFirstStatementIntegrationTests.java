package org.custodia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.StatementCounter;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction's organisation travels with its first statement, whatever that statement is, and
 * reaches the database before anything the transaction reads.
 */
@CustodiaTest
@Import(StatementCounter.class)
class TenantFirstStatementIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Tenancy tenancy;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    StatementCounter counter;

    TestOrganisation council;
    TestUser practitioner;

    @BeforeEach
    void aPractitioner() {
        council = organisations.organisation();
        practitioner = organisations.user(council, Role.PRACTITIONER);
    }

    <T> T signedIn(Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(practitioner.authentication());
        try {
            return new TransactionTemplate(transactionManager).execute(status -> work.get());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    String organisationSetting() {
        return jdbc.sql("select current_setting('app.organisation_id', true)")
                .query(String.class)
                .single();
    }

    @Test
    void theFirstStatementCarriesTheOrganisationInItsOwnRoundTrip() {
        StatementCounter.Counted<String> read = counter.count(() -> signedIn(this::organisationSetting));

        assertThat(read.result()).isEqualTo(council.id().toString());
        assertThat(read.counts().roundTrips())
                .as("the statement and the commit")
                .isEqualTo(2);
        assertThat(read.counts().commands()).as("the setting and the statement").isEqualTo(2);
    }

    @Test
    void rowsUnderRowLevelSecurityAreReadByTheFirstStatement() {
        List<UUID> organisationsSeen = signedIn(() -> jdbc.sql("select organisation_id from users where id = :id")
                .param("id", practitioner.id().value())
                .query(UUID.class)
                .list());

        assertThat(organisationsSeen).containsExactly(council.id().value());
    }

    @Test
    void aFirstStatementWithANullParameterStillRunsForTheOrganisation() {
        String setting =
                signedIn(() -> jdbc.sql("select coalesce(:nothing::text, current_setting('app.organisation_id', true))")
                        .param("nothing", null)
                        .query(String.class)
                        .single());

        assertThat(setting).isEqualTo(council.id().toString());
    }

    @Test
    void aPlainStatementFirstGetsTheOrganisationSentAlone() {
        String setting =
                signedIn(() -> template.execute((org.springframework.jdbc.core.StatementCallback<String>) statement -> {
                    try (var rows = statement.executeQuery("select current_setting('app.organisation_id', true)")) {
                        rows.next();
                        return rows.getString(1);
                    }
                }));

        assertThat(setting).isEqualTo(council.id().toString());
    }

    @Test
    void aSavepointFirstKeepsTheOrganisationAfterItRollsBack() {
        TransactionTemplate savepoint = new TransactionTemplate(transactionManager);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);

        String setting = signedIn(() -> {
            savepoint.executeWithoutResult(status -> status.setRollbackOnly());
            return organisationSetting();
        });

        assertThat(setting).isEqualTo(council.id().toString());
    }

    @Test
    void aBatchFirstRunsForTheOrganisation() {
        int[] counts = signedIn(() -> template.batchUpdate(
                "update users set updated_at = updated_at where id = ?",
                List.of(new Object[] {practitioner.id().value()}, new Object[] {UUID.randomUUID()})));

        assertThat(counts).containsExactly(1, 0);
    }

    @Test
    void aStatementRunAgainAfterTheOrganisationChangedRunsForTheNewOne() {
        TestOrganisation other = organisations.organisation();

        List<String> settings = signedIn(() ->
                template.execute((org.springframework.jdbc.core.ConnectionCallback<List<String>>) connection -> {
                    try (var read =
                            connection.prepareStatement("select current_setting('app.organisation_id', true)")) {
                        String first;
                        try (var rows = read.executeQuery()) {
                            rows.next();
                            first = rows.getString(1);
                        }
                        tenancy.runAs(other.id(), () -> {});
                        String during = tenancy.callAs(other.id(), this::organisationSetting);
                        try (var rows = read.executeQuery()) {
                            rows.next();
                            return List.of(first, during, rows.getString(1));
                        }
                    }
                }));

        assertThat(settings)
                .containsExactly(
                        council.id().toString(),
                        other.id().toString(),
                        council.id().toString());
    }

    @Test
    void outsideATransactionNoOrganisationIsSet() {
        SecurityContextHolder.getContext().setAuthentication(practitioner.authentication());
        try {
            assertThat(organisationSetting()).isNullOrEmpty();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
