package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.MagentoAssertions.assertError;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.customer.SecretToken;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two instances of the service, each a Payara Micro process of its own, clustered over TCP on 127.0.0.1
 * through Payara's data grid, on one PostgreSQL, with every test's requests spread over both. Each create comes
 * through a trusted proxy (127.0.0.1) for a client address of its own, so that only the test of the create
 * limit meets that limit. The first instance has a mail server of its own, which hangs before that instance
 * is killed: the emails it had claimed are the other's to send once their lease has run out. Each instance keeps
 * the customers and tokens it has read; a change through one is shown by the other as soon as it returns, even
 * when the other was paused meanwhile.
 *
 * <p>The limit holds only if the instances count together: with {@code -Dit.ratelimit.store=memory} on the
 * command line each instance counts on its own, and that test fails.
 */
@EnabledIfSystemProperty(named = "it.database", matches = "postgresql")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String DUPLICATE =
            "A customer with the same email address already exists in an associated website.";
    private static final String TOO_MANY = "Too many requests. Wait %seconds seconds and try again.";
    private static final int CREATE_LIMIT = 5;
    /** A day: the test meets the limit within one window wherever the window's edge (on the epoch) falls. */
    private static final long CREATE_WINDOW_SECONDS = 86_400;
    /** Each instance's claim on an email: 9 s (renewed every 3 s) rather than the default 30, so the test waits less. */
    private static final Duration LEASE = Duration.ofSeconds(9);
    /** A dead instance's claimed emails wait for their lease, then for the next sweep and the sending. */
    private static final Duration LEASE_RUN_OUT = LEASE.plusSeconds(24);

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final List<ServiceProcess> instances = List.of(new ServiceProcess(), new ServiceProcess());
    /** The first instance's mail server, in front of the run's: the one that hangs before that instance dies. */
    private final SmtpRelay firstMailServer = new SmtpRelay(MailServer.relay().port());

    private RestartablePostgres database;

    /** Starts both at once on a new database, as an operator starts a cluster, and waits until they are one. */
    @BeforeAll
    void startTwoInstancesInOneCluster() throws Exception {
        database = new RestartablePostgres();
        List<Integer> gridPorts = List.of(ServiceProcess.freePort(), ServiceProcess.freePort());
        String members = gridPorts.stream().map(port -> "127.0.0.1:" + port).collect(joining(","));
        String cluster = "cluster-it-" + ProcessHandle.current().pid();
        String store = System.getProperty("it.ratelimit.store", "auto");
        for (int i = 0; i < instances.size(); i++) {
            List<String> options = new ArrayList<>(database.serviceOptions());
            options.addAll(List.of(
                    // what the uber jar needs to leave its --nocluster default (the test runs payara-micro.jar)
                    "-Dpayaramicro.noCluster=false",
                    "-Dhazelcast.socket.bind.any=false",
                    "-Dratelimit.store=" + store,
                    "-Dratelimit.trusted_proxies=127.0.0.1/32",
                    "-Dratelimit.create_account.limit=" + CREATE_LIMIT,
                    "-Dratelimit.create_account.window=" + CREATE_WINDOW_SECONDS,
                    "-Doutbox.lease_seconds=" + LEASE.toSeconds()));
            if (i == 0) {
                options.add("-Dmail.smtp.port=" + firstMailServer.port());
            }
            instances
                    .get(i)
                    .launch(
                            PackagedWar.asRoot(),
                            Files.createTempDirectory(Path.of(TestServer.dataDir()), "cluster-")
                                    .toString(),
                            List.of(
                                    "--clustermode",
                                    "tcpip:" + members,
                                    "--interfaces",
                                    "127.0.0.1",
                                    "--startPort",
                                    Integer.toString(gridPorts.get(i)),
                                    "--clusterName",
                                    cluster),
                            options.toArray(String[]::new));
        }
        for (ServiceProcess instance : instances) {
            instance.awaitAnswer();
        }
        for (ServiceProcess instance : instances) {
            // the data grid's members, as Payara prints them once the other has joined: one cluster
            instance.awaitInLog("DG Name: " + cluster + " DG Size: 2");
            if (!store.equals("memory")) {
                instance.awaitInLog("Rate limits are counted in the data grid '" + cluster + "'");
            }
        }
    }

    @AfterAll
    void stopAll() throws Exception {
        for (ServiceProcess instance : instances) {
            instance.stop();
        }
        firstMailServer.close();
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void sixteenConcurrentCreatesOfOneEmailOverBothInstancesMakeOneAccount() throws Exception {
        String email = uniqueEmail();
        JsonObject body = request(minimalCustomer(email), "Password1");
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<ApiResponse>> creates = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            CustomerApi instance = api(i % 2);
            creates.add(() -> {
                go.await();
                return create(instance, body);
            });
        }

        List<ApiResponse> answers = all(creates, go);

        assertThat(answers).filteredOn(answer -> answer.status() == 200).hasSize(1);
        List<ApiResponse> refused =
                answers.stream().filter(answer -> answer.status() != 200).toList();
        assertThat(refused).hasSize(15);
        refused.forEach(answer -> assertError(answer, 400, DUPLICATE));
        try (Connection db = database.connection();
                PreparedStatement count =
                        db.prepareStatement("SELECT COUNT(*) FROM customer_entity WHERE LOWER(email) = LOWER(?)")) {
            count.setString(1, email);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                assertThat(row.getInt(1)).as("accounts of %s", email).isEqualTo(1);
            }
        }
    }

    @Test
    @Order(2)
    void theCreateLimitOfAClientHoldsOverBothInstances() {
        String client = nextClient();
        for (int i = 0; i < CREATE_LIMIT; i++) {
            assertCreated(create(api(i % 2), request(minimalCustomer(uniqueEmail())), client));
        }

        ApiResponse sixth = create(api(CREATE_LIMIT % 2), request(minimalCustomer(uniqueEmail())), client);

        assertThat(sixth.status()).as("%s", sixth).isEqualTo(429);
        long seconds = sixth.object()
                .getJsonObject("parameters")
                .getJsonNumber("seconds")
                .longValue();
        assertThat(seconds).isBetween(1L, CREATE_WINDOW_SECONDS);
        assertError(sixth, 429, TOO_MANY, "seconds", (int) seconds);
        assertThat(sixth.header("Retry-After")).contains(Long.toString(seconds));
        assertThat(create(api(0), request(minimalCustomer(uniqueEmail())), client)
                        .status())
                .as("and on the other instance")
                .isEqualTo(429);
        assertCreated(create(api(1), request(minimalCustomer(uniqueEmail())), nextClient()));
    }

    @Test
    @Order(3)
    void twoHundredCreatesOverBothInstancesSendTwoHundredEmailsEachOnce() throws Exception {
        List<String> emails = new ArrayList<>();
        List<Callable<ApiResponse>> creates = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String email = uniqueEmail();
            emails.add(email);
            CustomerApi instance = api(i % 2);
            creates.add(() -> create(instance, request(minimalCustomer(email))));
        }

        List<ApiResponse> answers = all(creates, new CountDownLatch(0));

        assertThat(answers).allSatisfy(answer -> assertCreated(answer));
        awaitEverySent(Set.copyOf(emails), Instant.now().plusSeconds(60));
        Set<String> messageIds = new HashSet<>();
        for (String email : emails) {
            List<MimeMessage> received = MailServer.messagesTo(email);
            assertThat(received).as("emails to %s", email).hasSize(1);
            messageIds.add(received.get(0).getMessageID());
        }
        assertThat(messageIds).as("Message-IDs, one per outbox row").hasSize(200);
    }

    @Test
    @Order(4)
    void aCustomerOneInstanceKeepsIsShownChangedByItAsSoonAsAChangeThroughTheOtherReturns() throws Exception {
        long id = customerKeptBy(api(0));

        ApiResponse change = renamed(api(1), id);

        assertThat(change.status()).as("%s", change).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM kept_reads_member WHERE revoked"))
                .as("leases revoked: the other instance confirmed through the grid")
                .isZero();
        JsonObject shown = customer(api(0), id);
        assertThat(shown.getString("lastname")).isEqualTo("Changed");
        assertThat(shown.getString("firstname")).as("read again").isEqualTo("Written by SQL");
    }

    @Test
    @Order(5)
    void aTokenRevokedThroughOneInstanceIsRefusedByTheOtherAsSoonAsTheRevocationReturns() throws Exception {
        String email = uniqueEmail();
        assertCreated(create(api(0), request(minimalCustomer(email), "Password1")));
        String kept = api(0).customerToken(email, "Password1");
        String other = api(1).customerToken(email, "Password1");
        assertThat(api(0).call("GET", "rest/V1/customers/me", kept, null).status())
                .isEqualTo(200);
        deleteAroundTheService(kept);
        assertThat(api(0).call("GET", "rest/V1/customers/me", kept, null).status())
                .as("kept: the token's row deleted around the service")
                .isEqualTo(200);

        ApiResponse revoke = api(1).call("POST", "rest/V1/integration/customer/revoke-customer-token", other, null);

        assertThat(revoke.status()).as("%s", revoke).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM kept_reads_member WHERE revoked"))
                .as("leases revoked: the other instance confirmed through the grid")
                .isZero();
        assertThat(api(0).call("GET", "rest/V1/customers/me", kept, null).status())
                .as("the customer's token on the instance that had checked it")
                .isEqualTo(401);
    }

    @Test
    @Order(6)
    void anInstanceThatCannotBeReachedNoLongerAnswersFromMemoryWhenAChangeThroughTheOtherReturns() throws Exception {
        long id = customerKeptBy(api(0));
        ApiResponse change;
        long revokedWhilePaused;
        instances.get(0).pause();
        try {
            change = renamed(api(1), id);
            revokedWhilePaused = count("SELECT COUNT(*) FROM kept_reads_member WHERE revoked");
        } finally {
            instances.get(0).resume();
        }

        assertThat(change.status()).as("%s", change).isEqualTo(200);
        assertThat(revokedWhilePaused)
                .as("leases revoked when the change returned")
                .isEqualTo(1);
        instances.get(1).awaitInLog("did not confirm a change within 500 ms: their leases are revoked");
        assertThat(customer(api(0), id).getString("lastname"))
                .as("shown by the instance that was paused, once it goes on")
                .isEqualTo("Changed");
    }

    @Test
    @Order(10)
    void killingOneInstanceMidLoadLeavesTheOtherServingAndEveryEmailDeliveredOnce() throws Exception {
        CreateLoad onFirst = new CreateLoad(api(0), 4, null, () -> forwardedFor(nextClient()));
        CreateLoad onSecond = new CreateLoad(api(1), 4, null, () -> forwardedFor(nextClient()));
        Instant killed;
        Set<Long> claimedAtTheKill;
        try {
            onFirst.await("creates succeed on the first instance", all -> succeeded(all, Instant.MIN) >= 50);
            onSecond.await("creates succeed on the second instance", all -> succeeded(all, Instant.MIN) >= 50);
            // the first instance's mail server stops answering: the emails it claims from now on stay claimed
            Instant hung = Instant.now();
            firstMailServer.hang();
            onFirst.await(
                    "creates succeed on the first instance while its emails are stuck",
                    all -> succeeded(all, hung) >= 20);
            awaitAnEmailClaimedSince(hung);
            killed = Instant.now();
            instances.get(0).kill();
            claimedAtTheKill = claimedEmails();
            onFirst.close();
            Instant after = killed;
            onSecond.await("creates succeed on the second instance after the kill", all -> succeeded(all, after) >= 50);
        } finally {
            onFirst.close();
            onSecond.close();
        }

        assertThat(onSecond.creates())
                .as("every create sent to the instance that lives")
                .allSatisfy(create ->
                        assertThat(create.succeeded()).as("%s", create.answer()).isTrue());
        assertThat(claimedAtTheKill).as("emails the dead instance had claimed").isNotEmpty();
        List<CreateLoad.Create> creates = new ArrayList<>(onFirst.creates());
        creates.addAll(onSecond.creates());
        Map<Long, String> emails;
        try (Connection db = database.connection()) {
            CreateLoad.assertAllOrNothing(db, creates);
            emails = outbox(db);
        }
        // their lease runs out, then the living instance claims and sends them
        awaitEverySent(Set.copyOf(emails.values()), killed.plus(LEASE_RUN_OUT));
        int repeated = 0;
        for (Map.Entry<Long, String> email : emails.entrySet()) {
            List<MimeMessage> received = MailServer.messagesTo(email.getValue());
            Set<String> messageIds = new HashSet<>();
            for (MimeMessage message : received) {
                messageIds.add(message.getMessageID());
            }
            assertThat(messageIds)
                    .as("the Message-ID of email %d", email.getKey())
                    .hasSize(1)
                    .allSatisfy(id -> assertThat(id).startsWith("<outbox-" + email.getKey() + "."));
            if (claimedAtTheKill.contains(email.getKey())) {
                // one the mail server may have taken just before it hung: at least once, as the same message
                assertThat(received).as("emails to %s", email.getValue()).hasSizeBetween(1, 2);
                repeated += received.size() - 1;
            } else {
                assertThat(received).as("emails to %s", email.getValue()).hasSize(1);
            }
        }
        System.out.printf(
                "ClusterIT: %d creates (%d to the instance killed), %d emails, %d claimed at the kill,"
                        + " %d of them sent twice%n",
                creates.size(), onFirst.creates().size(), emails.size(), claimedAtTheKill.size(), repeated);
    }

    private long createdCustomer() {
        ApiResponse created = create(api(0), request(minimalCustomer(uniqueEmail())));
        assertCreated(created);
        return created.object().getJsonNumber("id").longValue();
    }

    private static JsonObject customer(CustomerApi instance, long id) {
        ApiResponse shown = instance.call("GET", "rest/V1/customers/" + id, instance.adminToken(), null);
        assertThat(shown.status()).as("%s", shown).isEqualTo(200);
        return shown.object();
    }

    /** {@code PUT /V1/customers/{id}} as the admin through this instance: the last name becomes "Changed". */
    private static ApiResponse renamed(CustomerApi instance, long id) {
        return instance.call(
                "PUT", "rest/V1/customers/" + id, instance.adminToken(), "{\"customer\":{\"lastname\":\"Changed\"}}");
    }

    /**
     * A new customer that this instance has shown and keeps: its first name is then changed by SQL, around the
     * service, and the instance still shows the old one. An instance keeps nothing for 3 s after its lease was
     * written anew, so this tries again with another customer until then.
     */
    private long customerKeptBy(CustomerApi instance) throws SQLException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            long id = createdCustomer();
            assertThat(customer(instance, id).getString("firstname")).isEqualTo("Jane");
            writeAroundTheService(id, "Written by SQL");
            if (customer(instance, id).getString("firstname").equals("Jane")) {
                return id;
            }
            assertThat(Instant.now()).as("a customer kept within 30 s").isBefore(deadline);
        }
    }

    private void deleteAroundTheService(String token) throws SQLException {
        try (Connection db = database.connection();
                PreparedStatement delete = db.prepareStatement("DELETE FROM oauth_token WHERE token_hash = ?")) {
            delete.setString(1, SecretToken.sha256(token));
            assertThat(delete.executeUpdate()).as("the token's row").isEqualTo(1);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection db = database.connection();
                Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private void writeAroundTheService(long id, String firstname) throws SQLException {
        try (Connection db = database.connection();
                PreparedStatement update =
                        db.prepareStatement("UPDATE customer_entity SET firstname = ? WHERE entity_id = ?")) {
            update.setString(1, firstname);
            update.setLong(2, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private CustomerApi api(int instance) {
        return instances.get(instance).api();
    }

    private static ApiResponse create(CustomerApi instance, JsonObject body) {
        return create(instance, body, nextClient());
    }

    /** {@code POST /V1/customers} as a guest at this address, behind the trusted proxy. */
    private static ApiResponse create(CustomerApi instance, JsonObject body, String client) {
        return instance.post("rest/V1/customers", body.toString(), forwardedFor(client));
    }

    private static List<String> forwardedFor(String client) {
        return List.of("X-Forwarded-For", client);
    }

    /** An address of its own for each client, from the range kept for documentation (2001:db8::/32). */
    private static String nextClient() {
        return "2001:db8::" + Integer.toHexString(CLIENTS.incrementAndGet());
    }

    private static long succeeded(List<CreateLoad.Create> creates, Instant after) {
        return creates.stream()
                .filter(create -> create.sent().isAfter(after) && create.succeeded())
                .count();
    }

    /** Runs the calls on a thread each, once {@code go} opens, and returns their answers in order. */
    private static List<ApiResponse> all(List<Callable<ApiResponse>> calls, CountDownLatch go)
            throws InterruptedException, ExecutionException {
        ExecutorService threads = Executors.newFixedThreadPool(Math.min(calls.size(), 16));
        try {
            List<Future<ApiResponse>> answers = new ArrayList<>();
            for (Callable<ApiResponse> call : calls) {
                answers.add(threads.submit(call));
            }
            go.countDown();
            List<ApiResponse> all = new ArrayList<>();
            for (Future<ApiResponse> answer : answers) {
                all.add(answer.get());
            }
            return all;
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * The hung mail server holds the first instance's sender: an email claimed after the mail server hung, so stuck until its lease runs out; one claimed just before
     * may still have been sent, and then none is claimed at the kill.
     */
    private void awaitAnEmailClaimedSince(Instant hung) throws SQLException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (claimedEmails(hung).isEmpty()) {
            assertThat(Instant.now()).as("an email claimed and not sent").isBefore(deadline);
            MailServer.sleep(50);
        }
    }

    /** The ids of the emails claimed by an instance (its lease on them) but not yet marked sent. */
    private Set<Long> claimedEmails() throws SQLException {
        return claimedEmails(Instant.EPOCH);
    }

    /** Emails claimed and not sent, their lease taken at {@code since} or later. */
    private Set<Long> claimedEmails(Instant since) throws SQLException {
        Set<Long> claimed = new HashSet<>();
        try (Connection db = database.connection();
                PreparedStatement select = db.prepareStatement("SELECT id FROM email_outbox "
                        + "WHERE status = 'queued' AND attempts > 0 AND next_attempt_at >= ?")) {
            // the lease ends LEASE after it is taken; the service writes its times as UTC
            select.setObject(1, LocalDateTime.ofInstant(since.plus(LEASE), ZoneOffset.UTC));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    claimed.add(row.getLong(1));
                }
            }
        }
        return claimed;
    }

    /** Every email in the outbox, by its row, with its recipient. */
    private static Map<Long, String> outbox(Connection db) throws SQLException {
        Map<Long, String> emails = new HashMap<>();
        try (Statement select = db.createStatement();
                ResultSet row = select.executeQuery("SELECT id, recipient FROM email_outbox")) {
            while (row.next()) {
                emails.put(row.getLong(1), row.getString(2));
            }
        }
        return emails;
    }

    /** Waits (up to {@code deadline}) until every email to these recipients is marked sent. */
    private void awaitEverySent(Set<String> recipients, Instant deadline) throws SQLException {
        try (Connection db = database.connection();
                PreparedStatement pending =
                        db.prepareStatement("SELECT recipient FROM email_outbox WHERE status <> 'sent'")) {
            while (true) {
                Set<String> waiting = new HashSet<>();
                try (ResultSet row = pending.executeQuery()) {
                    while (row.next()) {
                        waiting.add(row.getString(1));
                    }
                }
                waiting.retainAll(recipients);
                if (waiting.isEmpty()) {
                    return;
                }
                assertThat(Instant.now())
                        .as(
                                "every email sent; still waiting for %d, e.g. %s",
                                waiting.size(), waiting.iterator().next())
                        .isBefore(deadline);
                MailServer.sleep(200);
            }
        }
    }
}
