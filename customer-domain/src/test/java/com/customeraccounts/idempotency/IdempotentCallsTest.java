package com.customeraccounts.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.error.ConflictException;
import com.customeraccounts.error.InputException;
import com.customeraccounts.password.PasswordHasher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class IdempotentCallsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");
    private static final IdempotencyKey KEY = new IdempotencyKey("order-42/retry-safe");
    private static final String CREATE = "POST /rest/V1/customers\n{\"customer\":{\"email\":\"jane@example.com\"}}";

    private final InMemoryIdempotencyRecords records = new InMemoryIdempotencyRecords();
    private final MovableClock clock = new MovableClock(T0);
    private final StoreConfig config = new StoreConfig(path ->
            Optional.ofNullable(Map.of(ConfigPath.IDEMPOTENCY_TTL_HOURS, "24").get(path)));
    private final IdempotentCalls calls =
            new IdempotentCalls(records, new IdempotentTransaction(records), new PasswordHasher(4), config, clock);
    private final AtomicInteger changes = new AtomicInteger();

    private Supplier<StoredResponse> change(String answer) {
        return () -> {
            changes.incrementAndGet();
            return new StoredResponse(200, answer);
        };
    }

    @Test
    void aRetryWithTheSameRequestGetsTheFirstAnswerAgainWithoutTheChangeBeingDoneTwice() {
        IdempotentOutcome first = calls.call("guest 10.0.0.1", KEY, CREATE, "", change("{\"id\":7}"));
        IdempotentOutcome retry = calls.call("guest 10.0.0.1", KEY, CREATE, "", change("{\"id\":8}"));

        assertThat(first).isEqualTo(new IdempotentOutcome(new StoredResponse(200, "{\"id\":7}"), false));
        assertThat(retry).isEqualTo(new IdempotentOutcome(new StoredResponse(200, "{\"id\":7}"), true));
        assertThat(changes).hasValue(1);
    }

    @Test
    void theSameKeyFromAnotherCallerIsAnotherKey() {
        calls.call("guest 10.0.0.1", KEY, CREATE, "", change("{\"id\":7}"));
        IdempotentOutcome other = calls.call("customer 5", KEY, CREATE, "", change("{\"id\":8}"));

        assertThat(other.replayed()).isFalse();
        assertThat(other.response().body()).isEqualTo("{\"id\":8}");
        assertThat(changes).hasValue(2);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndChangesNothing() {
        calls.call("guest 10.0.0.1", KEY, CREATE, "", change("{\"id\":7}"));

        assertThatThrownBy(() -> calls.call("guest 10.0.0.1", KEY, CREATE + " ", "", change("{\"id\":8}")))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.KEY_REUSED));
        assertThat(changes).hasValue(1);
    }

    @Test
    void aRetryWithSecretsCostsOneBcryptCheckAndTheKeyReusedForAnotherBodyNone() {
        AtomicInteger hashes = new AtomicInteger();
        AtomicInteger checks = new AtomicInteger();
        PasswordHasher counting = new PasswordHasher(4) {
            @Override
            public String hash(String password) {
                hashes.incrementAndGet();
                return super.hash(password);
            }

            @Override
            public boolean matches(String password, String hash) {
                checks.incrementAndGet();
                return super.matches(password, hash);
            }
        };
        IdempotentCalls counted =
                new IdempotentCalls(records, new IdempotentTransaction(records), counting, config, clock);
        String secrets = "password\u0000\"Secret-1\"\u0000";
        counted.call("guest 10.0.0.1", KEY, CREATE, secrets, change("{\"id\":7}"));
        assertThat(hashes).as("the first request keeps its secrets' hash").hasValue(1);

        IdempotentOutcome retry = counted.call("guest 10.0.0.1", KEY, CREATE, secrets, change("{\"id\":8}"));
        assertThat(retry.replayed()).isTrue();
        assertThat(hashes).as("a retry hashes nothing").hasValue(1);
        assertThat(checks).as("it checks its secrets against the kept hash").hasValue(1);

        assertThatThrownBy(() -> counted.call("guest 10.0.0.1", KEY, CREATE + " ", secrets, change("{\"id\":9}")))
                .isInstanceOf(ConflictException.class);
        assertThat(hashes).hasValue(1);
        assertThat(checks).as("another body is refused before any check").hasValue(1);
        assertThat(changes).hasValue(1);
    }

    @Test
    void secretsCountForTheSameRequestThoughOnlyTheirBcryptHashIsKept() {
        calls.call("guest 10.0.0.1", KEY, CREATE, "password\u0000\"Secret-1\"\u0000", change("{\"id\":7}"));

        assertThat(records.find(RequestFingerprint.digestOf("guest 10.0.0.1"), KEY.value()))
                .get()
                .satisfies(record -> assertThat(record.fingerprint().secretsHash())
                        .get()
                        .asString()
                        .startsWith("$2a$")
                        .doesNotContain("Secret-1"));
        assertThat(calls.call("guest 10.0.0.1", KEY, CREATE, "password\u0000\"Secret-1\"\u0000", change("{}"))
                        .replayed())
                .isTrue();
        assertThatThrownBy(() ->
                        calls.call("guest 10.0.0.1", KEY, CREATE, "password\u0000\"Secret-2\"\u0000", change("{}")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> calls.call("guest 10.0.0.1", KEY, CREATE, "", change("{}")))
                .as("the same request without its password")
                .isInstanceOf(ConflictException.class);
        assertThat(changes).hasValue(1);
    }

    @Test
    void aRetryWhileTheFirstRequestStillRunsIsRefused() {
        calls.call("guest 10.0.0.1", KEY, CREATE, "", () -> {
            assertThatThrownBy(() -> calls.call("guest 10.0.0.1", KEY, CREATE, "", change("{}")))
                    .isInstanceOfSatisfying(
                            ConflictException.class,
                            e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.STILL_RUNNING));
            return new StoredResponse(200, "{\"id\":7}");
        });

        assertThat(changes).hasValue(0);
    }

    @Test
    void aRequestThatFailsForgetsItsKeySoThatARetryDoesItAfresh() {
        assertThatThrownBy(() -> calls.call("guest 10.0.0.1", KEY, CREATE, "", () -> {
                    throw InputException.requiredField("email");
                }))
                .isInstanceOf(InputException.class);
        assertThat(records.size()).isZero();

        IdempotentOutcome retry = calls.call("guest 10.0.0.1", KEY, CREATE, "", change("{\"id\":7}"));
        assertThat(retry.replayed()).isFalse();
        assertThat(changes).hasValue(1);
    }

    @Test
    void aKeyLeftUnfinishedByAnInstanceThatDiedIsTakenOverAfterAMinute() {
        records.start(
                RequestFingerprint.digestOf("guest 10.0.0.1"),
                KEY.value(),
                new RequestFingerprint(RequestFingerprint.digestOf(CREATE), Optional.empty()),
                T0);

        clock.advance(IdempotentCalls.ABANDONED_AFTER.minusSeconds(1));
        assertThatThrownBy(() -> calls.call("guest 10.0.0.1", KEY, CREATE, "", change("{}")))
                .isInstanceOf(ConflictException.class);

        clock.advance(Duration.ofSeconds(2));
        assertThat(calls.call("guest 10.0.0.1", KEY, CREATE, "", change("{\"id\":7}"))
                        .replayed())
                .isFalse();
        assertThat(changes).hasValue(1);
    }

    @Test
    void aKeyOlderThanItsLifetimeIsANewKey() {
        calls.call("guest 10.0.0.1", KEY, CREATE, "", change("{\"id\":7}"));
        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(calls.call("guest 10.0.0.1", KEY, CREATE, "", change("{}")).replayed())
                .isTrue();

        clock.advance(Duration.ofSeconds(2));
        IdempotentOutcome later = calls.call("guest 10.0.0.1", KEY, CREATE + " later", "", change("{\"id\":9}"));
        assertThat(later).isEqualTo(new IdempotentOutcome(new StoredResponse(200, "{\"id\":9}"), false));
    }

    @Test
    void aKeyIsOneToTwoHundredFiftyFiveVisibleAsciiCharacters() {
        assertThat(new IdempotencyKey("a").value()).isEqualTo("a");
        assertThat(new IdempotencyKey("~".repeat(255)).value()).hasSize(255);
        for (String bad : new String[] {"", "x".repeat(256), "with space", "tab\t", "é", "line\n"}) {
            assertThatThrownBy(() -> new IdempotencyKey(bad))
                    .as("'%s'", bad)
                    .isInstanceOfSatisfying(
                            InputException.class,
                            e -> assertThat(e.phrase().template()).isEqualTo(InputException.INVALID_FIELD_VALUE));
        }
    }

    /** A clock a test moves on. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
