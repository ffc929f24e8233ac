package com.customeraccounts.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.mindrot.jbcrypt.BCrypt;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleFunction;

/**
 * The benchmark harness of issue 7: starts PostgreSQL (embedded unless DB_URL is given), an SMTP sink and the
 * service as a child JVM, drives load with wrk (a separate process) and with its own HTTP client, and prints
 * one Markdown table, also written to {@code BENCH_OUT} (default {@code target/results.md}).
 */
public final class Bench {

    static final String PASSWORD = "Bench-Passw0rd!";

    // knobs
    private final int seconds = intEnv("BENCH_SECONDS", 10);
    private final int rounds = intEnv("BENCH_ROUNDS", 3);
    /** Long enough for the JIT: Payara keeps C2 busy for minutes, and a shorter warm-up measures the compiler. */
    private final int warmup = intEnv("BENCH_WARMUP", 30);
    private final int wrkThreads = intEnv("BENCH_WRK_THREADS", 1);
    private final int connections = intEnv("BENCH_CONNECTIONS", 16);
    private final int bcryptConnections = intEnv("BENCH_BCRYPT_CONNECTIONS", 4);
    private final int emailRate = intEnv("BENCH_EMAIL_RATE", 20);
    private final int emailSeconds = intEnv("BENCH_EMAIL_SECONDS", 20);
    private final int drainEmails = intEnv("BENCH_DRAIN_EMAILS", 2000);
    private final int drainTimeout = intEnv("BENCH_DRAIN_TIMEOUT", 240);
    private final int tokenPool = intEnv("BENCH_TOKEN_POOL", 100);
    private final int legacyBurst = intEnv("BENCH_LEGACY_BURST", 32);
    private final int importCustomers = intEnv("BENCH_IMPORT_CUSTOMERS", 100_000);
    /** A published Magento 2.4 hash ({@code cyclone-github/magento_cracker}) of {@link #LEGACY_PASSWORD}. */
    private static final String LEGACY_HASH =
            "ab5ebf8d273b085b6a60336198e0a5a2090fdc3e0606a678315c7274ab06e046:5PiKJRn28bBKoFMopMaaKuV47aJ6GzVg:3_32_2_67108864";
    private static final String LEGACY_PASSWORD = "Password@";
    private final int cost = Integer.parseInt(config("password.bcrypt.cost", "10"));
    /** The production flags the README gives: a bounded heap keeps the process within the memory bar. */
    static final String PRODUCTION_JAVA_OPTS = "-Xmx192m -XX:+UseSerialGC";
    private final String javaOpts = env("BENCH_JAVA_OPTS", PRODUCTION_JAVA_OPTS);
    private final String serviceArgs = env("BENCH_SERVICE_ARGS", "");
    private final boolean jfr = env("BENCH_JFR", "0").equals("1");
    private final Path serviceJar = Path.of(env("BENCH_SERVICE_JAR", "../ear-assembly/target/customer-service.jar")).toAbsolutePath();
    /** The fast-start layout (ear-assembly's {@code -Pfast-start}) the service starts from, when one is named. */
    private final String serviceLayout = env("BENCH_SERVICE_LAYOUT", "");
    private final Path luaDir = Path.of(env("BENCH_LUA_DIR", "lua")).toAbsolutePath();
    private final Path out = Path.of(env("BENCH_OUT", "target/results.md")).toAbsolutePath();
    private final Path work = Path.of(env("BENCH_WORK", "target/bench-run")).toAbsolutePath();
    private final String runId = Long.toString(System.currentTimeMillis() / 1000 % 10_000_000, 36);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final List<String[]> table = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Long> customerIds = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicLong expectedEmails = new AtomicLong();

    private EmbeddedPostgres postgres;
    private MagentoPullBench pull;
    private SmtpSink sink;
    private WebhookSink webhooks;
    private Process service;
    /** The peer while its rows run (its pid changes when it restarts), for the CPU a request costs it. */
    private KeycloakPeer runningPeer;
    private List<String> serviceCommand;
    /** This service's figures for the side-by-side table with the peer ({@code BENCH_PEER}). */
    private final Map<PeerRow, Double> ours = new java.util.EnumMap<>(PeerRow.class);
    private final Map<PeerRow, Double> theirs = new java.util.EnumMap<>(PeerRow.class);
    private final Map<PeerRow, String> peerNotes = new java.util.EnumMap<>(PeerRow.class);
    /** Keycloak's min – max over the rounds (this service's are in the main table). */
    private final Map<PeerRow, String> theirSpread = new java.util.EnumMap<>(PeerRow.class);
    private double argon2Ceiling = Double.NaN;
    private final String peer = env("BENCH_PEER", "none");
    private int port;
    private String base;
    private String adminToken;
    private RssSampler rss;
    private double ceiling = Double.NaN;
    private String dbDescription;
    private final String loadAtStart = loadAverage();

    public static void main(String[] args) throws Exception {
        Bench bench = new Bench();
        int status;
        try {
            status = bench.run();
        } finally {
            bench.stop();
        }
        System.exit(status);
    }

    private int run() throws Exception {
        Files.createDirectories(work);
        log("run %s: %d round(s) of %d s per row after %d s of warm-up, bcrypt cost %d, service JVM options [%s]",
                runId, rounds, seconds, warmup, cost, javaOpts);
        startDatabase();
        sink = new SmtpSink();
        log("SMTP sink on 127.0.0.1:%d", sink.port());
        webhooks = new WebhookSink();
        if (rowSelected("pull")) {
            pull = MagentoPullBench.start(work, Path.of(env("BENCH_MAGENTO_DDL",
                    "../customer-web/src/test/resources/magento/magento-2.4.8-customer-tables.sql")));
        }
        startService();

        rss.loadStarted();
        List<String> tokenEmails = rowSelected("token") ? tokenPool() : List.of();
        if (rowSelected("email")) {
            emailLatency();
            emailDrain();
        }
        if (rowSelected("get")) {
            get();
        }
        if (rowSelected("search")) {
            search();
        }
        awaitIdle();
        bcryptCeiling();
        if (rowSelected("token")) {
            tokens(tokenEmails);
        }
        if (rowSelected("create-password")) {
            createWithPassword();
        }
        if (rowSelected("create")) {
            createWithoutPassword();
        }
        if (rowSelected("create-keyed")) {
            createWithIdempotencyKey();
        }
        if (rowSelected("webhook")) {
            webhookLatency();
            webhookDrain();
        }
        if (rowSelected("import")) {
            csvImport();
        }
        rss.loadStopped();
        memory();
        if (rowSelected("legacy")) {
            legacySignIns();
        }
        if (pull != null) {
            pull.run(http, base, adminToken, this::row);
        }
        if (peer.equals("keycloak")) {
            restartService();
            stopService();
            keycloak();
        } else if (!peer.equals("none")) {
            throw new IllegalArgumentException("BENCH_PEER is keycloak or none, not " + peer);
        }

        String report = report();
        System.out.println();
        System.out.println(report);
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        log("table written to %s; service log in %s", out, work.resolve("service.log"));
        return failures.get() == 0 ? 0 : 1;
    }

