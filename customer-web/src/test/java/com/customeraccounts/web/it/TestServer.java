package com.customeraccounts.web.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Chooses how the Payara Micro under test runs: its data directory, the
 * bootstrap admin's password, a second website ({@code it-stores.json}) that requires email confirmation, the
 * shop's declared attributes ({@code it-attributes.json}, none of them required),
 * the SMTP server ({@link MailServer}) and, when {@code it.database=postgresql}, an embedded PostgreSQL started
 * once for the whole run.
 *
 * <p>The data directory is emptied once per run, before the first server starts, rather than after the
 * last: a run killed halfway (its H2 database, its stored settings, its mail files) cannot change the next.
 */
public final class TestServer {

    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "It-Admin-Passw0rd";
    /** An origin the service may send customers back to after confirming. */
    public static final String ALLOWED_ORIGIN = "https://shop.example.com";

    /**
     * The suite signs up, signs in and resets far more often from one address than a shop's client may; the
     * limits stay on, so every request still passes through them, but out of the suite's reach.
     * {@code HostileCallersIT} has its own, and Magento's token throttle ({@link OwnServer}).
     */
    private static final String RATE_LIMITS_OUT_OF_REACH = Stream.of(
                    "create_account",
                    "customer_token",
                    "admin_token",
                    "password_reset",
                    "confirmation_resend",
                    "email_available")
            .map(name -> " -Dratelimit." + name + ".limit=1000000")
            .collect(Collectors.joining());

    /** The database of the run's shared server ({@link SystemTestServer}) on PostgreSQL. */
    static final String SHARED_DATABASE = "system_tests";

    private static EmbeddedPostgres postgres;
    private static boolean dataDirCleaned;

    private TestServer() {}

    /** The service's JVM options for this run, with its embedded database (if any) under {@code dataDir}. */
    static String jvmOptions(String dataDir) {
        StringBuilder options = new StringBuilder()
                .append("-Ddata.dir=")
                .append(dataDir)
                .append(" -Dadmin.password=")
                .append(ADMIN_PASSWORD)
                .append(" -Dstores.file=")
                .append(Path.of("src/test/resources/it-stores.json").toAbsolutePath())
                .append(" -Dintegrations.file=")
                .append(Path.of("src/test/resources/it-integrations.json").toAbsolutePath())
                .append(" -Dattributes.file=")
                .append(Path.of("src/test/resources/it-attributes.json").toAbsolutePath())
                .append(" -Dmail.smtp.host=127.0.0.1")
                .append(" -Dmail.smtp.port=")
                .append(MailServer.relay().port())
                .append(" -Dwebsites/second/customer/create_account/confirm=1")
                .append(" -Dcustomer/create_account/redirect_allowed_origins=")
                .append(ALLOWED_ORIGIN)
                .append(RATE_LIMITS_OUT_OF_REACH)
                // tests of the account lockout fail sign-ins more often than the token throttle allows
                .append(" -Doauth/authentication_lock/max_failures_count=1000000")
                // bcrypt's lowest cost: no test measures the hash's cost (the benchmark does, at 10), and every
                // sign-up and sign-in of the suite would otherwise spend about 120 ms of a core on it
                .append(" -Dpassword.bcrypt.cost=4")
                .append(" -Xmx512m");
        if ("postgresql".equals(System.getProperty("it.database"))) {
            EmbeddedPostgres pg = postgres();
            options.append(" -Ddb.url=")
                    .append(pg.getJdbcUrl("postgres", "postgres"))
                    .append(" -Ddb.user=postgres -Ddb.password=postgres");
        }
        return options.toString();
    }

    /**
     * On PostgreSQL, the options that give a server {@code database} of the embedded PostgreSQL, created when
     * missing (they follow {@link #jvmOptions}, so they win); on H2 none, its database is in its data directory.
     */
    static List<String> databaseOptions(String database) {
        if (!onPostgres()) {
            return List.of();
        }
        createIfMissing(database);
        return List.of("-Ddb.url=" + postgres().getJdbcUrl("postgres", database));
    }

    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("it.database"));
    }

    /** The run's data directory, emptied the first time it is asked for in this JVM. */
    static synchronized String dataDir() {
        try {
            Path base =
                    Path.of(System.getProperty("it.dataDir", "target/it-data")).toAbsolutePath();
            if (!dataDirCleaned) {
                deleteTree(base);
                dataDirCleaned = true;
            }
            Files.createDirectories(base);
            return base.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The embedded H2 database file the service creates under {@code dataDir} when it has no {@code db.url}. */
    static Path h2DatabaseFile() {
        return Path.of(dataDir(), "db", "customer-accounts.mv.db");
    }

    /** The PostgreSQL database of the run's shared server ({@code it.database=postgresql} only). */
    static DataSource postgresDatabase() {
        if (!onPostgres()) {
            throw new IllegalStateException("this run is not on PostgreSQL");
        }
        return postgres().getDatabase("postgres", SHARED_DATABASE);
    }

    private static synchronized void createIfMissing(String database) {
        try (Connection connection = postgres().getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet row = exists.executeQuery();
                    Statement create = connection.createStatement()) {
                if (!row.next()) {
                    create.execute("CREATE DATABASE \"" + database + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + " in the embedded PostgreSQL", e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return postgres;
    }
}
