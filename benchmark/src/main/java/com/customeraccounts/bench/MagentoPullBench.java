package com.customeraccounts.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The rows of the Magento pull ({@code BENCH_ROWS=pull}): a MariaDB server of its own (Debian's
 * {@code mariadb-server}) holding Magento 2.4.8's customer tables with {@value #CUSTOMERS} customers of one
 * address each, a full pull of them into the service's PostgreSQL, then a delta run after
 * {@value #CHANGES} of them changed. The shop's rows are dated a year back, as an established shop's are,
 * so that the delta finds only the changed ones.
 */
final class MagentoPullBench {

    static final int CUSTOMERS = 100_000;
    static final int CHANGES = 1_000;
    /** Above the ids the other rows' accounts take, so that no pulled customer meets one. */
    private static final long FIRST_ID = 10_000_001;
    static final String PASSWORD = "Bench-Ro-Pw-5k";

    /** How a row reaches the report: {@code Bench.row}. */
    @FunctionalInterface
    interface Rows {
        void row(String name, String value, String spread, String bar, Boolean pass);
    }

    private final Path dir;
    private final int port;
    private final Process server;

    private MagentoPullBench(Path dir, int port, Process server) {
        this.dir = dir;
        this.port = port;
        this.server = server;
    }

    /** Starts MariaDB in {@code work/magento-db} and fills the shop; the service must start after this. */
    static MagentoPullBench start(Path work, Path ddl) throws Exception {
        Path dir = work.resolve("magento-db");
        Bench.deleteTree(dir);
        Path data = Files.createDirectories(dir.resolve("data"));
        List<String> asRoot = "root".equals(System.getProperty("user.name")) ? List.of("--user=root") : List.of();
        List<String> install = new ArrayList<>(List.of(binary("mariadb-install-db"), "--no-defaults",
                "--datadir=" + data, "--auth-root-authentication-method=normal", "--skip-test-db"));
        install.addAll(asRoot);
        Process installing = new ProcessBuilder(install).redirectErrorStream(true)
                .redirectOutput(dir.resolve("install.log").toFile()).start();
        if (!installing.waitFor(120, TimeUnit.SECONDS) || installing.exitValue() != 0) {
            throw new IllegalStateException("mariadb-install-db failed: see " + dir.resolve("install.log"));
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(binary("mariadbd"), "--no-defaults", "--datadir=" + data,
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mysqld.sock"),
                "--log-error=" + dir.resolve("error.log"), "--skip-log-bin", "--innodb-buffer-pool-size=256M",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_general_ci"));
        command.addAll(asRoot);
        Process server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile()).start();
        MagentoPullBench bench = new MagentoPullBench(dir, port, server);
        bench.awaitReady();
        // the EAV tables beside the customer tables: the pull reads the shop's own attributes from them
        Path eav = ddl.resolveSibling("magento-2.4.8-eav-tables.sql");
        bench.createShop(Files.readString(ddl) + "\n" + (Files.exists(eav) ? Files.readString(eav) : ""));
        return bench;
    }

    /** The service's options that point it at the shop as a read-only user. */
    List<String> serviceOptions() {
        return List.of("-Dmagento.db.url=jdbc:mariadb://127.0.0.1:" + port + "/magento?sslMode=disable",
                "-Dmagento.db.user=bench_ro", "-Dmagento.db.password=" + PASSWORD);
    }

    void run(HttpClient http, String base, String adminToken, Rows rows) throws Exception {
        long start = System.nanoTime();
        JsonObject full = pull(http, base, adminToken, "full");
        double seconds = (System.nanoTime() - start) / 1e9;
        long written = full.getJsonNumber("rows_written").longValue();
        double rate = written / seconds;
        Bench.log("full pull: %s", full);
        rows.row("DB pull of " + CUSTOMERS + " customers with one address each (MariaDB → PostgreSQL, full run)",
                String.format(Locale.ROOT, "%.0f customers/s (%d written in %.1f s)", rate, written, seconds),
                "one run", "≥ 5,000/s", written == CUSTOMERS && rate >= 5000);

        shop("UPDATE customer_entity SET lastname = CONCAT(lastname, ' changed') WHERE MOD(entity_id, "
                + (CUSTOMERS / CHANGES) + ") = 0");
        start = System.nanoTime();
        JsonObject delta = pull(http, base, adminToken, "delta");
        seconds = (System.nanoTime() - start) / 1e9;
        long changed = delta.getJsonNumber("rows_written").longValue();
        Bench.log("delta pull: %s", delta);
        rows.row("DB pull, delta run with " + CHANGES + " changes among " + CUSTOMERS + " customers",
                String.format(Locale.ROOT, "%.1f s (%d written)", seconds, changed), "one run", "≤ 10 s",
                changed == CHANGES && seconds <= 10);
    }

    /** Starts a run and polls it every 100 ms until it ends. */
    private static JsonObject pull(HttpClient http, String base, String adminToken, String mode) throws Exception {
        HttpRequest start = HttpRequest.newBuilder(URI.create(base + "/rest/V1/migration/runs"))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"mode\":\"" + mode + "\"}")).build();
        JsonObject run = json(http.send(start, HttpResponse.BodyHandlers.ofString()));
        long id = run.getJsonNumber("id").longValue();
        HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/rest/V1/migration/runs/" + id))
                .header("Authorization", "Bearer " + adminToken).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while ("running".equals(run.getString("status")) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            run = json(http.send(get, HttpResponse.BodyHandlers.ofString()));
        }
        if (!"completed".equals(run.getString("status"))) {
            throw new IllegalStateException("The " + mode + " run did not complete: " + run);
        }
        return run;
    }

    private static JsonObject json(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The runs API answered " + response.statusCode() + " " + response.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private void createShop(String ddl) throws SQLException {
        try (Connection root = connect("mysql"); Statement s = root.createStatement()) {
            s.execute("CREATE DATABASE magento CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
            for (String host : List.of("localhost", "127.0.0.1", "%")) {
                s.execute("CREATE USER 'bench_ro'@'" + host + "' IDENTIFIED BY '" + PASSWORD + "'");
                s.execute("GRANT SELECT ON magento.* TO 'bench_ro'@'" + host + "'");
            }
        }
        StringBuilder current = new StringBuilder();
        try (Connection shop = connect("magento"); Statement s = shop.createStatement()) {
            for (String line : ddl.split("\n")) {
                if (line.trim().startsWith("--")) {
                    continue;
                }
                current.append(line).append('\n');
                if (line.trim().endsWith(";")) {
                    s.execute(current.toString().trim().replaceAll(";$", ""));
                    current.setLength(0);
                }
            }
            String last = FIRST_ID + CUSTOMERS - 1 + "";
            s.execute("INSERT INTO customer_entity (entity_id, website_id, email, group_id, store_id, created_at, "
                    + "updated_at, created_in, firstname, lastname, password_hash, default_billing, default_shipping) "
                    + "SELECT seq, 1, CONCAT('bench-', seq, '@pull.example.com'), 1, 1, '2025-01-02 03:04:05', "
                    + "'2025-06-07 08:09:10', 'Default Store View', 'Veronica', CONCAT('Costello ', seq), "
                    + "CONCAT(SHA2(CONCAT('salt', seq), 256), ':salt:1'), seq, seq FROM seq_" + FIRST_ID + "_to_" + last);
            s.execute("INSERT INTO customer_address_entity (entity_id, parent_id, created_at, updated_at, city, "
                    + "country_id, firstname, lastname, postcode, region, region_id, street, telephone) SELECT seq, seq, "
                    + "'2025-01-02 03:04:05', '2025-06-07 08:09:10', 'Calder', 'US', 'Veronica', 'Costello', "
                    + "'49628-7978', 'Michigan', 33, CONCAT(seq, ' Honey Bluff Parkway\\nSuite 2'), '(555) 229-3326' "
                    + "FROM seq_" + FIRST_ID + "_to_" + last);
        }
        Bench.log("MariaDB on 127.0.0.1:%d holds %d Magento customers", port, CUSTOMERS);
    }

    private void shop(String sql) throws SQLException {
        try (Connection shop = connect("magento"); Statement s = shop.createStatement()) {
            s.execute(sql);
        }
    }

    private Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "root");
        p.setProperty("password", "");
        Connection connection = new org.mariadb.jdbc.Driver().connect("jdbc:mariadb://127.0.0.1:" + port + "/"
                + database + "?sslMode=disable", p);
        try (Statement s = connection.createStatement()) {
            s.execute("SET time_zone = '+00:00'");
        }
        return connection;
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (Connection ignored = connect("mysql")) {
                return;
            } catch (SQLException notYet) {
                if (!server.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("MariaDB did not start: see " + dir.resolve("error.log"), notYet);
                }
                Thread.sleep(100);
            }
        }
    }

    void stop() {
        server.destroy();
        try {
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String binary(String name) {
        for (String d : List.of("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin")) {
            if (Files.isExecutable(Path.of(d, name))) {
                return Path.of(d, name).toString();
            }
        }
        throw new IllegalStateException(name + " is missing: apt-get install mariadb-server");
    }

}
