package io.colonies.server.db;

import io.colonies.server.config.DatabaseSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Brings the database to the current schema before anything else runs: creates the database when it
 * does not exist, then applies the versioned Flyway migrations. Runs outside JTA because both
 * CREATE DATABASE and Flyway manage their own commits.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrator {
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "jdbc/colonies")
    DataSource dataSource;

    @Inject
    DatabaseSettings db;

    @PostConstruct
    void migrate() {
        createDatabaseIfMissing();
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Colonies schema at version " + result.targetSchemaVersion + " in database " + db.name());
    }

    private void createDatabaseIfMissing() {
        if (!db.name().matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalStateException("COLONIES_DB_NAME must be a plain identifier, got '" + db.name() + "'");
        }
        try (Connection c = adminDataSource().getConnection();
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, db.name());
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + db.name());
                LOG.info(() -> "Created database " + db.name());
            } catch (SQLException raced) {
                // Another replica created it at the same moment; that is the outcome we wanted.
                if (!"42P04".equals(raced.getSQLState())) {
                    throw raced;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + db.host() + ":" + db.port()
                    + " as " + db.user() + " to create database " + db.name() + ": " + e.getMessage(), e);
        }
    }

    private PGSimpleDataSource adminDataSource() {
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setServerNames(new String[] {db.host()});
        admin.setPortNumbers(new int[] {db.port()});
        admin.setDatabaseName("postgres");
        admin.setUser(db.user());
        admin.setPassword(db.password());
        return admin;
    }
}
