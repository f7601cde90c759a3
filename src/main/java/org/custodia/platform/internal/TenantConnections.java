package org.custodia.platform.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.core.InfrastructureProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The pool's connections, for the transaction manager, with each transaction's organisation sent in
 * the same round trip as its first statement rather than one of its own. The driver sends every
 * part of a multi-statement string in one round trip, so the first prepared statement of a
 * transaction goes as {@code SET LOCAL app.organisation_id = '…'; <statement>}, its parameters and
 * results unchanged. Where that cannot be done (a batch, a savepoint, a plain or callable statement,
 * anything asked of a statement before it runs) the setting is sent alone first, as before. Either
 * way nothing reaches the database in the transaction before the organisation is set.
 *
 * <p>Bound to the pool itself as Spring's transaction resource ({@link InfrastructureProxy}), so the
 * application's JDBC code, which asks the pool, gets the transaction's connection.
 */
final class TenantConnections extends DelegatingDataSource implements InfrastructureProxy {

    private static final Pattern ORGANISATION = Pattern.compile("[0-9a-fA-F-]*");
    private static final Set<String> EXECUTIONS =
            Set.of("executeQuery", "executeUpdate", "execute", "executeLargeUpdate");

    TenantConnections(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(obtainTargetDataSource().getConnection(username, password));
    }

    @Override
    public Object getWrappedObject() {
        return obtainTargetDataSource();
    }

    /** Sends the organisation with the next statement; false if the connection is not one of these. */
    static boolean setWithFirstStatement(Connection connection, String organisation) {
        if (!ORGANISATION.matcher(organisation).matches()
                || !Proxy.isProxyClass(connection.getClass())
                || !(Proxy.getInvocationHandler(connection) instanceof Tenanted tenanted)) {
            return false;
        }
        tenanted.pending = "set local app.organisation_id = '" + organisation + "'";
        return true;
    }

    private static Connection wrap(Connection target) {
        return (Connection) Proxy.newProxyInstance(
                TenantConnections.class.getClassLoader(), new Class<?>[] {Connection.class}, new Tenanted(target));
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static final class Tenanted implements InvocationHandler {

        private final Connection target;
        private String pending;

        Tenanted(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "Tenanted " + target;
                }
                case "commit", "rollback", "close" -> {
                    // The transaction is over: a setting not yet sent is not needed any more.
                    if (args == null) {
                        pending = null;
                    }
                }
                case "prepareStatement" -> {
                    if (pending != null && args.length == 1) {
                        return Proxy.newProxyInstance(
                                TenantConnections.class.getClassLoader(),
                                new Class<?>[] {PreparedStatement.class},
                                new Deferred(this, (Connection) proxy, (String) args[0]));
                    }
                    send();
                }
                case "isClosed",
                        "isReadOnly",
                        "getAutoCommit",
                        "getTransactionIsolation",
                        "setReadOnly",
                        "setAutoCommit",
                        "setTransactionIsolation",
                        "getWarnings",
                        "clearWarnings" -> {}
                default -> send();
            }
            return call(target, method, args);
        }

        /** The setting alone, for when it cannot go with a statement. */
        void send() throws SQLException {
            if (pending != null) {
                String setting = pending;
                pending = null;
                try (Statement statement = target.createStatement()) {
                    statement.execute(setting);
                }
            }
        }

        String take() {
            String setting = pending;
            pending = null;
            return setting;
        }
    }

    /**
     * A transaction's first prepared statement: what is asked of it is remembered until it runs, then
     * it runs with the setting in front, or (asked anything else first) the setting goes alone.
     */
    private static final class Deferred implements InvocationHandler {

        private final Tenanted connection;
        private final Connection proxy;
        private final String sql;
        private final List<Object[]> calls = new ArrayList<>();
        private final List<Method> methods = new ArrayList<>();
        private PreparedStatement actual;
        private boolean withSetting;
        private boolean closed;

        Deferred(Tenanted connection, Connection proxy, String sql) {
            this.connection = connection;
            this.proxy = proxy;
            this.sql = sql;
        }

        @Override
        public Object invoke(Object self, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            boolean execution = EXECUTIONS.contains(name) && (args == null || args.length == 0);
            switch (name) {
                case "getConnection" -> {
                    return proxy;
                }
                case "equals" -> {
                    return self == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(self);
                }
                case "toString" -> {
                    return "Tenanted statement " + sql;
                }
                default -> {}
            }
            if (actual == null) {
                if (name.startsWith("set") || name.equals("clearParameters")) {
                    remember(method, args);
                    return null;
                }
                if (name.equals("close")) {
                    closed = true;
                    return null;
                }
                if (name.equals("isClosed")) {
                    return closed;
                }
                String setting = execution ? connection.take() : null;
                if (setting != null) {
                    actual = connection.target.prepareStatement(setting + ";\n" + sql);
                    withSetting = true;
                    replay();
                    return runAfterSetting(name);
                }
                connection.send();
                actual = connection.target.prepareStatement(sql);
                replay();
            } else if (withSetting && execution) {
                // Run again: without the setting, which a later statement may have changed since.
                PreparedStatement plain = connection.target.prepareStatement(sql);
                actual.close();
                actual = plain;
                withSetting = false;
                replay();
            } else if (withSetting && (name.startsWith("set") || name.equals("clearParameters"))) {
                remember(method, args);
            }
            return call(actual, method, args);
        }

        private Object runAfterSetting(String execution) throws SQLException {
            actual.execute();
            boolean rows = actual.getMoreResults();
            return switch (execution) {
                case "executeQuery" -> {
                    if (!rows) {
                        throw new SQLException("No results were returned by the query.");
                    }
                    yield actual.getResultSet();
                }
                case "executeUpdate" -> actual.getUpdateCount();
                case "executeLargeUpdate" -> actual.getLargeUpdateCount();
                default -> rows;
            };
        }

        private void remember(Method method, Object[] args) {
            methods.add(method);
            calls.add(args);
        }

        private void replay() throws Throwable {
            for (int i = 0; i < methods.size(); i++) {
                call(actual, methods.get(i), calls.get(i));
            }
        }
    }
}
