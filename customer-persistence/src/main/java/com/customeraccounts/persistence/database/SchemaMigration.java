package com.customeraccounts.persistence.database;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/** Brings the schema up to date with the versioned migrations; the same files serve H2 and PostgreSQL. */
public final class SchemaMigration {

    private SchemaMigration() {
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
