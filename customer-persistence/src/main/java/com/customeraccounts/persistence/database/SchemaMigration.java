package com.customeraccounts.persistence.database;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Brings the schema up to date with the versioned migrations, the same files for H2 and PostgreSQL, and
 * then the few repeatable ones each database writes in its own dialect ({@code db/vendor/h2},
 * {@code db/vendor/postgresql}).
 */
public final class SchemaMigration {

    private SchemaMigration() {
    }

    public static void migrate(DataSource dataSource) {
        String vendor = vendor(dataSource);
        if (vendor.equals("h2")) {
            SqlLike.registerWithH2();
        }
        Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .load()
                .migrate();
    }

    private static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it: " + e.getMessage(), e);
        }
    }
}
