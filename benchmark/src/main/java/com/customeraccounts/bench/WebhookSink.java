package com.customeraccounts.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A webhook endpoint on loopback (the JDK's HTTP server) that answers 204 and records, per customer (the
 * CloudEvent's {@code subject}), when its last event arrived ({@link System#nanoTime()}); and the
 * {@code webhooks.file} that points the service at it, for {@code customer.updated} only, so that the rows
 * that do not update customers send no events.
 */
final class WebhookSink implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "webhook-sink");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, Long> bySubject = new ConcurrentHashMap<>();
    private final List<Long> arrivals = new ArrayList<>();

    WebhookSink() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(threads);
        server.createContext("/", this::receive);
        server.start();
    }

    /** Writes the service's {@code webhooks.file} into {@code directory}; returns its path. */
    Path webhooksFile(Path directory) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String json = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("name", "bench")
                        .add("url", "http://127.0.0.1:" + server.getAddress().getPort() + "/events")
                        .add("secret", "whsec_" + Base64.getEncoder().encodeToString(key))
                        .add("events", Json.createArrayBuilder().add("customer.updated")))
                .build()
                .toString();
        return Files.writeString(directory.resolve("webhooks.json"), json);
    }

    private void receive(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        long now = System.nanoTime();
        try (JsonReader reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            bySubject.put(Long.parseLong(reader.readObject().getString("subject")), now);
        }
        synchronized (arrivals) {
            arrivals.add(now);
        }
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    /** When the last event about the customer arrived, if one did. */
    Long receivedAt(long customerId) {
        return bySubject.get(customerId);
    }

    /** Every arrival so far, in order. */
    List<Long> arrivals() {
        synchronized (arrivals) {
            return List.copyOf(arrivals);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
