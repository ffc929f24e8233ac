package com.customeraccounts.persistence.config;

import com.customeraccounts.config.StoredSettings;
import com.customeraccounts.persistence.database.ApplicationDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code config_setting} table. Read on almost every request, so it is held in memory and read again
 * at most every few seconds (another instance's change shows within that time); this instance's own
 * changes show at once.
 */
@ApplicationScoped
public class JdbcStoredSettings implements StoredSettings {

    private static final Duration REFRESH = Duration.ofSeconds(5);

    private final Clock clock = Clock.systemUTC();
    private volatile Map<String, String> settings;
    private volatile Instant readAt = Instant.EPOCH;

    @Override
    public Optional<String> find(String path) {
        if (settings == null || Duration.between(readAt, clock.instant()).compareTo(REFRESH) > 0) {
            reload();
        }
        return Optional.ofNullable(settings.get(path));
    }

    @Override
    public void save(String path, String value) {
        try (Connection c = dataSource().getConnection()) {
            int updated;
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE config_setting SET setting_value = ?, updated_at = ? WHERE setting_path = ?")) {
                update.setString(1, value);
                update.setObject(2, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                update.setString(3, path);
                updated = update.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO config_setting (setting_path, setting_value, updated_at) VALUES (?, ?, ?)")) {
                    insert.setString(1, path);
                    insert.setString(2, value);
                    insert.setObject(3, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the setting " + path, e);
        }
        Map<String, String> next = new HashMap<>(settings == null ? Map.of() : settings);
        next.put(path, value);
        settings = Map.copyOf(next);
    }

    private void reload() {
        Map<String, String> read = new HashMap<>();
        try (Connection c = dataSource().getConnection();
                PreparedStatement select =
                        c.prepareStatement("SELECT setting_path, setting_value FROM config_setting");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                read.put(rows.getString(1), rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the stored settings", e);
        }
        settings = Map.copyOf(read);
        readAt = clock.instant();
    }

    private static DataSource dataSource() {
        return ApplicationDataSource.lookup();
    }
}
