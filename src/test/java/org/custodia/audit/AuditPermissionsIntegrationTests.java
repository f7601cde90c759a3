package org.custodia.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.custodia.testing.Actors.anAdministrator;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodia.platform.Tenancy;
import org.custodia.shared.OrganisationId;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the database itself refuses the application's runtime role, whatever the code above it does. */
@CustodiaTest
class AuditPermissionsIntegrationTests {

    @Autowired
    Tenancy tenancy;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TestDatabase database;

    @Autowired
    JdbcClient jdbc;

    OrganisationId a;
    OrganisationId b;

    @BeforeEach
    void entriesInTwoOrganisations() {
        TestTrail trail = new TestTrail(tenancy, transactions, auditTrail, auditLog, database);
        a = TestOrganisations.create(database);
        b = TestOrganisations.create(database);
        trail.append(a, anAdministrator().of(a).actor(), 2);
        trail.append(b, anAdministrator().of(b).actor(), 3);
    }

    @Test
    void theRuntimeRoleCannotUpdateAnEntry() {
        assertThatThrownBy(() -> inTransactionOf(a, "update audit_entries set action = 'case.edited'"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied for table audit_entries");
    }

    @Test
    void theRuntimeRoleCannotDeleteAnEntry() {
        assertThatThrownBy(() -> inTransactionOf(a, "delete from audit_entries"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied for table audit_entries");
    }

    @Test
    void theRuntimeRoleCannotWriteAnEntryWithASequenceOrAHash() {
        assertThatThrownBy(() -> inTransactionOf(
                        a,
                        "insert into audit_entries (organisation_id, sequence, occurred_at, actor_type, action,"
                                + " outcome) values (current_organisation(), 99, now(), 'SYSTEM', 'x', 'SUCCESS')"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied for table audit_entries");
    }

    @Test
    void theRuntimeRoleCannotChainAnotherOrganisationsPendingEntryNorWriteABatch() {
        new TestTrail(tenancy, transactions, auditTrail, auditLog, database)
                .write(b, AuditRecord.of("case.viewed", Outcome.SUCCESS));
        long pendingOfB = new TestTrail(tenancy, transactions, auditTrail, auditLog, database)
                .idsWritten(b)
                .get(3);

        assertThatThrownBy(() -> inTransactionOf(
                        a,
                        "select audit_chain_pending(array[" + pendingOfB + "]::bigint[], sha256('x'::bytea), 2,"
                                + " sha256('y'::bytea), now(), '\\x00'::bytea)"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("only pending entries of this chain can be chained");
        assertThatThrownBy(() -> inTransactionOf(
                        a,
                        "insert into audit_batches (organisation_id, chain_key, first_sequence, last_sequence,"
                                + " previous_hash, last_hash, root, sealed_at, signature) values (current_organisation(),"
                                + " current_organisation(), 3, 3, '\\x00', '\\x00', '\\x00', now(), '\\x00')"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied for table audit_batches");
    }

    @Test
    void theRuntimeRoleCannotMoveTheChainHead() {
        assertThatThrownBy(() -> inTransactionOf(a, "update audit_chain_heads set last_sequence = 0"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied for table audit_chain_heads");
    }

    @Test
    void anOrganisationSeesOnlyItsOwnEntriesEvenWithoutAWhereClause() {
        List<Map<String, Object>> rows = tenancy.callAs(
                a,
                () -> new TransactionTemplate(transactions)
                        .execute(status ->
                                jdbc.sql("select * from audit_entries").query().listOfRows()));

        assertThat(rows)
                .hasSize(2)
                .allSatisfy(row -> assertThat(row.get("organisation_id")).isEqualTo(a.value()));
        assertThat(rows).noneMatch(row -> b.value().equals((UUID) row.get("organisation_id")));
    }

    @Test
    void anOrganisationCannotWriteIntoAnothersChain() {
        assertThatThrownBy(() -> tenancy.runAs(
                        a,
                        () -> new TransactionTemplate(transactions)
                                .executeWithoutResult(
                                        status -> auditTrail.record(AuditRecord.of("case.viewed", Outcome.SUCCESS)
                                                .in(b)))))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    private void inTransactionOf(OrganisationId organisation, String sql) {
        tenancy.runAs(
                organisation,
                () -> new TransactionTemplate(transactions)
                        .executeWithoutResult(status -> jdbc.sql(sql).update()));
    }
}
