package com.customeraccounts.persistence.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.idempotency.IdempotencyRecord;
import com.customeraccounts.idempotency.RequestFingerprint;
import com.customeraccounts.idempotency.StoredResponse;
import com.customeraccounts.persistence.database.FreshDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Idempotency keys on a real PostgreSQL 17 and on H2: one start wins, however many instances ask. */
class JdbcIdempotencyRecordsIT {

    private static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");
    private static final String SCOPE = RequestFingerprint.digestOf("guest 10.0.0.1");
    private static final RequestFingerprint CREATE =
            new RequestFingerprint(RequestFingerprint.digestOf("POST /rest/V1/customers\n{}"), Optional.empty());
    private static final RequestFingerprint WITH_PASSWORD = new RequestFingerprint(
            RequestFingerprint.digestOf("POST /rest/V1/customers\n{}"),
            Optional.of("$2a$10$abcdefghijklmnopqrstuuJ5C5mGQXrXl3oR6qY8V1g6YpJ8Z5q9S"));

    static Stream<Arguments> databases() {
        return FreshDatabases.postgresAndH2();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void ofSixteenConcurrentStartsOfOneKeyExactlyOneWinsAndTheOthersSeeItsRecord(
            String name, Supplier<DataSource> database) throws Exception {
        JdbcIdempotencyRecords records = new JdbcIdempotencyRecords(database.get());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Optional<IdempotencyRecord>>> starts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                starts.add(() -> records.start(SCOPE, "key-1", CREATE, T0));
            }
            List<Optional<IdempotencyRecord>> results = new ArrayList<>();
            for (Future<Optional<IdempotencyRecord>> result : pool.invokeAll(starts)) {
                results.add(result.get());
            }
            assertThat(results.stream().filter(Optional::isEmpty))
                    .as("starts that won")
                    .hasSize(1);
            assertThat(results.stream().flatMap(Optional::stream)).hasSize(15).allSatisfy(record -> {
                assertThat(record.fingerprint()).isEqualTo(CREATE);
                assertThat(record.response()).isEmpty();
                assertThat(record.startedAt()).isEqualTo(T0);
            });
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aCompletedKeyKeepsItsAnswerAndSecretsHashAndIsNotForgottenOrTakenOverWithinItsLifetime(
            String name, Supplier<DataSource> database) {
        JdbcIdempotencyRecords records = new JdbcIdempotencyRecords(database.get());
        assertThat(records.find(SCOPE, "key-1")).isEmpty();
        assertThat(records.start(SCOPE, "key-1", WITH_PASSWORD, T0)).isEmpty();
        records.complete(SCOPE, "key-1", new StoredResponse(200, "{\"id\":7,\"email\":\"jané@example.com\"}"));
        assertThat(records.find(SCOPE, "key-1"))
                .as("what a retry with a password reads before hashing it")
                .hasValueSatisfying(record -> {
                    assertThat(record.fingerprint()).isEqualTo(WITH_PASSWORD);
                    assertThat(record.response())
                            .contains(new StoredResponse(200, "{\"id\":7,\"email\":\"jané@example.com\"}"));
                });

        records.abandon(SCOPE, "key-1");
        assertThat(records.takeOver(SCOPE, "key-1", CREATE, T0.plusSeconds(120), T0, T0.plusSeconds(60)))
                .as("finished, and not expired")
                .isFalse();
        assertThat(records.start(SCOPE, "key-1", CREATE, T0.plusSeconds(120))).hasValueSatisfying(record -> {
            assertThat(record.fingerprint()).isEqualTo(WITH_PASSWORD);
            assertThat(record.response())
                    .contains(new StoredResponse(200, "{\"id\":7,\"email\":\"jané@example.com\"}"));
        });
        assertThat(records.start(RequestFingerprint.digestOf("customer 5"), "key-1", CREATE, T0))
                .as("the same key from another caller")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anUnfinishedKeyIsForgottenOrTakenOverOnceAbandonedAndAnyKeyOnceExpired(
            String name, Supplier<DataSource> database) {
        JdbcIdempotencyRecords records = new JdbcIdempotencyRecords(database.get());
        records.start(SCOPE, "failed", CREATE, T0);
        records.abandon(SCOPE, "failed");
        assertThat(records.start(SCOPE, "failed", WITH_PASSWORD, T0.plusSeconds(1)))
                .as("forgotten")
                .isEmpty();

        records.start(SCOPE, "died", CREATE, T0);
        Instant later = T0.plus(Duration.ofMinutes(2));
        assertThat(records.takeOver(SCOPE, "died", WITH_PASSWORD, later, T0.minusSeconds(1), T0.plusSeconds(1)))
                .isTrue();
        assertThat(records.takeOver(SCOPE, "died", CREATE, later, T0.minusSeconds(1), T0.plusSeconds(1)))
                .as("taken over already: started again at " + later)
                .isFalse();
        assertThat(records.start(SCOPE, "died", CREATE, later)).hasValueSatisfying(record -> {
            assertThat(record.fingerprint()).isEqualTo(WITH_PASSWORD);
            assertThat(record.startedAt()).isEqualTo(later);
        });

        records.start(SCOPE, "old", CREATE, T0);
        records.complete(SCOPE, "old", new StoredResponse(200, "true"));
        assertThat(records.takeOver(SCOPE, "old", CREATE, later, T0.plusSeconds(1), T0.minusSeconds(1)))
                .as("expired")
                .isTrue();
        assertThat(records.start(SCOPE, "old", CREATE, later))
                .hasValueSatisfying(record -> assertThat(record.response()).isEmpty());
    }
}
