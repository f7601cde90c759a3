package org.custodia.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Read-only, repeatable-read transactions for one organisation on raw pool connections, which can
 * share one snapshot: the verifier's workers read their ranges as of the same instant as the chain
 * head and batches they are checked against. (Spring's transactions cannot: they run a query first,
 * and PostgreSQL imports a snapshot only before any query.)
 */
final class SnapshotConnections {

    private SnapshotConnections() {}

    /** Opens the transaction, importing {@code snapshot} if not null; the caller closes the connection. */
    static Connection open(DataSource dataSource, UUID organisation, String snapshot) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set transaction isolation level repeatable read, read only");
                if (snapshot != null) {
                    // An exported snapshot id is the server's own text (hex and dashes), never user input.
                    statement.execute("set transaction snapshot '" + snapshot.replace("'", "") + "'");
                }
            }
            try (PreparedStatement tenant =
                    connection.prepareStatement("select set_config('app.organisation_id', ?, true)")) {
                tenant.setString(1, organisation == null ? "" : organisation.toString());
                tenant.execute();
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            close(connection);
            throw e;
        }
    }

    /** Ends the (read-only) transaction and gives the connection back to the pool. */
    static void close(Connection connection) {
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            // Nothing was written; a broken connection is the pool's to discard.
        }
    }

    /** Row-level security limits rows already; this indexable form keeps reads to the chain's own rows. */
    static String ownChain(UUID organisation) {
        return organisation == null ? "organisation_id is null" : "organisation_id = current_organisation()";
    }
}
