package org.custodia.testing;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestComponent;

/**
 * Connections as the migration owner, for tests that must act behind the application's back: tampering
 * with the audit trail, checking what the runtime role may do, setting up rows directly.
 */
@TestComponent
public class TestDatabase {

    private final String url;
    private final String user;
    private final String password;

    TestDatabase(
            @Value("${custodia.database.owner-url}") String url,
            @Value("${spring.flyway.user}") String user,
            @Value("${spring.flyway.password}") String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** A pool of owner connections, for benchmarks that read behind the application's back. */
    public HikariDataSource ownerPool(int size) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setSchema("custodia");
        pool.setMaximumPoolSize(size);
        return pool;
    }

    /** A connection as the owner role (owns the tables; bypasses RLS as their owner). */
    public Connection owner() throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        connection.createStatement().execute("set search_path = custodia");
        return connection;
    }
}
