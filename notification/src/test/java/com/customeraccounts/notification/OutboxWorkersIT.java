package com.customeraccounts.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.customer.CustomerRegistered;
import com.customeraccounts.customer.PasswordResetRequested;
import com.customeraccounts.customer.SecretToken;
import com.customeraccounts.email.EmailDelivery;
import com.customeraccounts.store.StoreId;
import com.customeraccounts.store.Stores;
import com.customeraccounts.store.WebsiteId;
import com.customeraccounts.trace.RequestContext;
import com.customeraccounts.trace.RequestContext.Trace;
import com.customeraccounts.trace.RequestId;
import jakarta.mail.MessagingException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The outbox and its workers on a real PostgreSQL 17 and on H2, with the module's own migration. */
class OutboxWorkersIT {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Duration MAX_AGE = Duration.ofHours(72);

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.notification.OutboxDatabases#both")
    void twoWorkersOnOneDatabaseHandEveryEmailToTheTransportExactlyOnce(String name, Supplier<DataSource> database)
            throws Exception {
        DataSource ds = database.get();
        int total = 200;
        List<Long> ids = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            for (int i = 1; i <= total; i++) {
                EmailOutbox.enqueue(c, message(1000 + i), T0);
            }
        }
        try (Connection c = ds.getConnection();
                ResultSet rows = c.createStatement().executeQuery("SELECT id FROM email_outbox ORDER BY id")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        assertThat(ids).hasSize(total);

        Map<Long, AtomicInteger> sends = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        MailTransport recording = email -> {
            sends.computeIfAbsent(email.id(), id -> new AtomicInteger()).incrementAndGet();
            sent.incrementAndGet();
            Thread.sleep(2);
        };
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        AtomicInteger byFirst = new AtomicInteger();
        AtomicInteger bySecond = new AtomicInteger();
        // each worker sends with several lanes, as an instance of the service does
        ExecutorService firstLanes = Executors.newFixedThreadPool(4);
        ExecutorService secondLanes = Executors.newFixedThreadPool(4);
        Concurrency firstAtOnce = new Concurrency();
        Concurrency secondAtOnce = new Concurrency();
        OutboxWorker<OutboxEmail> first =
                withFourLanes(ds, firstAtOnce.around(counted(recording, byFirst)), clock, firstLanes);
        OutboxWorker<OutboxEmail> second =
                withFourLanes(ds, secondAtOnce.around(counted(recording, bySecond)), clock, secondLanes);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (OutboxWorker<OutboxEmail> worker : List.of(first, second, first, second)) {
                runs.add(threads.submit(() -> {
                    while (sent.get() < total && System.nanoTime() < deadline) {
                        worker.drain();
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get(90, TimeUnit.SECONDS);
            }
            // Nothing is left to deliver, and nothing is delivered again.
            first.drain();
            second.drain();
        } finally {
            threads.shutdownNow();
            firstLanes.shutdownNow();
            secondLanes.shutdownNow();
        }
        assertThat(firstAtOnce.most.get())
                .as("emails the first worker sent at once")
                .isBetween(2, 4);
        assertThat(secondAtOnce.most.get())
                .as("emails the second worker sent at once")
                .isBetween(2, 4);

        assertThat(sends.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(sends.entrySet())
                .allSatisfy(e -> assertThat(e.getValue().get())
                        .as("sends of email %d", e.getKey())
                        .isEqualTo(1));
        assertThat(sent.get()).isEqualTo(total);
        assertThat(byFirst.get() + bySecond.get()).isEqualTo(total);
        assertThat(byFirst.get()).as("emails the first worker delivered").isPositive();
        assertThat(bySecond.get()).as("emails the second worker delivered").isPositive();

        try (Connection c = ds.getConnection();
                ResultSet rows = c.createStatement()
                        .executeQuery("SELECT status, sent_at, attempts, last_error " + "FROM email_outbox")) {
            int count = 0;
            while (rows.next()) {
                count++;
                assertThat(rows.getString(1)).isEqualTo(EmailOutbox.SENT);
                assertThat(rows.getTimestamp(2)).isNotNull();
                assertThat(rows.getInt(3)).isEqualTo(1);
                assertThat(rows.getString(4)).isNull();
            }
            assertThat(count).isEqualTo(total);
        }
        List<EmailDelivery> deliveries = new EmailOutbox(ds).deliveriesOf(new CustomerId(1001));
        assertThat(deliveries).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo("registered");
            assertThat(d.status()).isEqualTo("sent");
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.queuedAt()).isEqualTo(T0);
            assertThat(d.sentAt()).isEqualTo(T0);
            assertThat(d.lastError()).isNull();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.notification.OutboxDatabases#both")
    void theBacklogCountsEveryUndeliveredEmailAndDatesOnlyTheDueOnes(String name, Supplier<DataSource> database)
            throws Exception {
        DataSource ds = database.get();
        try (Connection c = ds.getConnection()) {
            EmailOutbox.enqueue(c, message(1), T0);
            EmailOutbox.enqueue(c, message(2), T0);
        }
        EmailOutbox outbox = new EmailOutbox(ds);
        new OutboxWorker<>(
                        outbox,
                        email -> {
                            if (email.customerId() == 2) {
                                throw new MessagingException("421 try later");
                            }
                        },
                        Clock.fixed(T0, ZoneOffset.UTC),
                        MAX_AGE)
                .drain();
        try (Connection c = ds.getConnection()) {
            EmailOutbox.enqueue(c, message(3), T0.plusSeconds(1));
        }

        assertThat(outbox.backlog(T0.plusSeconds(2), 2))
                .as("the sent one is not in it; the failing one is not due yet")
                .isEqualTo(new EmailOutbox.Backlog(2, Optional.of(T0.plusSeconds(1))));
        assertThat(outbox.backlog(T0.plusMillis(500), 2))
                .as("undelivered, but none due yet")
                .isEqualTo(new EmailOutbox.Backlog(2, Optional.empty()));
        assertThat(outbox.oldestDue(T0.plusSeconds(2), 2)).contains(T0.plusSeconds(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.notification.OutboxDatabases#both")
    void aFailedDeliveryIsRetriedAfterTheBackoffAndRecorded(String name, Supplier<DataSource> database)
            throws Exception {
        DataSource ds = withOneEmailFor(database, 7);
        MutableClock clock = new MutableClock(T0);
        AtomicInteger calls = new AtomicInteger();
        List<Long> delivered = new ArrayList<>();
        MailTransport flaky = email -> {
            if (calls.incrementAndGet() == 1) {
                throw new MessagingException("421 try later");
            }
            delivered.add(email.id());
        };
        EmailOutbox outbox = new EmailOutbox(ds);
        OutboxWorker<OutboxEmail> worker = new OutboxWorker<>(outbox, flaky, clock, MAX_AGE);

        worker.drain();

        assertThat(calls.get()).isEqualTo(1);
        assertThat(outbox.deliveriesOf(new CustomerId(7))).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo("failing");
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.lastError()).contains("421 try later");
            assertThat(d.sentAt()).isNull();
        });

        worker.drain();
        assertThat(calls.get()).as("no attempt before the backoff has passed").isEqualTo(1);

        clock.advance(Duration.ofSeconds(3));
        worker.drain();
        assertThat(calls.get()).as("no attempt before the backoff has passed").isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(OutboxWorker.backoff(1)).isEqualTo(Duration.ofSeconds(4));
        worker.drain();

        assertThat(calls.get()).isEqualTo(2);
        assertThat(delivered).hasSize(1);
        assertThat(outbox.deliveriesOf(new CustomerId(7))).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(delivered.get(0));
            assertThat(d.status()).isEqualTo("sent");
            assertThat(d.attempts()).isEqualTo(2);
            assertThat(d.lastError()).isNull();
            assertThat(d.sentAt()).isEqualTo(T0.plusSeconds(4));
        });

        clock.advance(Duration.ofHours(1));
        worker.drain();
        assertThat(calls.get()).as("a sent email is never sent again").isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.notification.OutboxDatabases#both")
    void aClaimedEmailIsNotClaimedAgainWhileItsLeaseRuns(String name, Supplier<DataSource> database) throws Exception {
        DataSource ds = database.get();
        try (Connection c = ds.getConnection()) {
            EmailOutbox.enqueue(c, message(42), T0);
        }
        EmailOutbox one = new EmailOutbox(ds);
        EmailOutbox other = new EmailOutbox(ds);

        List<OutboxEmail> claimed = one.claimDue(T0, 20, OutboxWorker.LEASE, "one");
        assertThat(claimed).singleElement().satisfies(e -> {
            assertThat(e.customerId()).isEqualTo(42);
            assertThat(e.type()).isEqualTo("registered");
            assertThat(e.to()).isEqualTo("jane42@example.com");
            assertThat(e.toName()).isEqualTo("Jane Doe");
            assertThat(e.from()).isEqualTo("owner@example.com");
            assertThat(e.fromName()).isEqualTo("Owner");
            assertThat(e.subject()).isEqualTo("Welcome to Main Website Store");
            assertThat(e.text()).isEqualTo("text 42 ?token=Tok3n42");
            assertThat(e.linkSecret()).isEqualTo("Tok3n42");
            assertThat(e.queuedAt()).isEqualTo(T0);
            assertThat(e.html()).isEqualTo("<p>html 42</p>");
            assertThat(e.attempts()).isEqualTo(1);
        });

        assertThat(other.claimDue(T0, 20, OutboxWorker.LEASE, "other")).isEmpty();
        assertThat(one.claimDue(T0, 20, OutboxWorker.LEASE, "one")).isEmpty();
        assertThat(other.claimDue(T0.plus(OutboxWorker.LEASE).minusSeconds(1), 20, OutboxWorker.LEASE, "other"))
                .isEmpty();

        // the claimer died: its row is due again 30 s after it was claimed
        List<OutboxEmail> again = other.claimDue(T0.plusSeconds(30), 20, OutboxWorker.LEASE, "other");
        assertThat(again).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(claimed.get(0).id());
            assertThat(e.attempts()).isEqualTo(2);
        });

        List<Long> ids = List.of(claimed.get(0).id());
        assertThat(one.renew(ids, T0.plusSeconds(90), "one"))
                .as("the first claim no longer holds the row")
                .isZero();
        one.markFailing(claimed.get(0).id(), "one", "late failure", T0.plusSeconds(31));
        assertThat(other.claimDue(T0.plusSeconds(31), 20, OutboxWorker.LEASE, "third"))
                .as("a failure reported by the first claim does not make the row the second one holds due again")
                .isEmpty();
        one.release(claimed, T0.plusSeconds(31), "one");
        assertThat(one.claimDue(T0.plusSeconds(31), 20, OutboxWorker.LEASE, "third"))
                .as("neither renewed nor handed back by the first claim: the second one holds it")
                .isEmpty();
        assertThat(other.renew(ids, T0.plusSeconds(90), "other")).isOne();
        assertThat(one.claimDue(T0.plusSeconds(89), 20, OutboxWorker.LEASE, "third"))
                .as("renewed by the claim that holds it")
                .isEmpty();
        assertThat(one.claimDue(T0.plusSeconds(90), 20, OutboxWorker.LEASE, "third"))
                .hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.notification.OutboxDatabases#both")
    void aWorkerRenewsTheLeaseOfTheRowsItHoldsWhileItDeliversSoNoOtherWorkerTakesThem(
            String name, Supplier<DataSource> database) throws Exception {
        DataSource ds = database.get();
        try (Connection c = ds.getConnection()) {
            EmailOutbox.enqueue(c, message(1), T0);
            EmailOutbox.enqueue(c, message(2), T0);
        }
        SlowMailServer slow = new SlowMailServer();
        CountDownLatch handingOver = slow.handingOver;
        CountDownLatch mailServerAnswers = slow.answers;
        List<Long> handedOver = slow.handedOver;
        MutableClock clock = new MutableClock(T0);
        EmailOutbox outbox = new EmailOutbox(ds);
        OutboxWorker<OutboxEmail> worker = new OutboxWorker<>(outbox, slow, clock, MAX_AGE);
        EmailOutbox otherInstance = new EmailOutbox(ds);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<?> drain = thread.submit(worker::drain);
            assertThat(handingOver.await(30, TimeUnit.SECONDS)).isTrue();

            clock.advance(OutboxWorker.RENEWAL);
            worker.renewLeases();
            clock.advance(OutboxWorker.RENEWAL);
            worker.renewLeases();
            clock.advance(OutboxWorker.LEASE.minus(OutboxWorker.RENEWAL));
            assertThat(clock.instant()).isAfter(T0.plus(OutboxWorker.LEASE));
            assertThat(otherInstance.claimDue(clock.instant(), 20, OutboxWorker.LEASE, "other"))
                    .as("past the first lease, both rows are still held: the one being sent and the next")
                    .isEmpty();

            mailServerAnswers.countDown();
            drain.get(30, TimeUnit.SECONDS);
        } finally {
            thread.shutdownNow();
        }
        assertThat(handedOver).containsExactly(1L, 2L);
        for (long customer : List.of(1L, 2L)) {
            assertThat(outbox.deliveriesOf(new CustomerId(customer)))
                    .singleElement()
                    .satisfies(d -> {
                        assertThat(d.status()).isEqualTo("sent");
                        assertThat(d.attempts()).isEqualTo(1);
                    });
        }
        worker.renewLeases();
        clock.advance(Duration.ofHours(1));
        assertThat(otherInstance.claimDue(clock.instant(), 20, OutboxWorker.LEASE, "other"))
                .as("a sent row is never due again")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.notification.OutboxDatabases#both")
    void withoutRenewalsTheRowsOfAWorkerThatDiedAreDueAgainWithinThirtySeconds(
            String name, Supplier<DataSource> database) throws Exception {
        DataSource ds = withOneEmailFor(database, 3);
        CountDownLatch handingOver = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        MailTransport stuck = email -> {
            handingOver.countDown();
            never.await();
        };
        OutboxWorker<OutboxEmail> dying =
                new OutboxWorker<>(new EmailOutbox(ds), stuck, Clock.fixed(T0, ZoneOffset.UTC), MAX_AGE);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            thread.submit(dying::drain);
            assertThat(handingOver.await(30, TimeUnit.SECONDS)).isTrue();

            List<OutboxEmail> delivered = new ArrayList<>();
            OutboxWorker<OutboxEmail> next = new OutboxWorker<>(
                    new EmailOutbox(ds), delivered::add, Clock.fixed(T0.plusSeconds(30), ZoneOffset.UTC), MAX_AGE);
            next.drain();
            assertThat(delivered).singleElement().satisfies(e -> {
                assertThat(e.customerId()).isEqualTo(3);
                assertThat(e.attempts()).isEqualTo(2);
            });
        } finally {
            thread.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.notification.OutboxDatabases#both")
    void withAShorterLeaseTheRowsOfAWorkerThatDiedAreDueAgainSooner(String name, Supplier<DataSource> database)
            throws Exception {
        DataSource ds = withOneEmailFor(database, 4);
        Duration lease = Duration.ofSeconds(5);
        CountDownLatch handingOver = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        MailTransport stuck = email -> {
            handingOver.countDown();
            never.await();
        };
        OutboxWorker<OutboxEmail> dying = withLease(ds, stuck, T0, lease);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            thread.submit(dying::drain);
            assertThat(handingOver.await(30, TimeUnit.SECONDS)).isTrue();

            List<OutboxEmail> delivered = new ArrayList<>();
            withLease(ds, delivered::add, T0.plus(lease).minusSeconds(1), lease).drain();
            assertThat(delivered).as("within the dead worker's lease").isEmpty();
            withLease(ds, delivered::add, T0.plus(lease), lease).drain();
            assertThat(delivered)
                    .singleElement()
                    .satisfies(e -> assertThat(e.customerId()).isEqualTo(4));
        } finally {
            thread.shutdownNow();
        }
        assertThatThrownBy(() -> withLease(ds, delivered -> {}, T0, Duration.ofSeconds(2)))
                .as("a lease renewed more often than once a second")
                .hasMessageContaining("outbox.lease_seconds");
    }

    private static OutboxWorker<OutboxEmail> withLease(
            DataSource ds, MailTransport transport, Instant now, Duration lease) {
        return new OutboxWorker<>(
                new EmailOutbox(ds),
                transport,
                Clock.fixed(now, ZoneOffset.UTC),
                MAX_AGE,
                DeliveryOutcomes.NONE,
                OutboxWorker.Lanes.ONE,
                lease);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.notification.OutboxDatabases#both")
    void aClaimTakesAtMostTheLimitInIdOrderAndNeverASentEmail(String name, Supplier<DataSource> database)
            throws Exception {
        DataSource ds = database.get();
        try (Connection c = ds.getConnection()) {
            for (int i = 1; i <= 5; i++) {
                EmailOutbox.enqueue(c, message(i), T0);
            }
            EmailOutbox.enqueue(c, message(6), T0.plusSeconds(10));
        }
        EmailOutbox outbox = new EmailOutbox(ds);

        List<OutboxEmail> firstThree = outbox.claimDue(T0, 3, Duration.ofSeconds(5), "claim");
        assertThat(firstThree).extracting(OutboxEmail::customerId).containsExactly(1L, 2L, 3L);
        outbox.markDelivered(firstThree.get(0), T0);

        List<OutboxEmail> rest = outbox.claimDue(T0, 20, Duration.ofSeconds(5), "claim");
        assertThat(rest)
                .extracting(OutboxEmail::customerId)
                .as("not yet due: customer 6")
                .containsExactly(4L, 5L);

        List<OutboxEmail> later = outbox.claimDue(T0.plusSeconds(10), 20, Duration.ofSeconds(5), "claim");
        assertThat(later)
                .extracting(OutboxEmail::customerId)
                .as("customer 1's email was sent")
                .containsExactly(2L, 3L, 4L, 5L, 6L);

        outbox.markFailing(firstThree.get(0).id(), "claim", "late failure", T0);
        outbox.markFailed(firstThree.get(0), "late refusal");
        assertThat(outbox.deliveriesOf(new CustomerId(1))).singleElement().satisfies(d -> {
            assertThat(d.status())
                    .as("a failure reported after the send does not undo it")
                    .isEqualTo("sent");
            assertThat(d.lastError()).isNull();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.notification.OutboxDatabases#both")
    void aDeliveredResetOrConfirmationEmailLeavesNoWorkingTokenOrKeyInItsRow(String name, Supplier<DataSource> database)
            throws Exception {
        DataSource ds = database.get();
        AccountEmails emails = new AccountEmails(new StoreConfig(key -> Optional.empty()), Stores.magentoDefault());
        Customer jane = AccountEmailsTest.jane(51, null, null);
        SecretToken token = SecretToken.random();
        SecretToken key = SecretToken.random();
        try (Connection c = ds.getConnection()) {
            EmailOutbox.enqueue(
                    c,
                    emails.passwordReset(
                            new PasswordResetRequested(jane.id(), StoreId.of(1), "email_reset", token), jane),
                    T0);
            EmailOutbox.enqueue(
                    c,
                    emails.afterRegistration(new CustomerRegistered(
                            jane, WebsiteId.of(1), StoreId.of(1), true, SecretToken.random(), key, null)),
                    T0);
        }
        List<OutboxEmail> handedOver = new ArrayList<>();
        new OutboxWorker<>(new EmailOutbox(ds), handedOver::add, Clock.fixed(T0, ZoneOffset.UTC), MAX_AGE).drain();

        assertThat(handedOver).hasSize(2);
        assertThat(handedOver.get(0).text()).contains("createPassword/?id=51&token=" + token.value());
        assertThat(handedOver.get(0).html()).contains("createPassword/?id=51&amp;token=" + token.value());
        assertThat(handedOver.get(1).text()).contains("confirm/?id=51&key=" + key.value());
        assertThat(handedOver.get(1).html()).contains("confirm/?id=51&amp;key=" + key.value());
        assertThat(storedRow(ds, handedOver.get(0).id()))
                .doesNotContain(token.value())
                .contains("?id=51&token=" + Redaction.MARKER + "\n", "?id=51&amp;token=" + Redaction.MARKER + "\"");
        assertThat(storedRow(ds, handedOver.get(1).id()))
                .doesNotContain(key.value())
                .contains(
                        "?id=51&key=" + Redaction.MARKER + "&back_url=",
                        "?id=51&amp;key=" + Redaction.MARKER + "&amp;back_url=");
        assertThat(new EmailOutbox(ds).deliveriesOf(jane.id()))
                .extracting(EmailDelivery::type, EmailDelivery::status)
                .containsExactly(tuple("password_reset", "sent"), tuple("confirmation", "sent"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.notification.OutboxDatabases#both")
    void anEmailIsDeliveredTracedAsTheRequestThatQueuedItAndOneQueuedOutsideARequestUntraced(
            String name, Supplier<DataSource> database) throws Exception {
        DataSource ds = database.get();
        try (Connection c = ds.getConnection()) {
            try (RequestContext.Scope request = RequestContext.open(Trace.of(new RequestId("req-7")))) {
                EmailOutbox.enqueue(c, message(7), T0);
            }
            EmailOutbox.enqueue(c, message(9), T0);
        }
        Map<Long, Optional<Trace>> tracedAs = new ConcurrentHashMap<>();
        MailTransport recording = email -> tracedAs.put(email.customerId(), RequestContext.current());

        new OutboxWorker<>(new EmailOutbox(ds), recording, Clock.fixed(T0, ZoneOffset.UTC), MAX_AGE).drain();

        assertThat(tracedAs)
                .containsOnly(
                        Map.entry(7L, Optional.of(new Trace(new RequestId("req-7"), Optional.of(new CustomerId(7))))),
                        Map.entry(9L, Optional.empty()));
        assertThat(RequestContext.current()).isEmpty();
        try (Connection c = ds.getConnection();
                ResultSet rows = c.createStatement()
                        .executeQuery("SELECT customer_id, request_id FROM email_outbox ORDER BY customer_id")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(2)).isEqualTo("req-7");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(2)).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.notification.OutboxDatabases#both")
    void anEmailTheMailServerRefusesForGoodIsFailedAtOnceAndNeverTriedAgain(String name, Supplier<DataSource> database)
            throws Exception {
        DataSource ds = withOneEmailFor(database, 8);
        MutableClock clock = new MutableClock(T0);
        AtomicInteger calls = new AtomicInteger();
        EmailOutbox outbox = new EmailOutbox(ds);
        OutboxWorker<OutboxEmail> worker = new OutboxWorker<>(
                outbox,
                failing(calls, new DeliveryRefused("550 5.1.1 <jane8@example.com>: Recipient address rejected", null)),
                clock,
                MAX_AGE);

        worker.drain();
        clock.advance(Duration.ofHours(1));
        worker.drain();

        assertThat(calls.get()).isEqualTo(1);
        assertThat(outbox.deliveriesOf(new CustomerId(8))).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo("failed");
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.lastError()).contains("550 5.1.1");
            assertThat(d.sentAt()).isNull();
        });
        assertThat(storedRow(ds, outbox.deliveriesOf(new CustomerId(8)).get(0).id()))
                .doesNotContain("Tok3n8");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.notification.OutboxDatabases#both")
    void anEmailStillFailingAfterTheMaximumAgeIsFailedAndNeverTriedAgain(String name, Supplier<DataSource> database)
            throws Exception {
        DataSource ds = withOneEmailFor(database, 9);
        MutableClock clock = new MutableClock(T0);
        AtomicInteger calls = new AtomicInteger();
        EmailOutbox outbox = new EmailOutbox(ds);
        OutboxWorker<OutboxEmail> worker = new OutboxWorker<>(
                outbox,
                failing(calls, new MessagingException("421 4.3.2 try again later")),
                clock,
                Duration.ofHours(2));

        worker.drain();
        clock.advance(Duration.ofHours(2).minusMinutes(1));
        worker.drain();

        assertThat(calls.get()).isEqualTo(2);
        assertThat(outbox.deliveriesOf(new CustomerId(9)))
                .singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo("failing"));

        clock.advance(Duration.ofMinutes(5));
        worker.drain();
        clock.advance(Duration.ofHours(1));
        worker.drain();

        assertThat(calls.get()).isEqualTo(3);
        assertThat(outbox.deliveriesOf(new CustomerId(9))).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo("failed");
            assertThat(d.attempts()).isEqualTo(3);
            assertThat(d.lastError()).contains("2 h", "421 4.3.2 try again later");
        });
        assertThat(storedRow(ds, outbox.deliveriesOf(new CustomerId(9)).get(0).id()))
                .doesNotContain("Tok3n9");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.notification.OutboxDatabases#both")
    void aStoppedWorkerHandsBackTheClaimedEmailsItHasNotStartedAndLetsTheCurrentOneFinish(
            String name, Supplier<DataSource> database) throws Exception {
        DataSource ds = database.get();
        try (Connection c = ds.getConnection()) {
            for (int i = 1; i <= 3; i++) {
                EmailOutbox.enqueue(c, message(i), T0);
            }
        }
        SlowMailServer slow = new SlowMailServer();
        CountDownLatch handingOver = slow.handingOver;
        CountDownLatch mailServerAnswers = slow.answers;
        List<Long> handedOver = slow.handedOver;
        EmailOutbox outbox = new EmailOutbox(ds);
        OutboxWorker<OutboxEmail> worker = new OutboxWorker<>(outbox, slow, Clock.fixed(T0, ZoneOffset.UTC), MAX_AGE);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<?> drain = thread.submit(worker::drain);
            assertThat(handingOver.await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(worker.stop(Duration.ofMillis(200)))
                    .as("the first email is still being handed over")
                    .isFalse();
            assertThat(outbox.deliveriesOf(new CustomerId(2)))
                    .singleElement()
                    .satisfies(d -> assertThat(d.attempts()).isZero());
            assertThat(outbox.deliveriesOf(new CustomerId(3)))
                    .singleElement()
                    .satisfies(d -> assertThat(d.attempts()).isZero());
            assertThat(outbox.claimDue(T0, 20, OutboxWorker.LEASE, "other"))
                    .as("due again at once, for another worker")
                    .extracting(OutboxEmail::customerId, OutboxEmail::attempts)
                    .containsExactly(tuple(2L, 1), tuple(3L, 1));

            mailServerAnswers.countDown();
            drain.get(30, TimeUnit.SECONDS);
            assertThat(worker.stop(Duration.ZERO)).isTrue();
        } finally {
            thread.shutdownNow();
        }
        assertThat(handedOver).containsExactly(1L);
        assertThat(outbox.deliveriesOf(new CustomerId(1)))
                .singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo("sent"));

        try (Connection c = ds.getConnection()) {
            EmailOutbox.enqueue(c, message(4), T0);
        }
        worker.drain();
        assertThat(handedOver).as("a stopped worker claims nothing").containsExactly(1L);
        assertThat(outbox.deliveriesOf(new CustomerId(4)))
                .singleElement()
                .satisfies(d -> assertThat(d.attempts()).isZero());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.notification.OutboxDatabases#both")
    void emailsSentOrGivenUpLongerAgoThanTheRetentionAreDeletedAndOthersKept(String name, Supplier<DataSource> database)
            throws Exception {
        DataSource ds = database.get();
        Duration retention = Duration.ofDays(30);
        try (Connection c = ds.getConnection()) {
            for (int i = 1; i <= 4; i++) {
                EmailOutbox.enqueue(c, message(i), T0);
            }
        }
        EmailOutbox outbox = new EmailOutbox(ds);
        List<OutboxEmail> emails = outbox.claimDue(T0, 20, OutboxWorker.LEASE, "claim");
        outbox.markDelivered(emails.get(0), T0);
        outbox.markDelivered(emails.get(1), T0.plus(Duration.ofDays(1)));
        outbox.markFailed(emails.get(2), "550 refused");
        // customer 4's email is still being retried

        MutableClock clock = new MutableClock(T0.plus(retention).plusSeconds(1));
        int deleted = new OutboxRetention(outbox, clock, retention).purge();

        assertThat(deleted).isEqualTo(2);
        assertThat(outbox.deliveriesOf(new CustomerId(1)))
                .as("sent 30 days ago")
                .isEmpty();
        assertThat(outbox.deliveriesOf(new CustomerId(2)))
                .as("sent 29 days ago")
                .hasSize(1);
        assertThat(outbox.deliveriesOf(new CustomerId(3)))
                .as("given up 30 days ago")
                .isEmpty();
        assertThat(outbox.deliveriesOf(new CustomerId(4)))
                .as("still being retried")
                .hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.customeraccounts.notification.OutboxDatabases#both")
    void aPurgeDeletesEveryOldEmailBatchByBatch(String name, Supplier<DataSource> database) throws Exception {
        DataSource ds = database.get();
        int total = 2 * OutboxRetention.BATCH + 1;
        try (Connection c = ds.getConnection()) {
            for (int i = 1; i <= total; i++) {
                EmailOutbox.enqueue(c, message(i), T0);
            }
            try (var sent = c.prepareStatement("UPDATE email_outbox SET status = ?, sent_at = ?")) {
                sent.setString(1, EmailOutbox.SENT);
                sent.setObject(2, OutboxLeases.utc(T0));
                sent.executeUpdate();
            }
        }

        int deleted = new OutboxRetention(
                        new EmailOutbox(ds), new MutableClock(T0.plus(Duration.ofDays(31))), Duration.ofDays(30))
                .purge();

        assertThat(deleted).isEqualTo(total);
        try (Connection c = ds.getConnection();
                ResultSet count = c.createStatement().executeQuery("SELECT COUNT(*) FROM email_outbox")) {
            assertThat(count.next()).isTrue();
            assertThat(count.getInt(1)).isZero();
        }
    }

    @Test
    void backoffDoublesFromFourSecondsUpToFiveMinutes() {
        assertThat(OutboxWorker.backoff(1)).isEqualTo(Duration.ofSeconds(4));
        assertThat(OutboxWorker.backoff(2)).isEqualTo(Duration.ofSeconds(8));
        assertThat(OutboxWorker.backoff(3)).isEqualTo(Duration.ofSeconds(16));
        assertThat(OutboxWorker.backoff(4)).isEqualTo(Duration.ofSeconds(32));
        assertThat(OutboxWorker.backoff(5)).isEqualTo(Duration.ofSeconds(64));
        assertThat(OutboxWorker.backoff(6)).isEqualTo(Duration.ofSeconds(128));
        assertThat(OutboxWorker.backoff(7)).isEqualTo(Duration.ofSeconds(256));
        assertThat(OutboxWorker.backoff(8)).isEqualTo(Duration.ofMinutes(5));
        assertThat(OutboxWorker.backoff(9)).isEqualTo(Duration.ofMinutes(5));
        assertThat(OutboxWorker.backoff(50)).isEqualTo(Duration.ofMinutes(5));
        assertThat(OutboxWorker.backoff(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
        Set<Duration> all = new HashSet<>();
        for (int attempts = 1; attempts <= 1000; attempts++) {
            Duration backoff = OutboxWorker.backoff(attempts);
            assertThat(backoff).isBetween(Duration.ofSeconds(4), Duration.ofMinutes(5));
            all.add(backoff);
        }
        assertThat(all).hasSize(8);
    }

    /** Every column of the stored row, as text: what a reader of the database (or of a backup) would see. */
    private static String storedRow(DataSource ds, long id) throws SQLException {
        try (Connection c = ds.getConnection();
                var select = c.prepareStatement("SELECT * FROM email_outbox WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("row %d", id).isTrue();
                StringBuilder columns = new StringBuilder();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    columns.append(row.getMetaData().getColumnName(i))
                            .append('=')
                            .append(row.getString(i))
                            .append('\n');
                }
                return columns.toString();
            }
        }
    }

    /** A fresh database with one email queued at {@link #T0} for this customer. */
    private static DataSource withOneEmailFor(Supplier<DataSource> database, long customerId) throws SQLException {
        DataSource ds = database.get();
        try (Connection c = ds.getConnection()) {
            EmailOutbox.enqueue(c, message(customerId), T0);
        }
        return ds;
    }

    /** A mail server that fails every email it is handed, counting them. */
    private static MailTransport failing(AtomicInteger calls, Exception failure) {
        return email -> {
            calls.incrementAndGet();
            throw failure;
        };
    }

    private static OutboxWorker<OutboxEmail> withFourLanes(
            DataSource ds, MailTransport transport, Clock clock, ExecutorService lanes) {
        return new OutboxWorker<>(
                new EmailOutbox(ds),
                transport,
                clock,
                MAX_AGE,
                DeliveryOutcomes.NONE,
                new OutboxWorker.Lanes(lanes, 4),
                OutboxWorker.LEASE);
    }

    /** The shared transport, counting what one worker handed to it. */
    private static MailTransport counted(MailTransport shared, AtomicInteger count) {
        return email -> {
            count.incrementAndGet();
            shared.send(email);
        };
    }

    private static EmailMessage message(long customerId) {
        return new EmailMessage(
                customerId,
                EmailType.REGISTERED,
                new EmailMessage.Address("jane" + customerId + "@example.com", "Jane Doe"),
                new EmailMessage.Address("owner@example.com", "Owner"),
                "Welcome to Main Website Store",
                "text " + customerId + " ?token=Tok3n" + customerId,
                "<p>html " + customerId + "</p>",
                "Tok3n" + customerId);
    }

    /** Holds every hand-over unanswered until {@link #answers} counts down, recording the customers handed over. */
    static final class SlowMailServer implements MailTransport {

        final CountDownLatch handingOver = new CountDownLatch(1);
        final CountDownLatch answers = new CountDownLatch(1);
        final List<Long> handedOver = new CopyOnWriteArrayList<>();

        @Override
        public void send(OutboxEmail email) throws InterruptedException {
            handedOver.add(email.customerId());
            handingOver.countDown();
            answers.await();
        }
    }

    /** Counts the hand-overs going on at once through a transport, and the most there were. */
    static final class Concurrency {

        final AtomicInteger now = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        MailTransport around(MailTransport transport) {
            return email -> {
                most.accumulateAndGet(now.incrementAndGet(), Math::max);
                try {
                    transport.send(email);
                } finally {
                    now.decrementAndGet();
                }
            };
        }
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {

        private final AtomicLong millis;

        MutableClock(Instant start) {
            this.millis = new AtomicLong(start.toEpochMilli());
        }

        void advance(Duration by) {
            millis.addAndGet(by.toMillis());
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
