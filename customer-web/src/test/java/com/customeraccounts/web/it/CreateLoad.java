package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.SampleCustomers.alabamaAddress;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Client threads creating accounts with one or two addresses each, one request after another, until stopped;
 * every request is recorded with when it was sent, when (and what) it was answered.
 */
final class CreateLoad implements AutoCloseable {

    /** One create: its email and address count, its time span, and its answer (empty if none came). */
    record Create(String email, int addresses, Instant sent, Instant answered, Optional<ApiResponse> answer) {

        Duration took() {
            return Duration.between(sent, answered);
        }

        boolean succeeded() {
            return answer.isPresent() && answer.get().status() == 200;
        }

        boolean within(Instant from, Instant to) {
            return !sent.isBefore(from) && !answered.isAfter(to);
        }
    }

    private final CustomerApi api;
    private final String password;
    private final Supplier<List<String>> headers;
    private final ConcurrentLinkedQueue<Create> creates = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    /** Starts {@code clients} threads; {@code password} may be null (an account without one). */
    CreateLoad(CustomerApi api, int clients, String password) {
        this(api, clients, password, List::of);
    }

    /** Starts {@code clients} threads, each request with the headers given for it (name/value pairs). */
    CreateLoad(CustomerApi api, int clients, String password, Supplier<List<String>> headers) {
        this.api = api;
        this.password = password;
        this.headers = headers;
        for (int i = 0; i < clients; i++) {
            Thread client = new Thread(this::createUntilStopped, "create-load-" + i);
            client.setDaemon(true);
            client.start();
            threads.add(client);
        }
    }

    private void createUntilStopped() {
        int n = 0;
        while (running) {
            int addresses = 1 + n++ % 2;
            String email = uniqueEmail();
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (int a = 0; a < addresses; a++) {
                list.add(alabamaAddress("Green str, " + a, "CityM", "75477"));
            }
            JsonObjectBuilder customer = minimalCustomer(email).add("addresses", list);
            var body = Json.createObjectBuilder().add("customer", customer);
            if (password != null) {
                body.add("password", password);
            }
            Instant sent = Instant.now();
            Optional<ApiResponse> answer;
            try {
                answer = Optional.of(api.post("rest/V1/customers", body.build().toString(), headers.get()));
            } catch (IllegalStateException noAnswer) {
                answer = Optional.empty();
            }
            creates.add(new Create(email, addresses, sent, Instant.now(), answer));
        }
    }

    /** Every create recorded so far. */
    List<Create> creates() {
        return List.copyOf(creates);
    }

    /** Waits (up to 120 s) until the creates recorded satisfy {@code condition}. */
    void await(String what, Predicate<List<Create>> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (!condition.test(creates())) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            MailServer.sleep(50);
        }
    }

    /** Stops the clients and waits until their last requests are recorded. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread client : threads) {
            client.join(Duration.ofSeconds(90).toMillis());
        }
    }

    /** Each customer's email with its number of addresses, as the database holds them. */
    static Map<String, Integer> addressesByEmail(Connection db) throws SQLException {
        Map<String, Integer> found = new HashMap<>();
        try (Statement select = db.createStatement();
                ResultSet row = select.executeQuery("SELECT c.email, COUNT(a.entity_id) FROM customer_entity c "
                        + "LEFT JOIN customer_address_entity a ON a.parent_id = c.entity_id GROUP BY c.email")) {
            while (row.next()) {
                found.put(row.getString(1), row.getInt(2));
            }
        }
        return found;
    }

    /**
     * Nothing half-written: every customer in the database that one of the creates sent has all the addresses
     * it sent, no address is without its customer, and every create answered 200 is there. Customers that the
     * test created otherwise on the same database are left out.
     */
    static void assertAllOrNothing(Connection db, List<Create> creates) throws SQLException {
        Map<String, Integer> sent = new HashMap<>();
        creates.forEach(create -> sent.put(create.email(), create.addresses()));
        Map<String, Integer> stored = addressesByEmail(db);
        stored.keySet().retainAll(sent.keySet());
        for (Map.Entry<String, Integer> customer : stored.entrySet()) {
            assertThat(customer.getValue())
                    .as("addresses of %s", customer.getKey())
                    .isEqualTo(sent.get(customer.getKey()));
        }
        for (Create create : creates) {
            if (create.succeeded()) {
                assertThat(stored).as("answered 200").containsKey(create.email());
            }
        }
        try (Statement select = db.createStatement();
                ResultSet orphans = select.executeQuery("SELECT COUNT(*) FROM customer_address_entity a WHERE NOT "
                        + "EXISTS (SELECT 1 FROM customer_entity c WHERE c.entity_id = a.parent_id)")) {
            orphans.next();
            assertThat(orphans.getInt(1)).as("addresses without a customer").isZero();
        }
    }
}
