package org.custodia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Row-level security holds even when the application's SQL forgets to filter by organisation. */
@CustodiaTest
class TenantIsolationIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Tenancy tenancy;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestDatabase database;

    List<UUID> organisationIdsOfAllUsersAs(TestOrganisation organisation) {
        return transactions.execute(status -> tenancy.callAs(
                organisation == null ? null : organisation.id(),
                () -> jdbc.sql("select organisation_id from users")
                        .query(UUID.class)
                        .list()));
    }

    @Test
    void anUnfilteredQueryInOrganisationAsContextReturnsNoneOfBsRows() {
        TestOrganisation a = organisations.organisation();
        TestOrganisation b = organisations.organisation();
        organisations.user(a, Role.PRACTITIONER);
        organisations.user(b, Role.PRACTITIONER);
        organisations.user(b, Role.DATA_PROTECTION_OFFICER);

        assertThat(organisationIdsOfAllUsersAs(a)).isNotEmpty().containsOnly(a.id().value());
        assertThat(organisationIdsOfAllUsersAs(b)).hasSize(2).containsOnly(b.id().value());
    }

    @Test
    void withNoOrganisationAsForAPlatformOperatorNoTenantRowIsVisible() {
        organisations.user(organisations.organisation(), Role.PRACTITIONER);

        assertThat(organisationIdsOfAllUsersAs(null)).isEmpty();
        assertThat(jdbc.sql("select count(*) from users").query(Long.class).single())
                .as("outside a transaction nothing is set either")
                .isZero();
    }

    @Test
    void rowsCannotBeWrittenIntoAnotherOrganisation() {
        TestOrganisation a = organisations.organisation();
        TestOrganisation b = organisations.organisation();

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        transactions.executeWithoutResult(status -> tenancy.runAs(
                                a.id(),
                                () -> jdbc.sql("insert into users (id, organisation_id, first_name,"
                                                + " last_name, email, job_role, attested_16_or_over, status, created_at,"
                                                + " updated_at) values (gen_random_uuid(), :b, 'X', 'Y', 'x@y.z', 'r', true,"
                                                + " 'ACTIVE', now(), now())")
                                        .param("b", b.id().value())
                                        .update())))
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    @Test
    void everyTableWithAnOrganisationColumnHasRowLevelSecurity() throws Exception {
        List<String> unprotected = new ArrayList<>();
        try (Connection owner = database.owner();
                ResultSet tables = owner.createStatement().executeQuery("""
                        select c.relname, c.relrowsecurity,
                               (select count(*) from pg_policy p where p.polrelid = c.oid) as policies
                        from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'custodia' and c.relkind = 'r'
                          and exists (select 1 from information_schema.columns col where col.table_schema = 'custodia'
                                      and col.table_name = c.relname and col.column_name = 'organisation_id')""")) {
            int checked = 0;
            while (tables.next()) {
                checked++;
                if (!tables.getBoolean("relrowsecurity") || tables.getInt("policies") == 0) {
                    unprotected.add(tables.getString("relname"));
                }
            }
            assertThat(checked).isGreaterThanOrEqualTo(6);
        }
        assertThat(unprotected).isEmpty();
    }

    @Test
    void theRuntimeRoleIsNoSuperuserCannotBypassRlsAndOwnsNoTable() {
        var role = jdbc.sql("select rolsuper, rolbypassrls, rolcreaterole, rolcreatedb from pg_roles"
                        + " where rolname = current_user")
                .query((row, n) -> List.of(row.getBoolean(1), row.getBoolean(2), row.getBoolean(3), row.getBoolean(4)))
                .single();
        assertThat(role).containsOnly(false);
        assertThat(jdbc.sql("select count(*) from pg_tables where tableowner = current_user")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select has_schema_privilege('custodia', 'CREATE')")
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }
}