    /**
     * The CSV import row ({@link CsvImportBench}): {@code BENCH_IMPORT_CUSTOMERS} (100,000) customers with one
     * address each, one request; about 217,000 make the largest body the route takes by default (64 MiB).
     */
    private void csvImport() throws Exception {
        CsvImportBench.Result r = new CsvImportBench(base, adminToken).run(importCustomers, runId);
        log("import: %d customers in %s, %s, answer %d %s", r.customers(), Stats.ms(r.millis()),
                String.format(Locale.ROOT, "%.0f /s", r.perSecond()), r.status(), r.answer());
        if (!r.answeredAsMagento()) {
            failures.incrementAndGet();
        }
        row(String.format(Locale.ROOT, "CSV import, %,d customers with one address (`POST /V1/import/csv`, `customer_composite`, %s)",
                        importCustomers, mib(r.bodyBytes())),
                String.format(Locale.ROOT, "%.0f customers/s", r.perSecond()), "one run of " + Stats.ms(r.millis()),
                "≥ 5,000 /s", r.answeredAsMagento() && r.perSecond() >= 5000);
    }

    /**
     * Webhook latency: {@code BENCH_EMAIL_RATE} updates a second for {@code BENCH_EMAIL_SECONDS}, each of another
     * customer (made first), each {@code customer.updated} event's arrival at the endpoint minus the update's
     * 200, as the email row measures the email.
     */
    private void webhookLatency() throws Exception {
        int total = emailRate * emailSeconds;
        List<Long> ids = customersToUpdate("wh-lat", total);
        log("webhook latency: %d updates at %d/s, each event's arrival minus its 200", ids.size(), emailRate);
        Map<Long, Long> answeredAt = new ConcurrentHashMap<>();
        Map<Long, Long> sentAt = new ConcurrentHashMap<>();
        List<CompletableFuture<Void>> pending = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger n = new AtomicInteger();
        CountDownLatch issued = new CountDownLatch(ids.size());
        ticker.scheduleAtFixedRate(() -> {
            int i = n.getAndIncrement();
            if (i >= ids.size()) {
                return;
            }
            long id = ids.get(i);
            sentAt.put(id, System.nanoTime());
            pending.add(updateAsync(id).thenAccept(response -> {
                if (response.statusCode() == 200) {
                    answeredAt.put(id, System.nanoTime());
                }
            }));
            issued.countDown();
        }, 0, 1_000_000 / emailRate, TimeUnit.MICROSECONDS);
        issued.await();
        ticker.shutdown();
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        awaitEvents(ids, 60);
        List<Double> latencies = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        int missing = 0;
        for (Map.Entry<Long, Long> answered : answeredAt.entrySet()) {
            Long received = webhooks.receivedAt(answered.getKey());
            if (received == null) {
                missing++;
            } else {
                latencies.add((received - answered.getValue()) / 1e6);
                upper.add((received - sentAt.get(answered.getKey())) / 1e6);
            }
        }
        double[] values = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        double[] uppers = upper.stream().mapToDouble(Double::doubleValue).toArray();
        double p50 = Stats.percentile(values, 50);
        double p99 = Stats.percentile(values, 99);
        double p50Upper = Stats.percentile(uppers, 50);
        double p99Upper = Stats.percentile(uppers, 99);
        log("  %d answered, %d events matched, %d missing; from the 200: p50 %s p99 %s; from the request: p50 %s p99 %s",
                answeredAt.size(), latencies.size(), missing, Stats.ms(p50), Stats.ms(p99), Stats.ms(p50Upper), Stats.ms(p99Upper));
        boolean complete = answeredAt.size() == ids.size() && missing == 0;
        if (!complete) {
            notes.add("webhook latency: " + (ids.size() - answeredAt.size()) + " update(s) not answered 200, "
                    + missing + " event(s) not received within 60 s");
        }
        row("webhook: commit → endpoint (" + ids.size() + " updates at " + emailRate + "/s, `customer.updated`)",
                "p50 " + Stats.ms(p50) + ", p99 " + Stats.ms(p99) + " (from the 200; from the request: p50 "
                        + Stats.ms(p50Upper) + ", p99 " + Stats.ms(p99Upper) + ")",
                "min – max from the 200 " + Stats.range(latencies, Stats::ms), "p50 < 1 s (as email)",
                complete && p50Upper < 1000);
    }

    /** A burst of {@code BENCH_DRAIN_EMAILS} updates of as many customers; events per minute, first to last arrival. */
    private void webhookDrain() throws Exception {
        List<Long> ids = customersToUpdate("wh-drain", drainEmails);
        int before = webhooks.arrivals().size();
        log("webhook drain: burst of %d updates, then waiting up to %d s for their events", ids.size(), drainTimeout);
        Semaphore slots = new Semaphore(connections);
        List<CompletableFuture<?>> all = new ArrayList<>();
        long start = System.nanoTime();
        for (long id : ids) {
            slots.acquire();
            all.add(updateAsync(id).whenComplete((r, e) -> slots.release()));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        double burstSeconds = (System.nanoTime() - start) / 1e9;
        awaitEvents(ids, drainTimeout);
        List<Long> arrivals = webhooks.arrivals();
        List<Long> burst = arrivals.subList(before, arrivals.size());
        boolean complete = ids.stream().allMatch(id -> webhooks.receivedAt(id) != null);
        double minutes = burst.size() < 2 ? Double.NaN : (burst.get(burst.size() - 1) - burst.get(0)) / 6e10;
        double perMinute = burst.size() / minutes;
        log("  %d updates in %.1f s; %d events arrived, %.0f /min from the first to the last", ids.size(), burstSeconds,
                burst.size(), perMinute);
        row("webhook drain (burst of " + ids.size() + " updates, 16 connections, events/min first → last arrival)",
                String.format(Locale.ROOT, "%,.0f events/min", perMinute),
                String.format(Locale.ROOT, "updates took %.1f s", burstSeconds), "≥ 500/min (as email)",
                complete && perMinute >= 500);
    }

    /** Makes {@code count} passwordless customers without addresses; their ids. */
    private List<Long> customersToUpdate(String label, int count) throws InterruptedException {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            emails.add(runId + "-" + label + "-" + i + "@bench.example.com");
        }
        int first = customerIds.size();
        createAll(emails, false, false, connections);
        awaitEmails(120);
        synchronized (customerIds) {
            return List.copyOf(customerIds.subList(first, customerIds.size()));
        }
    }

