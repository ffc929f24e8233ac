package com.customeraccounts.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.event.EventDelivery;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The webhook outbox's order per customer and endpoint, and its exactly-once hand-over, on both databases. */
class WebhookOutboxIT {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration MAX_AGE = Duration.ofHours(72);

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.notification.OutboxDatabases#both")
    void aCustomersLaterEventWaitsWhileAnEarlierOneIsUndeliveredButOtherCustomersDoNot(
            String name, Supplier<DataSource> database) throws Exception {
        DataSource ds = database.get();
        WebhookOutbox outbox = new WebhookOutbox(ds, List.of("erp", "crm"));
        enqueue(ds, row(7, "erp", WebhookEvent.CREATED), row(7, "erp", WebhookEvent.UPDATED));
        enqueue(ds, row(8, "erp", WebhookEvent.CREATED), row(7, "crm", WebhookEvent.CREATED));
        enqueue(ds, row(7, "erp", WebhookEvent.DELETED));

        List<WebhookDelivery> first = outbox.claimDue(T0, 20, OutboxWorker.LEASE, "one");
        assertThat(first)
                .as("the first event of each customer and endpoint")
                .extracting(d -> d.customerId() + " " + d.endpoint() + " " + d.type())
                .containsExactly("7 erp customer.created", "8 erp customer.created", "7 crm customer.created");

        WebhookDelivery created = first.get(0);
        outbox.markFailing(created.id(), "one", "the endpoint answered HTTP 503", T0.plusSeconds(4));
        assertThat(outbox.claimDue(T0.plusSeconds(60), 20, OutboxWorker.LEASE, "two"))
                .as("a failing event holds back its customer's later ones until it is delivered (the other two "
                        + "are due again, their lease run out)")
                .extracting(d -> d.customerId() + " " + d.endpoint() + " " + d.type())
                .containsExactlyInAnyOrder(
                        "7 erp customer.created", "8 erp customer.created", "7 crm customer.created");
        outbox.markDelivered(created, T0.plusSeconds(61));

        List<WebhookDelivery> next = outbox.claimDue(T0.plusSeconds(62), 20, OutboxWorker.LEASE, "three");
        assertThat(next).extracting(d -> d.type()).containsExactly("customer.updated");
        outbox.markFailed(next.get(0), "still failing");
        assertThat(outbox.claimDue(T0.plusSeconds(63), 20, OutboxWorker.LEASE, "four"))
                .as("an event given up no longer holds back the next")
                .extracting(d -> d.type())
                .containsExactly("customer.deleted");

        List<EventDelivery> shown = outbox.deliveriesOf(new CustomerId(7), 1, 10);
        assertThat(shown)
                .extracting(EventDelivery::type, EventDelivery::status)
                .containsExactly(
                        tuple("customer.deleted", "queued"),
                        tuple("customer.created", "queued"),
                        tuple("customer.updated", "failed"),
                        tuple("customer.created", "delivered"));
        try (Connection c = ds.getConnection();
                ResultSet rows = c.createStatement()
                        .executeQuery("SELECT COUNT(*) FROM webhook_outbox WHERE body IS NOT NULL AND status IN "
                                + "('delivered', 'failed')")) {
            rows.next();
            assertThat(rows.getInt(1))
                    .as("no body kept once delivered or given up")
                    .isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.notification.OutboxDatabases#both")
    void anAttemptsAnswerIsShownOnlyWithItsOutcomeNeverBesideTheLastAttemptsError(
            String name, Supplier<DataSource> database) throws Exception {
        DataSource ds = database.get();
        WebhookOutbox outbox = new WebhookOutbox(ds, List.of("erp"));
        enqueue(ds, row(9, "erp", WebhookEvent.CREATED));
        long id = outbox.claimDue(T0, 1, OutboxWorker.LEASE, "down").get(0).id();
        outbox.answered(id, 0);
        outbox.markFailing(id, "down", "ConnectException: null", T0.plusSeconds(4));

        WebhookDelivery again =
                outbox.claimDue(T0.plusSeconds(5), 1, OutboxWorker.LEASE, "503").get(0);
        outbox.answered(again.id(), 503);
        assertThat(onlyDelivery(outbox, 9))
                .as("while the attempt's outcome is not yet written")
                .extracting(EventDelivery::lastStatus, EventDelivery::lastError)
                .containsExactly(0, "ConnectException: null");
        outbox.markFailing(again.id(), "503", "EndpointAnswered: the endpoint answered HTTP 503", T0.plusSeconds(9));
        assertThat(onlyDelivery(outbox, 9))
                .extracting(EventDelivery::lastStatus, EventDelivery::lastError)
                .containsExactly(503, "EndpointAnswered: the endpoint answered HTTP 503");

        WebhookDelivery taken = outbox.claimDue(T0.plusSeconds(10), 1, OutboxWorker.LEASE, "204")
                .get(0);
        outbox.answered(taken.id(), 204);
        outbox.markDelivered(taken, T0.plusSeconds(11));
        assertThat(onlyDelivery(outbox, 9))
                .extracting(EventDelivery::status, EventDelivery::lastStatus, EventDelivery::lastError)
                .containsExactly("delivered", 204, null);
    }

    private static EventDelivery onlyDelivery(WebhookOutbox outbox, long customer) throws SQLException {
        List<EventDelivery> shown = outbox.deliveriesOf(new CustomerId(customer), 1, 10);
        assertThat(shown).hasSize(1);
        return shown.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.notification.OutboxDatabases#both")
    void twoWorkersWithFourLanesEachHandEveryEventOverOnceAndEachCustomersInOrder(
            String name, Supplier<DataSource> database) throws Exception {
        DataSource ds = database.get();
        int customers = 40;
        int eventsEach = 5;
        for (int round = 0; round < eventsEach; round++) {
            List<WebhookOutbox.NewRow> rows = new ArrayList<>();
            for (int c = 1; c <= customers; c++) {
                rows.add(row(c, "erp", round == 0 ? WebhookEvent.CREATED : WebhookEvent.UPDATED));
            }
            enqueue(ds, rows.toArray(WebhookOutbox.NewRow[]::new));
        }
        Map<Long, List<Long>> receivedByCustomer = new ConcurrentHashMap<>();
        Courier<WebhookDelivery> receiver = row -> {
            receivedByCustomer
                    .computeIfAbsent(row.customerId(), c -> Collections.synchronizedList(new ArrayList<>()))
                    .add(row.id());
            Thread.sleep(1);
        };
        ExecutorService lanes = Executors.newFixedThreadPool(8);
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        List<OutboxWorker<WebhookDelivery>> workers = List.of(
                new OutboxWorker<>(
                        new WebhookOutbox(ds, List.of("erp", "crm")),
                        receiver,
                        clock,
                        MAX_AGE,
                        DeliveryOutcomes.NONE,
                        new OutboxWorker.Lanes(lanes, 4),
                        OutboxWorker.LEASE),
                new OutboxWorker<>(
                        new WebhookOutbox(ds, List.of("erp", "crm")),
                        receiver,
                        clock,
                        MAX_AGE,
                        DeliveryOutcomes.NONE,
                        new OutboxWorker.Lanes(lanes, 4),
                        OutboxWorker.LEASE));
        ExecutorService drains = Executors.newFixedThreadPool(2);
        try {
            // a drain ends when nothing is due, and held-back events become due as earlier ones go out
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (undelivered(ds) > 0 && System.nanoTime() < deadline) {
                List<Future<?>> running = new ArrayList<>();
                for (OutboxWorker<WebhookDelivery> worker : workers) {
                    running.add(drains.submit(worker::drain));
                }
                for (Future<?> drain : running) {
                    drain.get();
                }
            }
        } finally {
            drains.shutdownNow();
            lanes.shutdownNow();
        }

        assertThat(receivedByCustomer).hasSize(customers);
        for (Map.Entry<Long, List<Long>> customer : receivedByCustomer.entrySet()) {
            assertThat(customer.getValue())
                    .as("customer %d: each event once, in the order written", customer.getKey())
                    .hasSize(eventsEach)
                    .isSorted()
                    .doesNotHaveDuplicates();
        }
        assertThat(undelivered(ds)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.notification.OutboxDatabases#both")
    void oneDrainSendsACustomersQueuedEventsOneAfterAnotherWithoutWaitingForTheNextSweep(
            String name, Supplier<DataSource> database) throws Exception {
        DataSource ds = database.get();
        enqueue(
                ds,
                row(7, "erp", WebhookEvent.CREATED),
                row(7, "erp", WebhookEvent.UPDATED),
                row(7, "erp", WebhookEvent.DELETED));
        List<String> received = Collections.synchronizedList(new ArrayList<>());
        ExecutorService lanes = Executors.newFixedThreadPool(4);
        try {
            // while the first event is being sent, the other lanes find nothing due and end
            new OutboxWorker<>(
                            new WebhookOutbox(ds, List.of("erp")),
                            row -> {
                                Thread.sleep(50);
                                received.add(row.type());
                            },
                            Clock.fixed(T0, ZoneOffset.UTC),
                            MAX_AGE,
                            DeliveryOutcomes.NONE,
                            new OutboxWorker.Lanes(lanes, 4),
                            OutboxWorker.LEASE)
                    .drain();
        } finally {
            lanes.shutdownNow();
        }

        assertThat(received).containsExactly("customer.created", "customer.updated", "customer.deleted");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.notification.OutboxDatabases#both")
    void anInstanceClaimsOnlyTheEndpointsItDeclaresAndGivesUpThoseNoneDeclaresAnyMore(
            String name, Supplier<DataSource> database) throws Exception {
        DataSource ds = database.get();
        enqueue(ds, row(7, "newer", WebhookEvent.CREATED), row(8, "erp", WebhookEvent.CREATED));
        WebhookOutbox older = new WebhookOutbox(ds, List.of("erp"));

        assertThat(older.claimDue(T0, 20, OutboxWorker.LEASE, "one"))
                .as("a row of an endpoint this instance does not know is left to an instance that does")
                .extracting(WebhookDelivery::endpoint)
                .containsExactly("erp");
        assertThat(older.giveUpUndeclared(T0)).as("not before it is old").isZero();
        assertThat(new WebhookOutbox(ds, List.of("erp", "newer")).claimDue(T0, 20, OutboxWorker.LEASE, "two"))
                .extracting(WebhookDelivery::endpoint)
                .containsExactly("newer");

        assertThat(older.giveUpUndeclared(T0.plus(MAX_AGE))).isEqualTo(1);
        assertThat(older.deliveriesOf(new CustomerId(7), 1, 10))
                .extracting(EventDelivery::status, EventDelivery::lastError)
                .containsExactly(tuple("failed", "its endpoint is no longer in webhooks.file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.notification.OutboxDatabases#both")
    void anEventsRetriesCountFromItsFirstAttemptNotFromWhenItWaitedBehindAnother(
            String name, Supplier<DataSource> database) throws Exception {
        DataSource ds = database.get();
        WebhookOutbox outbox = new WebhookOutbox(ds, List.of("erp"));
        enqueue(ds, row(7, "erp", WebhookEvent.CREATED), row(7, "erp", WebhookEvent.UPDATED));
        WebhookDelivery first =
                outbox.claimDue(T0, 20, OutboxWorker.LEASE, "one").get(0);
        Instant later = T0.plus(MAX_AGE).plusSeconds(1);
        outbox.markDelivered(first, later);

        WebhookDelivery second =
                outbox.claimDue(later, 20, OutboxWorker.LEASE, "two").get(0);
        assertThat(second.triedSince()).isEqualTo(later);
        assertThat(second.queuedAt()).isEqualTo(T0);
        assertThat(outbox.held(List.of(second.id()), "two")).containsExactly(second.id());
        assertThat(outbox.held(List.of(second.id()), "one"))
                .as("another claim's row is not this one's")
                .isEmpty();
    }

    private static int undelivered(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection();
                ResultSet rows = c.createStatement()
                        .executeQuery("SELECT COUNT(*) FROM webhook_outbox WHERE status <> 'delivered'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.api.Assertions.tuple(values);
    }

    private static WebhookOutbox.NewRow row(long customer, String endpoint, WebhookEvent event) {
        return new WebhookOutbox.NewRow(
                java.util.UUID.randomUUID().toString(),
                endpoint,
                event,
                customer,
                "{\"specversion\":\"1.0\",\"subject\":\"" + customer + "\"}",
                T0,
                null);
    }

    private static void enqueue(DataSource ds, WebhookOutbox.NewRow... rows) throws SQLException {
        try (Connection c = ds.getConnection()) {
            WebhookOutbox.enqueue(c, List.of(rows));
        }
    }
}
