package org.custodia.testing;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts what the application's pool sends to PostgreSQL on the calling thread: round trips (each
 * execute, each commit or rollback) and SQL commands (a round trip may carry several). It sits
 * below the pool, between HikariCP and the driver, so it sees exactly what reaches the server,
 * including what the transaction manager sends. For tests that hold a read to a statement budget
 * and for the benchmark's report; a test class that imports it gets a context of its own.
 */
@TestComponent
public class StatementCounter implements BeanPostProcessor {

    /** What one piece of work sent. */
    public record Counts(int roundTrips, int commands, int commits) {}

    public record Counted<T>(T result, Counts counts) {}

    private static final ThreadLocal<int[]> COUNTS = ThreadLocal.withInitial(() -> new int[3]);

    public <T> Counted<T> count(Supplier<T> work) {
        int[] before = COUNTS.get().clone();
        T result = work.get();
        int[] after = COUNTS.get();
        return new Counted<>(result, new Counts(after[0] - before[0], after[1] - before[1], after[2] - before[2]));
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof HikariDataSource pool && pool.getDataSource() == null && pool.getJdbcUrl() != null) {
            PGSimpleDataSource driver = new PGSimpleDataSource();
            driver.setURL(pool.getJdbcUrl());
            pool.setDataSource(counting(driver));
        }
        return bean;
    }

    private static DataSource counting(DataSource driver) {
        return (DataSource) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(driver, method, args);
                    return result instanceof Connection connection ? counting(connection) : result;
                });
    }

    private static Connection counting(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("commit") || name.equals("rollback")) {
                COUNTS.get()[0]++;
                COUNTS.get()[2] += name.equals("commit") ? 1 : 0;
            }
            Object result = invoke(connection, method, args);
            if (result instanceof Statement statement) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                return counting(statement, sql);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static Statement counting(Statement statement, String preparedSql) {
        int[] batched = new int[1];
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("addBatch")) {
                batched[0]++;
            } else if (name.startsWith("execute")) {
                int[] counts = COUNTS.get();
                counts[0]++;
                if (name.contains("Batch")) {
                    counts[1] += batched[0];
                    batched[0] = 0;
                } else {
                    String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                    counts[1] += commands(sql);
                }
            }
            return invoke(statement, method, args);
        };
        Class<?>[] interfaces = statement.getClass().getInterfaces().length == 0
                ? new Class<?>[] {Statement.class}
                : allStatementInterfaces(statement);
        return (Statement) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), interfaces, handler);
    }

    private static Class<?>[] allStatementInterfaces(Statement statement) {
        if (statement instanceof java.sql.CallableStatement) {
            return new Class<?>[] {java.sql.CallableStatement.class};
        }
        if (statement instanceof java.sql.PreparedStatement) {
            return new Class<?>[] {java.sql.PreparedStatement.class};
        }
        return new Class<?>[] {Statement.class};
    }

    /** Commands in one SQL string: the driver sends each ;-separated part as its own statement. */
    private static int commands(String sql) {
        if (sql == null) {
            return 1;
        }
        int commands = 0;
        for (String part : sql.split(";")) {
            commands += part.isBlank() ? 0 : 1;
        }
        return Math.max(commands, 1);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
