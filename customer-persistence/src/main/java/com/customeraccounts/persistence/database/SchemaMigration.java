package com.customeraccounts.persistence.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with the versioned migrations, the same files for H2 and PostgreSQL, and
 * then the few repeatable ones each database writes in its own dialect ({@code db/vendor/h2},
 * {@code db/vendor/postgresql}).
 */
public final class SchemaMigration {

    private SchemaMigration() {}

    public static void migrate(DataSource dataSource) {
        DatabaseVendor vendor = vendor(dataSource);
        if (vendor == DatabaseVendor.H2) {
            SqlLike.registerWithH2();
        }
        Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor.directory())
                .load()
                .migrate();
    }

    private static DatabaseVendor vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return DatabaseVendor.of(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it: " + e.getMessage(), e);
        }
    }
}