    private CompletableFuture<HttpResponse<String>> updateAsync(long id) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/rest/V1/customers/" + id))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + adminToken)
                .timeout(Duration.ofSeconds(60))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"customer\":{\"lastname\":\"Updated\"}}")).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
            if (error != null || response.statusCode() != 200) {
                failures.incrementAndGet();
                System.err.println("!!! update " + id + ": " + (error != null ? error : response.statusCode() + " " + response.body()));
            }
        });
    }

    private void awaitEvents(List<Long> ids, int timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (!ids.stream().allMatch(id -> webhooks.receivedAt(id) != null) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /** {@code BENCH_ROWS}: a comma-separated subset of email, get, search, token, create-password, create, create-keyed, webhook, legacy, import, pull (default all). */
    private boolean rowSelected(String row) {
        String rows = env("BENCH_ROWS", "all");
        return rows.equals("all") || List.of(rows.split(",")).contains(row);
    }

    // ---------------------------------------------------------------- environment

    private void startDatabase() throws IOException {
        String url = System.getenv("DB_URL");
        if (url != null && !url.isBlank()) {
            dbDescription = "PostgreSQL at DB_URL";
            return;
        }
        log("starting embedded PostgreSQL (zonky)");
        postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).setCleanDataDirectory(true).start();
        dbDescription = "embedded PostgreSQL 17.6 (zonky), port " + postgres.getPort();
    }

    private void startService() throws Exception {
        port = intEnv("BENCH_PORT", freePort());
        base = "http://127.0.0.1:" + port;
        String adminPassword = env("ADMIN_PASSWORD", randomPassword());
        Path dataDir = work.resolve("data");
        deleteTree(dataDir);
        Files.createDirectories(dataDir);

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : javaOpts.trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        if (postgres != null) {
            command.add("-Ddb.url=" + postgres.getJdbcUrl("postgres", "postgres"));
            command.add("-Ddb.user=postgres");
            command.add("-Ddb.password=postgres");
        }
        command.add("-Dmail.smtp.host=127.0.0.1");
        command.add("-Dmail.smtp.port=" + sink.port());
        command.add("-Dadmin.password=" + adminPassword);
        command.add("-Ddata.dir=" + dataDir);
        command.add("-Dpassword.bcrypt.cost=" + cost);
        command.add("-Dwebhooks.file=" + webhooks.webhooksFile(work));
        if (pull != null) {
            command.addAll(pull.serviceOptions());
        }
        // one loopback client drives thousands of sign-ups and sign-ins a second: the limits stay on, out of reach
        for (String limit : List.of("create_account", "customer_token", "admin_token", "password_reset",
                "confirmation_resend", "email_available")) {
            command.add("-Dratelimit." + limit + ".limit=2000000000");
        }
        command.addAll(launch());
        command.add("--port");
        command.add(Integer.toString(port));
        for (String arg : serviceArgs.trim().split("\\s+")) {
            if (!arg.isEmpty()) {
                command.add(arg);
            }
        }
        log("starting the service: %s", String.join(" ", command).replace(adminPassword, "***")
                .replace(MagentoPullBench.PASSWORD, "***"));
        serviceCommand = List.copyOf(command);
        double startup = launchService();
        log("first 200 after %s (pid %d, RSS %s)", Stats.ms(startup), service.pid(), mib(rss.current()));
        ours.put(PeerRow.START, startup);
        row("start-up to first 200 (`GET /V1/directory/countries`)", Stats.ms(startup), "one start",
                "≤ 10 s", startup <= 10_000);

        JsonObject credentials = Json.createObjectBuilder().add("username", env("ADMIN_USERNAME", "admin"))
                .add("password", adminPassword).build();
        HttpResponse<String> token = post("/rest/V1/integration/admin/token", credentials.toString(), null);
        if (token.statusCode() != 200) {
            throw new IllegalStateException("Admin token: " + token.statusCode() + " " + token.body());
        }
        adminToken = token.body().replace("\"", "").trim();
    }

    /** How the service is launched: the uber jar, or the fast-start layout's launcher with its class archive. */
    private List<String> launch() {
        if (serviceLayout.isBlank()) {
            if (!Files.isRegularFile(serviceJar)) {
                throw new IllegalStateException("No service jar at " + serviceJar + ": run mvn -B -q -DskipTests package first");
            }
            return List.of("-jar", serviceJar.toString());
        }
        Path layout = Path.of(serviceLayout).toAbsolutePath();
        Path archive = layout.resolve("customer-service.jsa");
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("No fast-start layout at " + layout + ": run mvn -B -q -DskipTests -Pfast-start package first");
        }
        return List.of("-XX:SharedArchiveFile=" + archive, "-jar", layout.resolve("launch-micro.jar").toString());
    }

    /** Starts the service's process with the command made by {@link #startService}; milliseconds to its first 200. */
    private double launchService() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(serviceCommand)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("service.log").toFile()));
        long start = System.nanoTime();
        service = builder.start();
        rss = new RssSampler(service.pid());
        HttpRequest probe = HttpRequest.newBuilder(URI.create(base + "/rest/V1/directory/countries"))
                .timeout(Duration.ofSeconds(5)).build();
        double startup = Double.NaN;
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(300)) {
            if (!service.isAlive()) {
                throw new IllegalStateException("The service exited with " + service.exitValue() + ": see " + work.resolve("service.log"));
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    startup = (System.nanoTime() - start) / 1e6;
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        if (Double.isNaN(startup)) {
            throw new IllegalStateException("The service did not answer 200 within 300 s");
        }
        return startup;
    }

    /** Stops the service (SIGTERM, as an operator would) and starts it again on the same database and data. */
    private void restartService() throws Exception {
        stopService();
        double restart = launchService();
        log("restart: first 200 after %s", Stats.ms(restart));
        ours.put(PeerRow.RESTART, restart);
        row("restart to first 200, existing database", Stats.ms(restart), "one restart", "(≤ Keycloak's restart)", null);
    }

    private void stopService() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor();
            }
        }
    }

    private void stop() {
        if (pull != null) {
            pull.stop();
        }
        try {
            stopService();
        } catch (InterruptedException e) {
            service.destroyForcibly();
        }
        try {
            if (sink != null) {
                sink.close();
            }
            if (webhooks != null) {
                webhooks.close();
            }
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException e) {
            log("while stopping: %s", e);
        }
    }

    // ---------------------------------------------------------------- the peer

    /** The rows of the side-by-side table; {@code higherIsBetter} says which way the ratio reads. */
    enum PeerRow {
        CREATE("create without password, 16 connections", "/s", true),
        GET("GET a customer / user by id, admin token, 16 connections", "/s", true),
        GET_DEFAULT_HEAP("GET by id, Keycloak at its default heap (512 MiB)", "/s", true),
        CREATE_PASSWORD("create with password, 4 connections", "/s", true),
        SIGN_IN("sign-in (one password check), 4 connections", "/s", true),
        START("start-up to first 200, fresh database", "ms", false),
        RESTART("restart to first 200, existing database", "ms", false),
        MEMORY("resident memory under load (max VmRSS)", "MiB", false);

        final String label;
        final String unit;
        final boolean higherIsBetter;

        PeerRow(String label, String unit, boolean higherIsBetter) {
            this.label = label;
            this.unit = unit;
            this.higherIsBetter = higherIsBetter;
        }
    }

    private static final String PEER_HEAP = "-Xms64m -Xmx192m";
    private static final String PEER_DEFAULT_HEAP = "-Xms64m -Xmx512m";

    /**
     * Keycloak's rows ({@code shared/docs/keycloak-peer.md}), after this service's and with it stopped: the same
     * PostgreSQL, the same heap bound, the same connections, warm-up and rounds; a fresh admin token per run.
     */
    private void keycloak() throws Exception {
        if (postgres == null) {
            throw new IllegalStateException("BENCH_PEER=keycloak runs Keycloak on the embedded PostgreSQL: leave DB_URL unset");
        }
        Path zip = Path.of(env("BENCH_PEER_ZIP", "target/peer/keycloak-quarkus-dist-" + KeycloakPeer.VERSION + ".zip"))
                .toAbsolutePath();
        Path java = Path.of(env("BENCH_PEER_JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        try (KeycloakPeer kc = KeycloakPeer.prepare(zip, work, java, this::postgresConnection, postgres.getPort(),
                randomPassword(), freePort(), freePort())) {
            runningPeer = kc;
            double fresh = kc.startFresh(PEER_HEAP);
            log("Keycloak: first 200 after %s on a fresh database (pid %d)", Stats.ms(fresh), kc.pid());
            theirs.put(PeerRow.START, fresh);
            kc.createRealm();
            RssSampler kcRss = new RssSampler(kc.pid());
            kcRss.loadStarted();

            List<String> pool = new ArrayList<>();
            for (int i = 0; i < tokenPool; i++) {
                pool.add(runId + "-kc-pool-" + i + "@bench.example.com");
            }
            kc.createUsers(pool, true, bcryptConnections);
            Path poolFile = work.resolve("kc-token-emails.txt");
            Files.write(poolFile, pool);
            List<String> getEmails = new ArrayList<>();
            for (int i = 0; i < Math.max(customerIds.size(), 1); i++) {
                getEmails.add(runId + "-kc-get-" + i + "@bench.example.com");
            }
            Path ids = work.resolve("kc-ids.txt");
            Files.write(ids, kc.createUsers(getEmails, false, connections));
            log("Keycloak: %d users to GET, %d with a password to sign in", getEmails.size(), pool.size());

            WrkRow get = wrkRow(kc.base(), "Keycloak GET", "kc-get.lua", connections, round -> Map.of(
                    "BENCH_IDS", ids.toString(), "BENCH_TOKEN", freshToken(kc), "BENCH_REALM", kc.realm()));
            theirs.put(PeerRow.GET, get.rate());
            theirSpread.put(PeerRow.GET, get.spread());

            awaitIdle(kc.pid());
            argon2Ceiling();

            WrkRow signIn = wrkRow(kc.base(), "Keycloak sign-in", "kc-token.lua", bcryptConnections, round -> Map.of(
                    "BENCH_EMAILS", poolFile.toString(), "BENCH_REALM", kc.realm(), "BENCH_CLIENT", kc.client()));
            theirs.put(PeerRow.SIGN_IN, signIn.rate());
            theirSpread.put(PeerRow.SIGN_IN, signIn.spread());
            WrkRow withPassword = wrkRow(kc.base(), "Keycloak create with password", "kc-create.lua", bcryptConnections,
                    round -> Map.of("BENCH_PREFIX", runId + "-kc-pw-" + round, "BENCH_PASSWORD", "1",
                            "BENCH_TOKEN", freshToken(kc), "BENCH_REALM", kc.realm()));
            theirs.put(PeerRow.CREATE_PASSWORD, withPassword.rate());
            theirSpread.put(PeerRow.CREATE_PASSWORD, withPassword.spread());
            WrkRow create = wrkRow(kc.base(), "Keycloak create without password", "kc-create.lua", connections,
                    round -> Map.of("BENCH_PREFIX", runId + "-kc-np-" + round, "BENCH_PASSWORD", "0",
                            "BENCH_TOKEN", freshToken(kc), "BENCH_REALM", kc.realm()));
            theirs.put(PeerRow.CREATE, create.rate());
            theirSpread.put(PeerRow.CREATE, create.spread());
            kcRss.loadStopped();
            theirs.put(PeerRow.MEMORY, kcRss.maxUnderLoad() / 1048576.0);

            double restart = kc.restart(PEER_HEAP);
            log("Keycloak: restart, first 200 after %s", Stats.ms(restart));
            theirs.put(PeerRow.RESTART, restart);

            kc.restart(PEER_DEFAULT_HEAP);
            WrkRow getDefaultHeap = wrkRow(kc.base(), "Keycloak GET at its default heap", "kc-get.lua", connections,
                    round -> Map.of("BENCH_IDS", ids.toString(), "BENCH_TOKEN", freshToken(kc), "BENCH_REALM", kc.realm()));
            theirs.put(PeerRow.GET_DEFAULT_HEAP, getDefaultHeap.rate());
            theirSpread.put(PeerRow.GET_DEFAULT_HEAP, getDefaultHeap.spread());
            if (ours.containsKey(PeerRow.GET)) {
                ours.put(PeerRow.GET_DEFAULT_HEAP, ours.get(PeerRow.GET));
            }
            peerNotes.put(PeerRow.GET_DEFAULT_HEAP, "this service at its 192 MiB");
            peerNotes.put(PeerRow.CREATE_PASSWORD, shares(PeerRow.CREATE_PASSWORD));
            peerNotes.put(PeerRow.SIGN_IN, shares(PeerRow.SIGN_IN));
            peerNotes.put(PeerRow.CREATE, "this service's customer has one address; Keycloak's user none");
        }
    }

    /** Keycloak's admin token lives 60 s: one per load run (warm-up or round). */
    private static String freshToken(KeycloakPeer kc) {
        try {
            return kc.adminToken();
        } catch (Exception e) {
            throw new IllegalStateException("Keycloak admin token", e);
        }
    }

    /** Each side's rate as a share of its own hash's ceiling: bcrypt here, Keycloak's Argon2id there. */
    private String shares(PeerRow row) {
        Double mine = ours.get(row);
        Double peerRate = theirs.get(row);
        return "of own hash ceiling: Keycloak " + (peerRate == null ? "n/a" : Stats.pct(peerRate / argon2Ceiling))
                + " (Argon2id ceiling " + Stats.num(argon2Ceiling) + "/s), this service "
                + (mine == null ? "n/a" : Stats.pct(mine / ceiling)) + " (bcrypt ceiling " + Stats.num(ceiling) + "/s)";
    }

    /** Keycloak's hash (Argon2id m=7168 KiB, t=5, p=1) on N threads, measured as the bcrypt ceiling is. */
    private void argon2Ceiling() throws InterruptedException {
        int threads = Runtime.getRuntime().availableProcessors();
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        java.util.function.IntConsumer hash =
                i -> KeycloakPeer.argon2((PASSWORD + i).getBytes(java.nio.charset.StandardCharsets.UTF_8), salt);
        hashFor(threads, Math.min(warmup, 10), hash);
        List<Double> rates = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            rates.add(hashFor(threads, seconds, hash));
        }
        argon2Ceiling = Stats.median(rates);
        row("raw Argon2id ceiling, Keycloak's parameters (" + threads + " threads, m=7168 KiB, t=5, p=1)",
                Stats.num(argon2Ceiling) + " hashes/s", Stats.range(rates, Stats::num), "(reference)", null);
    }

    private java.sql.Connection postgresConnection() {
        try {
            return postgres.getPostgresDatabase().getConnection();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("PostgreSQL", e);
        }
    }

    private String peerTable() {
        StringBuilder s = new StringBuilder("\n### Side by side with Keycloak " + KeycloakPeer.VERSION
                + " (same PostgreSQL, heap `" + PEER_HEAP + "`, Temurin 25 for Keycloak)\n\n");
        s.append("| row | Keycloak | Keycloak's spread | this service | this service ÷ Keycloak | note |\n"
                + "|---|---|---|---|---|---|\n");
        for (PeerRow row : PeerRow.values()) {
            Double k = theirs.get(row);
            Double o = ours.get(row);
            String ratio = k == null || o == null ? "n/a"
                    : String.format(Locale.ROOT, "%.2f (%s is better)", o / k, row.higherIsBetter ? "higher" : "lower");
            s.append("| ").append(row.label).append(" | ").append(peerValue(k, row)).append(" | ")
                    .append(theirSpread.getOrDefault(row, "one run")).append(" | ")
                    .append(peerValue(o, row)).append(" | ").append(ratio).append(" | ")
                    .append(peerNotes.getOrDefault(row, "")).append(" |\n");
        }
        return s.toString();
    }

    private static String peerValue(Double value, PeerRow row) {
        if (value == null) {
            return "n/a";
        }
        return switch (row.unit) {
            case "ms" -> Stats.ms(value);
            case "MiB" -> String.format(Locale.ROOT, "%.0f MiB", value);
            default -> Stats.num(value) + row.unit;
        };
    }

    // ---------------------------------------------------------------- rows

    /** N threads (N = cores) of plain BCrypt.hashpw at the configured cost, while the service is idle. */
    private void bcryptCeiling() throws InterruptedException {
        int threads = Runtime.getRuntime().availableProcessors();
        log("bcrypt ceiling: %d thread(s) of BCrypt.hashpw at cost %d", threads, cost);
        hashFor(threads, warmup);
        List<Double> rates = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            rates.add(hashFor(threads, seconds));
            log("  round %d: %.2f hashes/s", r + 1, rates.get(r));
        }
        ceiling = Stats.median(rates);
        row("raw bcrypt ceiling (" + threads + " threads of `BCrypt.hashpw`, cost " + cost + ")",
                Stats.num(ceiling) + " hashes/s", Stats.range(rates, Stats::num), "(reference)", null);
    }

    private double hashFor(int threads, int secs) throws InterruptedException {
        return hashFor(threads, secs, i -> BCrypt.hashpw("Bench-Passw0rd!" + i, BCrypt.gensalt(cost)));
    }

    private double hashFor(int threads, int secs, java.util.function.IntConsumer hash) throws InterruptedException {
        AtomicLong hashes = new AtomicLong();
        CountDownLatch done = new CountDownLatch(threads);
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(secs);
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                int i = 0;
                while (System.nanoTime() < end) {
                    hash.accept(i++);
                    hashes.incrementAndGet();
                }
                done.countDown();
            });
            thread.start();
        }
        done.await();
        return hashes.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** Customers with the benchmark password for the token row; they also warm the create path. */
    private List<String> tokenPool() throws Exception {
        log("creating %d customers with a password (token pool, warm-up)", tokenPool);
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < tokenPool; i++) {
            emails.add(runId + "-pool-" + i + "@bench.example.com");
        }
        createAll(emails, true, true, bcryptConnections);
        Files.write(work.resolve("token-emails.txt"), emails);
        awaitEmails(60);
        return emails;
    }

    /** Creates at a fixed rate; per recipient, SMTP receipt minus the arrival of its create's 200. */
    private void emailLatency() throws Exception {
        int total = emailRate * emailSeconds;
        log("email latency: %d creates at %d/s, each welcome email's SMTP receipt minus its 200", total, emailRate);
        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<CompletableFuture<Void>> pending = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger n = new AtomicInteger();
        CountDownLatch issued = new CountDownLatch(total);
        ticker.scheduleAtFixedRate(() -> {
            int i = n.getAndIncrement();
            if (i >= total) {
                return;
            }
            String email = runId + "-lat-" + i + "@bench.example.com";
            sentAt.put(email, System.nanoTime());
            pending.add(createAsync(email, false, true).thenAccept(response -> {
                if (response.statusCode() == 200) {
                    answeredAt.put(email, System.nanoTime());
                }
            }));
            issued.countDown();
        }, 0, 1_000_000 / emailRate, TimeUnit.MICROSECONDS);
        issued.await();
        ticker.shutdown();
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        awaitEmails(60);
        // The commit lies between the request leaving and its 200 arriving: receipt − 200 is a lower bound of
        // commit → SMTP (negative when the email beats the response home), receipt − request an upper bound.
        List<Double> latencies = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        int missing = 0;
        for (Map.Entry<String, Long> answered : answeredAt.entrySet()) {
            Long received = sink.receivedAt(answered.getKey());
            if (received == null) {
                missing++;
            } else {
                latencies.add((received - answered.getValue()) / 1e6);
                upper.add((received - sentAt.get(answered.getKey())) / 1e6);
            }
        }
        double[] values = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        double[] uppers = upper.stream().mapToDouble(Double::doubleValue).toArray();
        double p50 = Stats.percentile(values, 50);
        double p99 = Stats.percentile(values, 99);
        double p50Upper = Stats.percentile(uppers, 50);
        double p99Upper = Stats.percentile(uppers, 99);
        log("  %d answered, %d emails matched, %d missing; from the 200: p50 %s p99 %s; from the request: p50 %s p99 %s",
                answeredAt.size(), latencies.size(), missing, Stats.ms(p50), Stats.ms(p99), Stats.ms(p50Upper), Stats.ms(p99Upper));
        boolean complete = answeredAt.size() == total && missing == 0;
        if (!complete) {
            notes.add("email latency: " + (total - answeredAt.size()) + " create(s) not answered 200, "
                    + missing + " email(s) not received within 60 s");
        }
        row("email: commit → SMTP (" + total + " creates at " + emailRate + "/s)",
                "p50 " + Stats.ms(p50) + ", p99 " + Stats.ms(p99) + " (from the 200; from the request: p50 "
                        + Stats.ms(p50Upper) + ", p99 " + Stats.ms(p99Upper) + ")",
                "min – max from the 200 " + Stats.range(latencies, Stats::ms), "p50 < 1 s", complete && p50Upper < 1000);
    }

    /** A burst of passwordless creates; emails per minute from the first receipt to the last. */
    private void emailDrain() throws Exception {
        log("email drain: burst of %d passwordless creates, then waiting up to %d s for their emails", drainEmails, drainTimeout);
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < drainEmails; i++) {
            emails.add(runId + "-drain-" + i + "@bench.example.com");
        }
        String prefix = runId + "-drain-";
        long start = System.nanoTime();
        createAll(emails, false, true, connections);
        double burstSeconds = (System.nanoTime() - start) / 1e9;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(drainTimeout);
        List<SmtpSink.Receipt> burst;
        do {
            Thread.sleep(250);
            burst = sink.receipts().stream().filter(r -> r.recipient().startsWith(prefix)).toList();
        } while (burst.size() < drainEmails && System.nanoTime() < deadline);
        double rate = Double.NaN;
        String spread = "n/a";
        if (burst.size() > 1) {
            long first = burst.get(0).nanos();
            long last = burst.get(burst.size() - 1).nanos();
            rate = (burst.size() - 1) / ((last - first) / 6e10);
            // per-10-s windows between first and last receipt, for the spread
            List<Double> windows = new ArrayList<>();
            for (long w = first; w + 10_000_000_000L <= last; w += 10_000_000_000L) {
                long from = w;
                long to = w + 10_000_000_000L;
                windows.add(burst.stream().filter(r -> r.nanos() >= from && r.nanos() < to).count() * 6.0);
            }
            spread = windows.isEmpty() ? "(under 10 s)" : "10-s windows " + Stats.range(windows, Stats::num) + " /min";
        }
        log("  %d of %d emails in; burst of creates took %.1f s; %s emails/min", burst.size(), drainEmails, burstSeconds, Stats.num(rate));
        boolean complete = burst.size() == drainEmails;
        if (!complete) {
            notes.add("email drain: only " + burst.size() + " of " + drainEmails + " emails received within " + drainTimeout + " s");
        }
        row("email: drain (" + drainEmails + " queued by a burst)", Stats.num(rate) + " emails/min", spread,
                "≥ 500 /min", complete && rate >= 500);
    }

    private void get() throws Exception {
        if (customerIds.isEmpty()) {
            // BENCH_ROWS without the email rows, which make the customers it reads otherwise
            List<String> emails = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                emails.add(runId + "-get-" + i + "@bench.example.com");
            }
            log("creating %d customers without a password to read", emails.size());
            createAll(emails, false, true, connections);
        }
        Path ids = work.resolve("customer-ids.txt");
        synchronized (customerIds) {
            Files.write(ids, customerIds.stream().map(String::valueOf).toList());
        }
        WrkRow result = wrkRow("GET", "get.lua", connections, round -> Map.of(
                "BENCH_IDS", ids.toString(), "BENCH_TOKEN", adminToken));
        ours.put(PeerRow.GET, result.rate());
        row("`GET /V1/customers/{id}`, admin token (" + customerIds.size() + " ids, " + connections + " connections)",
                result.summary("requests/s"), result.spread(), "≥ 5,000 /s", result.ok() && result.rate() >= 5000);
    }

    /**
     * A filtered, sorted second page, as an admin grid asks for it: the timing that used to sit in a test
     * (CustomerSearchIT) measured here instead, through the service, on whatever customers the run made.
     */
    private void search() throws Exception {
        String query = "searchCriteria[filter_groups][0][filters][0][field]=lastname"
                + "&searchCriteria[filter_groups][0][filters][0][value]=%25e%25"
                + "&searchCriteria[filter_groups][0][filters][0][condition_type]=like"
                + "&searchCriteria[filter_groups][1][filters][0][field]=website_id"
                + "&searchCriteria[filter_groups][1][filters][0][value]=1"
                + "&searchCriteria[sortOrders][0][field]=created_at&searchCriteria[sortOrders][0][direction]=DESC"
                + "&searchCriteria[pageSize]=20&searchCriteria[currentPage]=2";
        WrkRow result = wrkRow("search", "search.lua", connections, round -> Map.of(
                "BENCH_QUERY", query, "BENCH_TOKEN", adminToken));
        row("`GET /V1/customers/search`, lastname like, website, newest first, page 2 of 20 (" + customerIds.size()
                + "+ customers, " + connections + " connections)", result.summary("requests/s"), result.spread(),
                "none (reference)", result.ok() ? null : false);
    }

    private void tokens(List<String> emails) throws Exception {
        WrkRow result = wrkRow("customer token", "token.lua", bcryptConnections, round -> Map.of(
                "BENCH_EMAILS", work.resolve("token-emails.txt").toString()));
        ours.put(PeerRow.SIGN_IN, result.rate());
        row("customer token issuance (" + emails.size() + " customers, " + bcryptConnections + " connections)",
                result.summary("tokens/s") + "; " + Stats.pct(result.rate() / ceiling) + " of ceiling",
                result.spread(), "(none; one bcrypt verify)", result.ok() ? null : false);
    }

    private void createWithPassword() throws Exception {
        WrkRow result = wrkRow("create with password", "create.lua", bcryptConnections, round -> Map.of(
                "BENCH_PREFIX", runId + "-pw-" + round, "BENCH_PASSWORD", "1", "BENCH_ADDRESS", "1"));
        double ratio = result.rate() / ceiling;
        ours.put(PeerRow.CREATE_PASSWORD, result.rate());
        row("create with password, 1 address (" + bcryptConnections + " connections)",
                result.summary("accounts/s") + "; **" + Stats.pct(ratio) + " of ceiling**",
                result.spread(), "≥ 90 % of ceiling", result.ok() && ratio >= 0.9);
    }

    private void createWithoutPassword() throws Exception {
        WrkRow result;
        BacklogSampler backlog = new BacklogSampler(http, base);
        try {
            result = wrkRow("create without password", "create.lua", connections, round -> Map.of(
                    "BENCH_PREFIX", runId + "-np-" + round, "BENCH_PASSWORD", "0", "BENCH_ADDRESS", "1"));
        } finally {
            backlog.close();
        }
        ours.put(PeerRow.CREATE, result.rate());
        row("create without password, 1 address (" + connections + " connections)", result.summary("accounts/s"),
                result.spread(), "≥ 1,000 /s", result.ok() && result.rate() >= 1000);
        emailBacklog(backlog);
    }

    /** The create row again, each request with an Idempotency-Key of its own: what safe retries cost. */
    private void createWithIdempotencyKey() throws Exception {
        WrkRow result = wrkRow("create without password, with an Idempotency-Key", "create.lua", connections, round -> Map.of(
                "BENCH_PREFIX", runId + "-key-" + round, "BENCH_PASSWORD", "0", "BENCH_ADDRESS", "1", "BENCH_IDEMPOTENCY", "1"));
        row("create without password, 1 address, each with an `Idempotency-Key` (" + connections + " connections)",
                result.summary("accounts/s"), result.spread(), "(against the row without the key)", result.ok());
    }

    /** How far the email drain fell behind the creates of the row just run, and how long it took to catch up. */
    private void emailBacklog(BacklogSampler backlog) throws Exception {
        long loadEnded = System.nanoTime();
        long atEnd = backlog.sample();
        long deadline = loadEnded + TimeUnit.SECONDS.toNanos(drainTimeout);
        long now = atEnd;
        while (now != 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            now = backlog.sample();
        }
        double emptyAfter = (System.nanoTime() - loadEnded) / 1e9;
        log("email backlog: max %d during the load, %d at its end, %s", backlog.max(), atEnd,
                now == 0 ? String.format(Locale.ROOT, "empty %.1f s later", emptyAfter) : "still " + now + " after " + drainTimeout + " s");
        row("email backlog under the create-without-password load (`email_outbox_backlog`, sampled every 500 ms)",
                "max " + backlog.max() + ", " + atEnd + " when the load ended, "
                        + (now == 0 ? String.format(Locale.ROOT, "empty %.1f s later", emptyAfter) : "not empty after " + drainTimeout + " s"),
                "n/a", "empty ≤ 30 s after the load", now == 0 && emptyAfter <= 30);
    }

    private void memory() throws IOException {
        long[] status = RssSampler.read(service.pid());
        ours.put(PeerRow.MEMORY, rss.maxUnderLoad() / 1048576.0);
        row("resident memory of the service under load (max VmRSS sampled every 200 ms; VmHWM at end)",
                mib(rss.maxUnderLoad()) + " (VmHWM " + mib(status[1]) + ")",
                "idle before load " + mib(rss.beforeLoad()), "≤ 512 MiB", rss.maxUnderLoad() <= 512L * 1024 * 1024);
    }

    /**
     * The morning after a move from Magento: {@code BENCH_LEGACY_BURST} customers whose stored hash is Magento
     * 2.4's Argon2id ({@code 3_32_2_67108864}, 64 MiB per check) sign in at once; each round writes the Magento
     * hash back (the first sign-in replaces it with bcrypt). Sign-ins per second over the whole burst, and the
     * service's resident memory during it.
     */
    private void legacySignIns() throws Exception {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < legacyBurst; i++) {
            emails.add(runId + "-legacy-" + i + "@bench.example.com");
        }
        createAll(emails, false, false, connections);
        log("legacy sign-ins: %d customers with Magento Argon2id hashes signing in at once", legacyBurst);
        RssSampler burstRss = new RssSampler(service.pid());
        List<Double> rates = new ArrayList<>();
        long failed = 0;
        for (int r = 0; r < rounds; r++) {
            writeMagentoHash(emails);
            burstRss.loadStarted();
            long start = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (String email : emails) {
                String body = Json.createObjectBuilder().add("username", email).add("password", LEGACY_PASSWORD).build().toString();
                calls.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/rest/V1/integration/customer/token"))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(300))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> call : calls) {
                if (call.get().statusCode() != 200) {
                    failed++;
                }
            }
            rates.add(emails.size() / ((System.nanoTime() - start) / 1e9));
            burstRss.loadStopped();
            log("  round %d: %.2f sign-ins/s, max RSS %s", r + 1, rates.get(r), mib(burstRss.maxUnderLoad()));
        }
        row("legacy Argon2id sign-ins (" + legacyBurst + " at once, Magento `3_32_2_67108864` hashes, upgraded to bcrypt)",
                Stats.num(Stats.median(rates)) + " sign-ins/s" + (failed == 0 ? "" : "; " + failed + " not 200"),
                Stats.range(rates, Stats::num), "(none; every one 200)", failed == 0 ? null : false);
        row("resident memory of the service during the legacy burst (max VmRSS)", mib(burstRss.maxUnderLoad()),
                "idle before " + mib(burstRss.beforeLoad()), "≤ 512 MiB", failed == 0 && burstRss.maxUnderLoad() <= 512L * 1024 * 1024);
    }

    private void writeMagentoHash(List<String> emails) throws Exception {
        try (java.sql.Connection db = database();
             java.sql.PreparedStatement update = db.prepareStatement(
                     "UPDATE customer_entity SET password_hash = ? WHERE email = ?")) {
            for (String email : emails) {
                update.setString(1, LEGACY_HASH);
                update.setString(2, email);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private java.sql.Connection database() throws java.sql.SQLException {
        if (postgres != null) {
            return postgres.getPostgresDatabase().getConnection();
        }
        return java.sql.DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    }

    // ---------------------------------------------------------------- wrk

    interface RoundEnv {
        Map<String, String> of(String round);
    }

    record WrkResult(long requests, double seconds, double p50, double p99, long non2xx, long socketErrors) {
        double rate() {
            return requests / seconds;
        }
    }

    /** @param cpu what the measured rounds cost per request, or null when it could not be read */
    record WrkRow(List<WrkResult> results, List<String> problems, CpuTime.PerRequest cpu) {
        double rate() {
            return Stats.median(results.stream().map(WrkResult::rate).toList());
        }

        boolean ok() {
            return problems.isEmpty() && !results.isEmpty();
        }

        String summary(String unit) {
            if (results.isEmpty()) {
                return "FAILED";
            }
            String s = Stats.num(rate()) + " " + unit + ", p50 " + Stats.ms(Stats.median(results.stream().map(WrkResult::p50).toList()))
                    + ", p99 " + Stats.ms(Stats.median(results.stream().map(WrkResult::p99).toList()));
            return problems.isEmpty() ? s : s + " — **" + String.join("; ", problems) + "**";
        }

        String spread() {
            if (results.isEmpty()) {
                return "n/a";
            }
            return Stats.range(results.stream().map(WrkResult::rate).toList(), Stats::num) + " /s; p99 "
                    + Stats.range(results.stream().map(WrkResult::p99).toList(), Stats::ms)
                    + (cpu == null ? "" : "; " + cpu);
        }
    }

    /** A warm-up run (excluded), then the measured rounds; any non-2xx or socket error fails the row. */
    private WrkRow wrkRow(String name, String script, int conns, RoundEnv env) throws Exception {
        return wrkRow(base, name, script, conns, env);
    }

    private WrkRow wrkRow(String target, String name, String script, int conns, RoundEnv env) throws Exception {
        long emailsBefore = sink.count();
        log("%s: %d s warm-up, %d × %d s, %d connection(s), %d wrk thread(s)", name, warmup, rounds, seconds, conns, wrkThreads);
        List<String> problems = new ArrayList<>();
        if (warmup > 0) {
            WrkResult w = wrk(target, script, warmup, conns, env.of("w"));
            log("  warm-up: %.1f /s, p50 %s, p99 %s, non-2xx %d", w.rate(), Stats.ms(w.p50()), Stats.ms(w.p99()), w.non2xx());
            check(name + " warm-up", w, problems);
        }
        String tag = name.replaceAll("[^A-Za-z0-9]+", "-");
        boolean recording = jfr && target.equals(base);
        if (recording) {
            jcmd("JFR.start", "name=" + tag, "settings=profile", "filename=" + work.resolve(tag + ".jfr"));
        }
        long pid = target.equals(base) ? service.pid() : runningPeer == null ? -1 : runningPeer.pid();
        long processBefore = CpuTime.process(pid);
        long machineBefore = CpuTime.machineBusy();
        List<WrkResult> results = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            WrkResult result = wrk(target, script, seconds, conns, env.of(Integer.toString(r)));
            log("  round %d: %.1f /s, p50 %s, p99 %s, non-2xx %d, socket errors %d", r, result.rate(),
                    Stats.ms(result.p50()), Stats.ms(result.p99()), result.non2xx(), result.socketErrors());
            check(name + " round " + r, result, problems);
            results.add(result);
        }
        CpuTime.PerRequest cpu = CpuTime.PerRequest.between(processBefore, CpuTime.process(pid), machineBefore,
                CpuTime.machineBusy(), results.stream().mapToLong(WrkResult::requests).sum());
        if (cpu != null) {
            log("  %s", cpu);
        }
        log("  emails received by the sink during the row: %d", sink.count() - emailsBefore);
        if (recording) {
            jcmd("JFR.stop", "name=" + tag);
            Path hotspots = work.resolve(tag + "-hotspots.txt");
            Files.writeString(hotspots, JfrHotspots.summary(work.resolve(tag + ".jfr"), 30));
            log("  JFR recording %s, hotspots in %s", work.resolve(tag + ".jfr"), hotspots);
        }
        return new WrkRow(results, problems, cpu);
    }

    private void check(String what, WrkResult result, List<String> problems) {
        if (result.non2xx() > 0 || result.socketErrors() > 0) {
            String problem = result.non2xx() + " non-2xx, " + result.socketErrors() + " socket errors";
            System.err.println("!!! " + what + ": " + problem + " — this row FAILS (see " + work.resolve("wrk.log") + ")");
            problems.add(what + ": " + problem);
            failures.incrementAndGet();
        }
    }

    private WrkResult wrk(String target, String script, int secs, int conns, Map<String, String> env) throws Exception {
        List<String> command = List.of("wrk", "-t" + Math.min(wrkThreads, conns), "-c" + conns, "-d" + secs + "s",
                "--timeout", "30s", "-s", luaDir.resolve(script).toString(), target);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("BENCH_LUA_DIR", luaDir.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        Files.writeString(work.resolve("wrk.log"), "$ " + String.join(" ", command) + " " + env + "\n" + output + "\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        for (String line : output.split("\n")) {
            if (line.startsWith("WRK_RESULT ")) {
                Map<String, Long> v = new HashMap<>();
                for (String pair : line.substring(11).trim().split(" ")) {
                    String[] kv = pair.split("=");
                    v.put(kv[0], Long.parseLong(kv[1]));
                }
                return new WrkResult(v.get("requests"), v.get("duration_us") / 1e6, v.get("p50_us") / 1e3,
                        v.get("p99_us") / 1e3, v.get("non2xx"),
                        v.get("connect") + v.get("read") + v.get("write") + v.get("timeout"));
            }
        }
        throw new IllegalStateException("wrk exited " + exit + " without a result line:\n" + output);
    }

    private void jcmd(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        command.add(Long.toString(service.pid()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            log("jcmd %s failed: %s", String.join(" ", args), output);
        }
    }

    /** Waits (up to 60 s) until the service uses under 5 % of one core over a second: no JIT, GC or mail left. */
    private void awaitIdle() throws Exception {
        awaitIdle(service.pid());
    }

    private void awaitIdle(long pid) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        double busy = Double.NaN;
        while (System.nanoTime() < deadline) {
            long before = cpuTicks(pid);
            Thread.sleep(1000);
            busy = (cpuTicks(pid) - before) / 100.0;
            if (busy < 0.05) {
                return;
            }
        }
        log("  the service still used %.0f %% of a core after 60 s", busy * 100);
    }

    /** utime + stime of a process, in clock ticks (USER_HZ, 100 on Linux). */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    // ---------------------------------------------------------------- HTTP from the harness

    static String createBody(String email, boolean password, boolean address) {
        StringBuilder body = new StringBuilder("{\"customer\":{\"email\":\"").append(email)
                .append("\",\"firstname\":\"Bench\",\"lastname\":\"User\"");
        if (address) {
            body.append(",\"addresses\":[{\"firstname\":\"Bench\",\"lastname\":\"User\",\"street\":[\"1 Main St\"],")
                    .append("\"city\":\"Austin\",\"postcode\":\"78701\",\"country_id\":\"US\",\"region_id\":57,")
                    .append("\"telephone\":\"5125550100\",\"default_billing\":true,\"default_shipping\":true}]");
        }
        body.append('}');
        if (password) {
            body.append(",\"password\":\"").append(PASSWORD).append('"');
        }
        return body.append('}').toString();
    }

    private CompletableFuture<HttpResponse<String>> createAsync(String email, boolean password, boolean address) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/rest/V1/customers"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(createBody(email, password, address))).build();
        expectedEmails.incrementAndGet();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
            if (error != null || response.statusCode() != 200) {
                failures.incrementAndGet();
                expectedEmails.decrementAndGet();
                System.err.println("!!! create " + email + ": " + (error != null ? error : response.statusCode() + " " + response.body()));
                return;
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                customerIds.add(reader.readObject().getJsonNumber("id").longValue());
            }
        });
    }

    /** Creates every email with at most {@code concurrency} requests in flight. */
    private void createAll(List<String> emails, boolean password, boolean address, int concurrency) throws InterruptedException {
        Semaphore slots = new Semaphore(concurrency);
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (String email : emails) {
            slots.acquire();
            all.add(createAsync(email, password, address).whenComplete((r, e) -> slots.release()));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
    }

    private HttpResponse<String> post(String path, String json, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until the sink has every email the harness's own creates should have caused (or the timeout). */
    private void awaitEmails(int timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (sink.count() < expectedEmails.get() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        if (sink.count() < expectedEmails.get()) {
            log("  only %d of %d expected emails arrived within %d s", sink.count(), expectedEmails.get(), timeoutSeconds);
        }
    }

    // ---------------------------------------------------------------- report

    private void row(String name, String value, String spread, String bar, Boolean pass) {
        table.add(new String[]{name, value, spread, bar, pass == null ? "—" : pass ? "pass" : "**FAIL**"});
        if (Boolean.FALSE.equals(pass)) {
            log("ROW MISSES ITS BAR: %s = %s (bar %s)", name, value, bar);
        }
    }

    private String report() {
        StringBuilder s = new StringBuilder();
        s.append("Customer Accounts benchmark — ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append(", commit ").append(env("BENCH_COMMIT", "unknown")).append('\n');
        s.append(String.format(Locale.ROOT, "load average (1/5/15 min) at start %s, at end %s (anything above ~2 means "
                + "other processes competed for the 2 cores and the numbers are low); ", loadAtStart, loadAverage()));
        s.append(String.format(Locale.ROOT, "%d cores (%s), bcrypt cost %d, %s, SMTP sink on loopback, wrk %d thread(s); "
                        + "%d measured round(s) of %d s per row after %d s of warm-up; service JVM options: %s%n%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), cost, dbDescription, wrkThreads, rounds, seconds,
                warmup, javaOpts.isBlank() ? "none (plain `java -jar`)" : "`" + javaOpts.trim() + "`"));
        s.append(serviceLayout.isBlank()
                ? "Started from the uber jar (`java -jar customer-service.jar`).\n\n"
                : "Started from the fast-start layout (`-XX:SharedArchiveFile=customer-service.jsa -jar launch-micro.jar`, ear-assembly's `-Pfast-start`).\n\n");
        if (!serviceArgs.isBlank()) {
            s.append("Payara Micro arguments: `").append(serviceArgs.trim()).append("`\n\n");
        }
        s.append("| row | value (median of rounds) | spread (min – max over rounds) | bar | result |\n");
        s.append("|---|---|---|---|---|\n");
        for (String[] r : table) {
            s.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        if (!theirs.isEmpty()) {
            s.append(peerTable());
        }
        if (!notes.isEmpty()) {
            s.append('\n');
            notes.forEach(n -> s.append("- ").append(n).append('\n'));
        }
        return s.toString();
    }

    // ---------------------------------------------------------------- small things

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    static String mib(long bytes) {
        return bytes <= 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return "Bx9-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static int intEnv(String name, int fallback) {
        return Integer.parseInt(env(name, Integer.toString(fallback)));
    }

    /** A service configuration key, as the service would read it: system property, then environment variable. */
    static String config(String key, String fallback) {
        String property = System.getProperty(key);
        if (property != null) {
            return property;
        }
        return env(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT), fallback);
    }

    static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench %tT] " + format + "%n", prepend(System.currentTimeMillis(), args));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    static DoubleFunction<String> unit(String unit) {
        return v -> Stats.num(v) + " " + unit;
    }
}
