package com.customeraccounts.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The service's email backlog ({@code email_outbox_backlog} in {@code /metrics}), sampled every 500 ms until closed. */
final class BacklogSampler implements AutoCloseable {

    private final HttpClient http;
    private final URI metrics;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long max = -1;

    BacklogSampler(HttpClient http, String base) {
        this.http = http;
        this.metrics = URI.create(base + "/metrics");
        thread = new Thread(this::loop, "backlog-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            try {
                sample();
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The backlog now, -1 when /metrics did not answer with it. */
    long sample() throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            for (String line : response.body().split("\n")) {
                if (!line.startsWith("#") && line.contains("email_outbox_backlog")) {
                    long value = (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).strip());
                    max = Math.max(max, value);
                    return value;
                }
            }
        } catch (IOException | RuntimeException e) {
            // a sample missed under load; the next one counts
        }
        return -1;
    }

    /** The largest backlog sampled so far. */
    long max() {
        return max;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5000);
    }
}
