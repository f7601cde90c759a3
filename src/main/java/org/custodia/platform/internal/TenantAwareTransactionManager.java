package org.custodia.platform.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.custodia.platform.Tenancy;
import org.custodia.shared.OrganisationId;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Starts every transaction by telling PostgreSQL which organisation it runs for. The setting is
 * transaction-local, so a pooled connection never carries one request's organisation into another,
 * and a query outside a transaction sees no tenant rows at all. It travels with the transaction's
 * first statement ({@link TenantConnections}), so it costs no round trip of its own.
 */
class TenantAwareTransactionManager extends JdbcTransactionManager {

    TenantAwareTransactionManager(DataSource dataSource) {
        super(new TenantConnections(dataSource));
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        String organisation = Tenancy.current().map(OrganisationId::toString).orElse("");
        if (TenantConnections.setWithFirstStatement(connection, organisation)) {
            return;
        }
        try (PreparedStatement statement =
                connection.prepareStatement("select set_config('app.organisation_id', ?, true)")) {
            statement.setString(1, organisation);
            statement.execute();
        }
    }
}
