package com.customeraccounts.persistence.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Which of the two supported databases a connection talks to, for the few statements they spell differently. */
public enum DatabaseVendor {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String directory;

    DatabaseVendor(String directory) {
        this.directory = directory;
    }

    public static DatabaseVendor of(Connection connection) {
        try {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? POSTGRESQL : H2;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell the database: " + e.getMessage(), e);
        }
    }

    /** Where its repeatable migrations are, under {@code db/vendor/}. */
    String directory() {
        return directory;
    }
}
