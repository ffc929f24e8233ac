package com.customeraccounts.web.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real MariaDB server (Debian's {@code mariadb-server}, which {@code scripts/test} installs) on a free port
 * with a data directory of its own, holding Magento 2.4.8's customer tables
 * ({@code magento/magento-2.4.8-customer-tables.sql} and {@code …-eav-tables.sql}) in database {@code magento}, and a user that may only
 * read them, as a shop would give this service. Register it as a static extension; it stops with its class.
 */
public final class MagentoDatabase implements AfterAllCallback {

    public static final String READ_ONLY_USER = "magento_ro";
    /** The read-only user's password: it must never show in a response or the service's log. */
    public static final String READ_ONLY_PASSWORD = "Ro-Secret-7qXf2";

    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Path dataDir;
    private final int port;
    private final Process server;

    private MagentoDatabase(Path dataDir, int port, Process server) {
        this.dataDir = dataDir;
        this.port = port;
        this.server = server;
    }

    public static MagentoDatabase start() {
        try {
            Path dir = Files.createTempDirectory("magento-db-");
            Path data = Files.createDirectories(dir.resolve("data"));
            List<String> user = isRoot() ? List.of("--user=root") : List.of();
            List<String> install = new ArrayList<>(List.of(
                    binary("mariadb-install-db"),
                    "--no-defaults",
                    "--datadir=" + data,
                    "--auth-root-authentication-method=normal",
                    "--skip-test-db"));
            install.addAll(user);
            run(install, dir.resolve("install.log"));
            int port = ServiceProcess.freePort();
            List<String> command = new ArrayList<>(List.of(
                    binary("mariadbd"),
                    "--no-defaults",
                    "--datadir=" + data,
                    "--port=" + port,
                    "--bind-address=127.0.0.1",
                    "--socket=" + dir.resolve("mysqld.sock"),
                    "--pid-file=" + dir.resolve("mysqld.pid"),
                    "--log-error=" + dir.resolve("error.log"),
                    "--skip-log-bin",
                    "--innodb-buffer-pool-size=128M",
                    "--character-set-server=utf8mb4",
                    "--collation-server=utf8mb4_general_ci"));
            command.addAll(user);
            Process server = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("server.log").toFile())
                    .start();
            MagentoDatabase db = new MagentoDatabase(dir, port, server);
            Runtime.getRuntime().addShutdownHook(new Thread(db::stop));
            db.awaitReady();
            db.createShop();
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start MariaDB", e);
        }
    }

    /** The service's settings that point it at this database as the read-only user. */
    public String[] serviceSettings() {
        return new String[] {
            "magento.db.url=" + url(), "magento.db.user=" + READ_ONLY_USER, "magento.db.password=" + READ_ONLY_PASSWORD
        };
    }

    public String url() {
        // the test server has no certificate; MariaDB Connector/J 4 asks for TLS unless told otherwise
        return "jdbc:mariadb://127.0.0.1:" + port + "/magento?sslMode=disable";
    }

    /** A connection as MariaDB's root, to play the shop: it writes what Magento would. */
    public Connection shop() throws SQLException {
        return connect("magento", "root", "");
    }

    /** Runs statements as the shop, each with its parameters. */
    public void execute(String sql, Object... parameters) {
        try (Connection connection = shop();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("The shop's statement failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    public long count(String sql) {
        try (Connection connection = shop();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect(String database, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        Connection connection = new org.mariadb.jdbc.Driver()
                .connect("jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?sslMode=disable", properties);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET time_zone = '+00:00'");
        }
        return connection;
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(STARTUP);
        while (true) {
            try (Connection ignored = connect("mysql", "root", "")) {
                return;
            } catch (SQLException notYet) {
                if (!server.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(
                            "MariaDB did not start; see " + dataDir.resolve("error.log"), notYet);
                }
                MailServer.sleep(100);
            }
        }
    }

    private void createShop() {
        try (Connection root = connect("mysql", "root", "");
                Statement statement = root.createStatement()) {
            statement.execute("CREATE DATABASE magento CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
            for (String host : List.of("localhost", "127.0.0.1", "%")) {
                statement.execute("CREATE USER '" + READ_ONLY_USER + "'@'" + host + "' IDENTIFIED BY '"
                        + READ_ONLY_PASSWORD + "'");
                statement.execute("GRANT SELECT ON magento.* TO '" + READ_ONLY_USER + "'@'" + host + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the shop's database", e);
        }
        try (Connection shop = shop();
                Statement statement = shop.createStatement()) {
            for (String file : List.of("customer-tables", "eav-tables")) {
                for (String sql : statements("/magento/magento-2.4.8-" + file + ".sql")) {
                    statement.execute(sql);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create Magento's tables", e);
        }
    }

    /** The file's statements: comment lines dropped, split at each {@code ;} that ends a line. */
    private static List<String> statements(String resource) {
        try (InputStream in = MagentoDatabase.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder current = new StringBuilder();
            List<String> statements = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.trim().startsWith("--")) {
                    continue;
                }
                current.append(line).append('\n');
                if (line.trim().endsWith(";")) {
                    statements.add(current.toString().trim().replaceAll(";$", ""));
                    current.setLength(0);
                }
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    synchronized void stop() {
        if (server.isAlive()) {
            server.destroy();
            try {
                if (!server.waitFor(30, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (Stream<Path> paths = Files.walk(dataDir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // a temporary directory: nothing depends on it any more
        }
    }

    private static void run(List<String> command, Path log) throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command.get(0) + " failed:\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String binary(String name) {
        for (String dir : List.of("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin")) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        throw new IllegalStateException(name + " is missing: install Debian's mariadb-server (scripts/test does)");
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
