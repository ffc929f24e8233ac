package com.customeraccounts.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A webhook endpoint for the tests: the JDK's HTTP server on a port of its own, recording every request it is
 * sent, in the order they arrive. It answers 204, or the status it is told to; stopped, it refuses connections,
 * as an endpoint that is down does.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received, its header names in lower case. */
    record Received(String path, Map<String, List<String>> headers, String body) {

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.get(0);
        }

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        /** The customer id the CloudEvent is about. */
        long subject() {
            return Long.parseLong(json().getString("subject"));
        }

        String type() {
            return json().getString("type");
        }
    }

    private final int port = ServiceProcess.freePort();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int answer = 204;
    private HttpServer server;
    private ExecutorService threads;

    WebhookReceiver() {
        start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads = Executors.newFixedThreadPool(4);
        server.setExecutor(threads);
        server.createContext("/", this::receive);
        server.start();
    }

    /** Refuses connections from now on, until {@link #start}. */
    synchronized void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    void answer(int status) {
        answer = status;
    }

    private void receive(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        int status = answer;
        if (status >= 200 && status < 300) {
            received.add(new Received(
                    exchange.getRequestURI().getPath(), headers, new String(body, StandardCharsets.UTF_8)));
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    /** What {@code path} accepted about the customer {@code customerId}, in the order it came. */
    List<Received> about(String path, long customerId) {
        return received.stream()
                .filter(r -> r.path().equals(path) && r.subject() == customerId)
                .toList();
    }

    /** Waits until {@code path} has accepted {@code count} events about the customer; returns them all. */
    List<Received> awaitAbout(String path, long customerId, int count, Duration timeout) {
        return await(() -> about(path, customerId), list -> list.size() >= count, timeout);
    }

    static <T> T await(Supplier<T> probe, Predicate<T> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = probe.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = probe.get();
        }
        assertThat(done.test(value)).as("within %s: %s", timeout, value).isTrue();
        return value;
    }

    @Override
    public void close() {
        stop();
    }
}
