package org.custodia.platform.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * With no {@code spring.datasource.url}, starts a real PostgreSQL (zonky binaries) with its data in
 * {@code custodia.data-dir}, creates the migration owner and the runtime role, and points Spring's
 * datasource and Flyway at them. Done before the context starts so that everything downstream is the
 * same code path as with an external server.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String OWNER = "custodia_owner";
    static final String APP = "custodia_app";
    private static final String DATABASE = "custodia";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("custodia.data-dir", "./data"))
                .toAbsolutePath()
                .normalize();
        Path directory = dataDir.resolve("postgres");
        boolean clean = environment.getProperty("custodia.embedded.clean", Boolean.class, false);
        // zonky turns synchronous_commit off by default; production runs with it on, and a commit there
        // waits for the WAL flush. Development and benchmarks keep production's setting; tests may not.
        String synchronousCommit = environment.getProperty("custodia.embedded.synchronous-commit", "on");
        EmbeddedPostgres postgres =
                EmbeddedPostgresHolder.start(directory, postgresPort(environment), clean, synchronousCommit);
        String appPassword = environment.getProperty("custodia.embedded.app-password", "custodia-app-dev");
        String ownerPassword = environment.getProperty("custodia.embedded.owner-password", "custodia-owner-dev");
        createRolesAndDatabase(postgres, ownerPassword, appPassword);

        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", APP);
        properties.put("spring.datasource.password", appPassword);
        properties.put("spring.flyway.user", OWNER);
        properties.put("spring.flyway.password", ownerPassword);
        properties.put("custodia.database.embedded", "true");
        properties.put("custodia.database.owner-url", url);
        properties.put("custodia.database.embedded-directory", directory.toString());
        environment.getPropertySources().addFirst(new MapPropertySource("custodiaEmbeddedPostgres", properties));
    }

    private static int postgresPort(ConfigurableEnvironment environment) {
        return environment.getProperty("custodia.embedded.port", Integer.class, 0);
    }

    private static void createRolesAndDatabase(EmbeddedPostgres postgres, String ownerPassword, String appPassword) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            createRoleIfMissing(statement, OWNER, ownerPassword, "NOSUPERUSER NOCREATEROLE NOBYPASSRLS");
            // The runtime role may read and write only what migrations grant it, and RLS binds it.
            createRoleIfMissing(statement, APP, appPassword, "NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS");
            if (!exists(statement, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                statement.execute("create database " + DATABASE + " owner " + OWNER);
            }
            statement.execute("revoke all on database " + DATABASE + " from public");
            statement.execute("grant connect on database " + DATABASE + " to " + APP);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded PostgreSQL database", e);
        }
    }

    private static void createRoleIfMissing(Statement statement, String role, String password, String attributes)
            throws SQLException {
        String verb = exists(statement, "select 1 from pg_roles where rolname = '" + role + "'") ? "alter" : "create";
        statement.execute(verb + " role " + role + " login " + attributes + " password '" + password + "'");
    }

    private static boolean exists(Statement statement, String sql) throws SQLException {
        try (var rows = statement.executeQuery(sql)) {
            return rows.next();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /**
     * Keeps the running servers so the application contexts that use one can close it, the last one
     * out stopping it (test runs share one server between cached contexts).
     */
    static final class EmbeddedPostgresHolder {
        private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();
        private static final Map<Path, Integer> USERS = new HashMap<>();

        static synchronized EmbeddedPostgres start(Path directory, int port, boolean clean, String synchronousCommit) {
            EmbeddedPostgres postgres =
                    RUNNING.computeIfAbsent(directory, dir -> launch(dir, port, clean, synchronousCommit));
            USERS.merge(directory, 1, Integer::sum);
            return postgres;
        }

        private static EmbeddedPostgres launch(Path dir, int port, boolean clean, String synchronousCommit) {
            try {
                if (clean) {
                    FileSystemUtils.deleteRecursively(dir);
                }
                Files.createDirectories(dir);
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(clean)
                        .setRegisterShutdownHook(false)
                        .setServerConfig("synchronous_commit", synchronousCommit);
                if (port > 0) {
                    builder.setPort(port);
                }
                return builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
            }
        }

        static synchronized void release(Path directory) {
            if (USERS.merge(directory, -1, Integer::sum) > 0) {
                return;
            }
            USERS.remove(directory);
            EmbeddedPostgres postgres = RUNNING.remove(directory);
            if (postgres != null) {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
