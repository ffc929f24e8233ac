package com.customeraccounts.persistence.health;

import com.customeraccounts.lifecycle.BoundedProbe;
import com.customeraccounts.persistence.database.ApplicationDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers within two seconds with its schema migrated: the first
 * connection the pool hands out is migrated before it is handed out, so an answer means the migrations
 * have run, and the schema's version comes with it. The error is named, never the URL or a credential.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";
    private static final Duration LIMIT = Duration.ofSeconds(2);

    private final BoundedProbe<String> probe = new BoundedProbe<>(DatabaseReadiness::schemaVersion, LIMIT);

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        BoundedProbe.Outcome<String> outcome = probe.run();
        if (outcome instanceof BoundedProbe.Answered<String> answered) {
            return response.up().withData("schema_version", answered.value()).build();
        }
        return response.down().withData("error", outcome.describe()).build();
    }

    /** Quoted: Flyway names its table in lower case, which H2 would not find unquoted. */
    private static final String SCHEMA_VERSION = "SELECT \"version\" FROM \"flyway_schema_history\" "
            + "WHERE \"success\" = TRUE AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC";

    private static String schemaVersion() throws SQLException {
        try (Connection connection = ApplicationDataSource.lookup().getConnection();
                PreparedStatement select = connection.prepareStatement(SCHEMA_VERSION)) {
            select.setQueryTimeout((int) LIMIT.toSeconds());
            select.setMaxRows(1);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("The schema is not migrated");
                }
                return row.getString(1);
            }
        }
    }
}
