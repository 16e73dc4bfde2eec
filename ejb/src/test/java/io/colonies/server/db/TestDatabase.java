package io.colonies.server.db;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throwaway PostgreSQL database with the real migrations applied, for tests of exact SQL (locks,
 * guards, RETURNING), made before a test class's own {@code @BeforeAll} methods and dropped after it:
 * {@code @RegisterExtension static final TestDatabase db = TestDatabase.perTestClass();}. The class is
 * skipped when no PostgreSQL answers, except in CI (CI=true): there the database is part of the
 * contract, so a missing one fails the build instead of hiding the tier. Every connection has a lock
 * timeout, so a test that would block fails instead of hanging.
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback {
    private String name;
    private PGSimpleDataSource db;

    private TestDatabase() {
    }

    public static TestDatabase perTestClass() {
        return new TestDatabase();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String created = "colonies_unit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = source("postgres").getConnection(); Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + created);
        } catch (SQLException e) {
            unreachable(e, System.getenv("CI"));
        }
        name = created;
        db = source(created);
        migrate();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (name == null) {
            return; // skipped: nothing was created
        }
        try (Connection admin = source("postgres").getConnection(); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            name = null;
            db = null;
        }
    }

    /** Skips the calling test, or fails it when {@code ci} says this is a CI run that must not skip. */
    static void unreachable(SQLException cause, String ci) {
        String where = env("COLONIES_DB_HOST", "127.0.0.1") + ":" + env("COLONIES_DB_PORT", "5432");
        if ("true".equalsIgnoreCase(ci == null ? "" : ci.trim())) {
            throw new IllegalStateException("PostgreSQL at " + where
                    + " is not reachable and CI=true, so the SQL tests must run: " + cause.getMessage(), cause);
        }
        Assumptions.abort("PostgreSQL at " + where + " is not reachable, skipping SQL tests: " + cause.getMessage());
    }

    /** Each statement commits on its own, like a request outside any transaction. */
    public DataSource autoCommit() {
        return db;
    }

    /** One open transaction, standing in for one replica's container transaction. */
    public Transaction begin() {
        try {
            Connection c = db.getConnection();
            c.setAutoCommit(false);
            return new Transaction(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void execute(String sql) {
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void migrate() {
        for (Path script : migrations()) {
            try {
                execute(Files.readString(script));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<Path> migrations() {
        try (Stream<Path> files = Files.list(Path.of(TestDatabase.class.getClassLoader()
                .getResource("db/migration").toURI()))) {
            return files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString()
                            .substring(1, p.getFileName().toString().indexOf("__")))))
                    .toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PGSimpleDataSource source(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {env("COLONIES_DB_HOST", "127.0.0.1")});
        ds.setPortNumbers(new int[] {Integer.parseInt(env("COLONIES_DB_PORT", "5432"))});
        ds.setDatabaseName(database);
        ds.setUser(env("COLONIES_DB_USER", "postgres"));
        ds.setPassword(env("COLONIES_DB_PASSWORD", ""));
        ds.setOptions("-c lock_timeout=5000");
        ds.setConnectTimeout(5);
        return ds;
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A transaction whose data source hands out its one connection, so every statement joins it. */
    public static final class Transaction implements AutoCloseable {
        private final Connection connection;
        private boolean done;

        Transaction(Connection connection) {
            this.connection = connection;
        }

        public DataSource dataSource() {
            Connection shared = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> "close".equals(method.getName())
                            ? null : forward(connection, method, args));
            PGSimpleDataSource ignoredSettings = new PGSimpleDataSource();
            return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                    new Class<?>[] {DataSource.class}, (proxy, method, args) -> "getConnection".equals(method.getName())
                            ? shared : forward(ignoredSettings, method, args));
        }

        /** Rethrows what the target threw (e.g. an SQLException), not the reflection wrapper. */
        private static Object forward(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        public void commit() {
            try {
                connection.commit();
                done = true;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            try {
                if (!done) {
                    connection.rollback();
                }
                connection.close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
