package org.custodia.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.custodia.audit.AuditLog;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.AuditVerification;
import org.custodia.audit.Outcome;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.custodia.shared.OrganisationId;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes entries the way the application does, and reads or changes them behind its back as the owner. */
@TestComponent
public final class TestTrail {

    private final Tenancy tenancy;
    private final TransactionTemplate transactions;
    private final AuditTrail trail;
    private final AuditLog log;
    private final TestDatabase database;

    public TestTrail(
            Tenancy tenancy,
            PlatformTransactionManager transactions,
            AuditTrail trail,
            AuditLog log,
            TestDatabase database) {
        this.tenancy = tenancy;
        this.transactions = new TransactionTemplate(transactions);
        this.trail = trail;
        this.log = log;
        this.database = database;
    }

    /**
     * Appends entries "case.viewed" about cases 1 to n, one transaction each, by the given actor, and
     * chains them (one batch), as the scheduled chainer would within a second.
     */
    public void append(OrganisationId organisation, Actor actor, int n) {
        for (int i = 1; i <= n; i++) {
            write(
                    organisation,
                    AuditRecord.of("case.viewed", Outcome.SUCCESS)
                            .about("case", "case-" + i)
                            .forPurpose("casework")
                            .by(actor));
        }
        chain(organisation);
    }

    /** Appends one entry and chains it. */
    public void append(OrganisationId organisation, AuditRecord record) {
        write(organisation, record);
        chain(organisation);
    }

    /** Writes one entry, left pending (not chained). */
    public void write(OrganisationId organisation, AuditRecord record) {
        tenancy.runAs(organisation, () -> transactions.executeWithoutResult(status -> trail.record(record)));
    }

    /** Chains and seals the organisation's pending entries; returns how many. */
    public int chain(OrganisationId organisation) {
        return tenancy.callAs(organisation, trail::chainPending);
    }

    public AuditVerification verify(OrganisationId organisation) {
        return tenancy.callAs(organisation, log::verifyCurrentChain);
    }

    /** The ids of the organisation's entries in sequence order (read as the owner, past RLS). */
    public List<Long> ids(OrganisationId organisation) {
        return ids(organisation, "sequence");
    }

    private List<Long> ids(OrganisationId organisation, String order) {
        List<Long> ids = new ArrayList<>();
        try (Connection owner = database.owner();
                PreparedStatement select = owner.prepareStatement(
                        "select id from audit_entries where organisation_id = ? order by " + order + ", id")) {
            select.setObject(1, organisation.value());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    /** The ids of the organisation's entries in the order written, chained or not (read as the owner). */
    public List<Long> idsWritten(OrganisationId organisation) {
        return ids(organisation, "id");
    }

    /** Runs statements as the owner in one transaction; every {@code ?} is the organisation id. */
    public void tamper(OrganisationId organisation, String... statements) {
        try (Connection owner = database.owner()) {
            owner.setAutoCommit(false);
            for (String sql : statements) {
                try (PreparedStatement statement = owner.prepareStatement(sql)) {
                    for (int i = 1; i <= sql.chars().filter(c -> c == '?').count(); i++) {
                        statement.setObject(i, organisation.value());
                    }
                    statement.execute();
                }
            }
            owner.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
