package com.customeraccounts.persistence.migration.pull;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.ConfigValues;
import com.customeraccounts.migration.pull.MagentoSource;
import com.customeraccounts.migration.pull.MagentoSources;
import com.customeraccounts.migration.pull.MigrationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * Connects to Magento's MySQL or MariaDB database with the MariaDB driver, which the WAR carries: called
 * directly rather than through {@code DriverManager}, which does not see drivers in a web application.
 * A {@code jdbc:mysql:} URL is accepted too. No message that leaves this class holds the password.
 */
@ApplicationScoped
public class MariaDbMagentoSources implements MagentoSources {

    private ConfigValues config;

    protected MariaDbMagentoSources() {}

    @Inject
    public MariaDbMagentoSources(ConfigValues config) {
        this.config = config;
    }

    @Override
    public boolean configured() {
        return value(ConfigPath.MAGENTO_DB_URL).isPresent();
    }

    @Override
    public MagentoSource open() {
        String url =
                value(ConfigPath.MAGENTO_DB_URL).orElseThrow(() -> new MigrationFailure("magento.db.url is not set"));
        String password = value(ConfigPath.MAGENTO_DB_PASSWORD).orElse("");
        Properties properties = new Properties();
        value(ConfigPath.MAGENTO_DB_USER).ifPresent(user -> properties.setProperty("user", user));
        properties.setProperty("password", password);
        if (url.startsWith("jdbc:mysql:")) {
            properties.setProperty("permitMysqlScheme", "true");
        }
        try {
            Connection connection = new org.mariadb.jdbc.Driver().connect(url, properties);
            if (connection == null) {
                throw new MigrationFailure("magento.db.url is not a jdbc:mariadb: or jdbc:mysql: URL");
            }
            return new JdbcMagentoSource(connection, message -> redact(message, password));
        } catch (SQLException e) {
            throw new MigrationFailure("Cannot connect to Magento's database: " + redact(e.getMessage(), password));
        }
    }

    private Optional<String> value(String key) {
        return config.find(key).filter(v -> !v.isBlank());
    }

    private static String redact(String message, String password) {
        if (message == null) {
            return "";
        }
        return password.isEmpty() ? message : message.replace(password, "****");
    }
}
