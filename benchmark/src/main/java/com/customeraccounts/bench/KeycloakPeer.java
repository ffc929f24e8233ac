package com.customeraccounts.bench;

import jakarta.json.Json;
import jakarta.json.JsonReader;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak as the benchmark's peer ({@code BENCH_PEER=keycloak}, {@code shared/docs/keycloak-peer.md}): the
 * Quarkus distribution from Maven Central, built once for PostgreSQL (not timed), run in production mode on
 * the Temurin 25 JDK with the heap bound given, on a database of its own in the benchmark's PostgreSQL. Realm
 * {@code bench} with its defaults and a public client with direct access grants, for the password grant.
 */
final class KeycloakPeer implements AutoCloseable {

    static final String VERSION = "26.7.3";
    private static final String DATABASE = "keycloak";
    private static final String REALM = "bench";
    private static final String CLIENT = "bench";
    private static final String ADMIN = "admin";

    private final Path home;
    private final Path java;
    private final Supplier<Connection> postgres;
    private final int pgPort;
    private final Path log;
    private final String adminPassword;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final int port;
    private final int managementPort;
    private Process process;

    private KeycloakPeer(Path home, Path java, Supplier<Connection> postgres, int pgPort, Path log, String adminPassword,
                         int port, int managementPort) {
        this.home = home;
        this.java = java;
        this.postgres = postgres;
        this.pgPort = pgPort;
        this.log = log;
        this.adminPassword = adminPassword;
        this.port = port;
        this.managementPort = managementPort;
    }

    /**
     * Unpacks the distribution ({@code zip}, fetched by {@code scripts/benchmark}) under {@code work} and builds
     * it for PostgreSQL: {@code kc.sh build --db=postgres}, once, before anything is timed.
     */
    static KeycloakPeer prepare(Path zip, Path work, Path java, Supplier<Connection> postgres, int pgPort,
                                String adminPassword, int port, int managementPort) throws Exception {
        Path root = work.resolve("keycloak");
        Bench.deleteTree(root);
        unzip(zip, root);
        Path home = root.resolve("keycloak-" + VERSION);
        KeycloakPeer peer = new KeycloakPeer(home, java, postgres, pgPort, work.resolve("keycloak.log"), adminPassword,
                port, managementPort);
        Bench.log("building Keycloak %s for PostgreSQL (kc.sh build --db=postgres; not timed)", VERSION);
        Process build = peer.kc(List.of("build", "--db=postgres"), "-Xms64m -Xmx512m").start();
        if (!build.waitFor(300, TimeUnit.SECONDS) || build.exitValue() != 0) {
            throw new IllegalStateException("kc.sh build failed: see " + peer.log);
        }
        return peer;
    }

    /** Drops and creates its database, then starts: its schema, the master realm and the admin are made. */
    double startFresh(String heap) throws Exception {
        try (Connection c = postgres.get(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE);
        }
        return start(heap);
    }

    /** Stops it, then starts it again on its existing database. */
    double restart(String heap) throws Exception {
        stop();
        return start(heap);
    }

    /** Milliseconds from the process's start to the first 200 of its discovery document. */
    private double start(String heap) throws Exception {
        ProcessBuilder builder = kc(List.of("start", "--optimized", "--http-enabled=true", "--hostname-strict=false",
                "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + managementPort,
                "--cache-embedded-network-bind-address=127.0.0.1",
                "--db-url=jdbc:postgresql://127.0.0.1:" + pgPort + "/" + DATABASE,
                "--db-username=postgres", "--db-password=postgres"), heap);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        long begun = System.nanoTime();
        process = builder.start();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(base() + "/realms/master/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() - begun < TimeUnit.SECONDS.toNanos(300)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ": see " + log);
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - begun) / 1e6;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Keycloak did not answer 200 within 300 s: see " + log);
    }

    /** Realm {@code bench} (defaults: no password policy, no brute-force detection) and its public client. */
    void createRealm() throws Exception {
        String token = adminToken();
        send("POST", "/admin/realms", token, "{\"realm\":\"" + REALM + "\",\"enabled\":true}", 201);
        send("POST", "/admin/realms/" + REALM + "/clients", token, "{\"clientId\":\"" + CLIENT
                + "\",\"publicClient\":true,\"directAccessGrantsEnabled\":true,\"enabled\":true}", 201);
    }

    /** A master-realm {@code admin-cli} token; it lives 60 s, so each load run takes a fresh one. */
    String adminToken() throws Exception {
        HttpResponse<String> answer = form("/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", ADMIN, "password", adminPassword));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Keycloak admin token: " + answer.statusCode() + " " + answer.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject().getString("access_token");
        }
    }

    /** Creates a user per email ({@code concurrency} at a time), with the benchmark password or none; their ids. */
    List<String> createUsers(List<String> emails, boolean password, int concurrency) throws Exception {
        String token = adminToken();
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        Semaphore slots = new Semaphore(concurrency);
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (String email : emails) {
            slots.acquire();
            HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/admin/realms/" + REALM + "/users"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(userBody(email, password))).build();
            all.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((answer, error) -> {
                slots.release();
                if (error != null || answer.statusCode() != 201) {
                    throw new IllegalStateException("Keycloak create " + email + ": "
                            + (error != null ? error : answer.statusCode() + " " + answer.body()));
                }
                String location = answer.headers().firstValue("Location").orElseThrow();
                ids.add(location.substring(location.lastIndexOf('/') + 1));
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        return ids;
    }

    static String userBody(String email, boolean password) {
        return "{\"username\":\"" + email + "\",\"email\":\"" + email
                + "\",\"firstName\":\"Bench\",\"lastName\":\"User\",\"enabled\":true,\"emailVerified\":true"
                + (password ? ",\"credentials\":[{\"type\":\"password\",\"value\":\"" + Bench.PASSWORD
                        + "\",\"temporary\":false}]" : "") + "}";
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    String realm() {
        return REALM;
    }

    String client() {
        return CLIENT;
    }

    /** The JVM's pid: kc.sh runs Java as its child (and forwards SIGTERM to it). */
    long pid() {
        return process.descendants()
                .filter(child -> child.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .findFirst()
                .map(ProcessHandle::pid)
                .orElse(process.pid());
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private ProcessBuilder kc(List<String> args, String heap) {
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/kc.sh").toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("JAVA_HOME", java.toString());
        builder.environment().put("JAVA", java.resolve("bin/java").toString());
        builder.environment().put("JAVA_OPTS_KC_HEAP", heap);
        return builder;
    }

    private void send(String method, String path, String token, String json, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    private HttpResponse<String> form(String path, Map<String, String> fields) throws Exception {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("Entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    copy(in, target);
                }
            }
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * One Keycloak 26 password hash: Argon2id, 7168 KiB, 5 iterations, parallelism 1, 32 bytes, 16-byte salt,
     * through Bouncy Castle's generator, as its {@code Argon2PasswordHashProviderFactory} defaults do.
     */
    static byte[] argon2(byte[] password, byte[] salt) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(7168).withIterations(5).withParallelism(1).withSalt(salt).build());
        byte[] hash = new byte[32];
        generator.generateBytes(password, hash);
        return hash;
    }
}
