package com.customeraccounts.persistence.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A data source that hands its work to PostgreSQL's or H2's own data source, chosen by the JDBC URL. The
 * application server's pool creates it; the URL and credentials come from MicroProfile Config
 * ({@code db.url}, {@code db.user}, {@code db.password}), unless the pool sets them, and default to the
 * embedded H2 database under {@code data.dir}.
 */
public class UrlRoutedDataSource implements DataSource {

    /** User and password of the embedded database, which only this service ever opens. */
    private static final String EMBEDDED_CREDENTIAL = "customers";

    private String url;
    private String user;
    private String password;
    private volatile DataSource target;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
        this.target = null;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
        this.target = null;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
        this.target = null;
    }

    /**
     * This instance's share of the database is settled ({@link DatabaseShare}), then the database migrated,
     * before its first connection is handed out, whichever component asks first: nothing writes beside an
     * instance answering from memory, or reaches a schema that is not up to date.
     */
    private DataSource target() throws SQLException {
        DataSource current = target;
        if (current == null) {
            synchronized (this) {
                current = target;
                if (current == null) {
                    current = create();
                    DatabaseShare.settle(current, DatabaseShare.singleInstance());
                    SchemaMigration.migrate(current);
                    target = current;
                }
            }
        }
        return current;
    }

    private DataSource create() throws SQLException {
        Config config = ConfigProvider.getConfig(UrlRoutedDataSource.class.getClassLoader());
        String url = this.url != null
                ? this.url
                : config.getOptionalValue("db.url", String.class).orElseGet(() -> embeddedUrl(config));
        String user = this.user != null
                ? this.user
                : config.getOptionalValue("db.user", String.class).orElse(EMBEDDED_CREDENTIAL);
        String password = this.password != null
                ? this.password
                : config.getOptionalValue("db.password", String.class).orElse(EMBEDDED_CREDENTIAL);
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            pg.setUser(user);
            pg.setPassword(password);
            return pg;
        }
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        throw new SQLException("Unsupported database URL; use jdbc:postgresql: or jdbc:h2:");
    }

    /**
     * The default: an H2 file database under {@code data.dir}. Defaulted here, not in a properties file,
     * because on Payara Server the pool first connects while the EAR is being deployed, before the
     * application's own {@code microprofile-config.properties} is visible; environment variables and
     * system properties are.
     */
    private static String embeddedUrl(Config config) {
        String dataDir = config.getOptionalValue("data.dir", String.class).orElse("./data");
        return "jdbc:h2:file:" + dataDir + "/db/customer-accounts;DB_CLOSE_ON_EXIT=FALSE";
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // the pool logs; nothing to do
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // drivers' defaults apply
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target().isWrapperFor(type);
    }
}
