package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * SIGTERM, as an orchestrator stops the service, against the service in a process of its own on a
 * PostgreSQL of its own (whose outbox the test reads after the process is gone): the requests in flight
 * are answered, new ones are turned away, the claimed emails are handed back, and the process exits 0.
 */
@EnabledIfSystemProperty(named = "it.database", matches = "postgresql")
class GracefulShutdownIT {

    private static final String UNAVAILABLE = "{\"message\":\"The server is temporarily unable to service your "
            + "request due to maintenance downtime or capacity problems. Please try again later.\"}";

    private OwnDatabaseService own;
    private ServiceProcess service;

    @AfterEach
    void stopAll() throws Exception {
        if (own != null) {
            own.close();
        }
    }

    @Test
    void requestsInFlightAreAnsweredNewOnesGet503AndTheProcessExitsZero() throws Exception {
        startService();
        CustomerApi api = service.api();
        // Uploads the service has begun to read, held unanswered until the test sends their last byte: the
        // drain cannot end before they are answered, so what follows happens during it, deterministically.
        List<SplitRequest> inFlight = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String body =
                    request(minimalCustomer(uniqueEmail()), "Passw0rd-Shutdown").toString();
            inFlight.add(new SplitRequest(service.url(), "POST", "rest/V1/customers", body, 1));
        }
        awaitReadiness(api, ready -> "3".equals(dataOf(ready, "requests_in_flight")));

        Instant terminated = Instant.now();
        service.terminate();

        String refused = awaitRefused();
        assertThat(refused).startsWith("HTTP/1.1 503").endsWith(UNAVAILABLE);
        assertThat(refused.toLowerCase()).contains("\r\nconnection: close\r\n");
        ApiResponse ready = api.send("GET", "health/ready", null, List.of());
        assertThat(ready.status()).as(ready.toString()).isEqualTo(503);
        assertThat(HealthIT.check(ready, "accepting-requests").getString("status"))
                .isEqualTo("DOWN");
        assertThat(dataOf(ready, "requests_in_flight")).isEqualTo("3");
        assertThat(HealthIT.check(ready, "database").getString("status")).isEqualTo("UP");

        for (SplitRequest upload : inFlight) {
            String answer = upload.answer();
            assertThat(SplitRequest.status(answer)).as(answer).isEqualTo(200);
            assertThat(answer).contains("\"firstname\":\"Jane\"");
            upload.close();
        }
        assertThat(service.awaitExit(Duration.ofSeconds(60))).as("exit status").isZero();
        // well within the default grace period of 20 s: it exits as soon as the last request is answered
        assertThat(Duration.between(terminated, Instant.now())).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void claimedEmailsNotYetSentAreDueAgainAfterTheStopAndTheGracePeriodBoundsTheStuckOne() throws Exception {
        List<Long> ids = new ArrayList<>();
        // accepts connections (the kernel does, into its backlog) and never says a word: a stuck mail server
        try (ServerSocket stuckMailServer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            stuckMailServer.setSoTimeout(60_000);
            startService("-Dmail.smtp.port=" + stuckMailServer.getLocalPort(), "-Dshutdown.grace_seconds=3");
            try (Connection db = database()) {
                // one transaction: the worker's next sweep claims all twelve as one batch
                db.setAutoCommit(false);
                for (int i = 0; i < 12; i++) {
                    ids.add(OutboxTable.queue(db, Instant.now()));
                }
                db.commit();
            }
            // the service sends eight at once, each over a connection of its own: the first eight are stuck
            List<Socket> stuck = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    stuck.add(stuckMailServer.accept());
                }
                try (Connection db = database()) {
                    for (long id : ids) {
                        assertThat(OutboxTable.row(db, id).attempts())
                                .as("claimed: email %d", id)
                                .isEqualTo(1);
                    }
                }

                Instant terminated = Instant.now();
                service.terminate();
                assertThat(service.awaitExit(Duration.ofSeconds(60)))
                        .as("exit status")
                        .isZero();
                Duration stopping = Duration.between(terminated, Instant.now());
                // the emails being handed over get the grace period (their SMTP read timeout is 20 s), no more
                assertThat(stopping).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(3 + 15));
            } finally {
                for (Socket socket : stuck) {
                    socket.close();
                }
            }
        }
        Instant afterStop = Instant.now();
        try (Connection db = database()) {
            for (long id : ids.subList(0, 8)) {
                OutboxTable.Row stuck = OutboxTable.row(db, id);
                assertThat(stuck.status()).isEqualTo("queued");
                assertThat(stuck.attempts()).isEqualTo(1);
                assertThat(stuck.nextAttemptAt())
                        .as("email %d, cut off mid-delivery, keeps its lease", id)
                        .isAfter(afterStop);
            }
            for (long id : ids.subList(8, ids.size())) {
                OutboxTable.Row released = OutboxTable.row(db, id);
                assertThat(released.status()).isEqualTo("queued");
                assertThat(released.attempts()).as("attempts of email %d", id).isZero();
                assertThat(released.nextAttemptAt())
                        .as("email %d due again", id)
                        .isBefore(afterStop);
            }
        }
    }

    private void startService(String... options) throws IOException {
        own = new OwnDatabaseService();
        own.start(options);
        service = own.service;
    }

    private Connection database() throws SQLException {
        return own.database().connection();
    }

    /** Sends requests until one is turned away: the service handles SIGTERM a moment after it is sent. */
    private String awaitRefused() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            try (SplitRequest probe = new SplitRequest(service.url(), "POST", "rest/V1/customers", "{}")) {
                String answer = probe.answer();
                if (SplitRequest.status(answer) == 503) {
                    return answer;
                }
                assertThat(SplitRequest.status(answer)).as(answer).isEqualTo(400);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(Instant.now()).as("a request turned away within 30 s").isBefore(deadline);
        }
    }

    private static ApiResponse awaitReadiness(CustomerApi api, Predicate<ApiResponse> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        ApiResponse last = api.send("GET", "health/ready", null, List.of());
        while (!condition.test(last)) {
            assertThat(Instant.now())
                    .as("readiness as expected within 30 s; last %s", last)
                    .isBefore(deadline);
            MailServer.sleep(100);
            last = api.send("GET", "health/ready", null, List.of());
        }
        return last;
    }

    /** A datum of the {@code accepting-requests} check (Payara writes numbers as strings). */
    private static String dataOf(ApiResponse ready, String key) {
        return HealthIT.check(ready, "accepting-requests")
                .getJsonObject("data")
                .get(key)
                .toString()
                .replace("\"", "");
    }
}
