package com.customeraccounts.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.error.AuthenticationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenRequestThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    /** The log as the database keeps it: a count and an expiry per user. */
    private static final class InMemoryLog implements TokenRequestLog {
        record Row(int failures, Instant lockExpiresAt) {}

        final Map<TokenUser, Row> rows = new HashMap<>();

        @Override
        public int failures(TokenUser user, Instant now) {
            Row row = rows.get(user);
            return row == null || !row.lockExpiresAt().isAfter(now) ? 0 : row.failures();
        }

        @Override
        public Optional<Failures> current(TokenUser user, Instant now) {
            Row row = rows.get(user);
            return row == null || !row.lockExpiresAt().isAfter(now)
                    ? Optional.empty()
                    : Optional.of(new Failures(row.failures(), row.lockExpiresAt()));
        }

        @Override
        public void recordFailure(TokenUser user, Instant now, Instant lockExpiresAt) {
            rows.put(user, new Row(failures(user, now) + 1, lockExpiresAt));
        }

        @Override
        public void reset(TokenUser user) {
            rows.remove(user);
        }
    }

    private final InMemoryLog log = new InMemoryLog();

    private TokenRequestThrottle at(Instant now) {
        return new TokenRequestThrottle(
                log, new StoreConfig(key -> Optional.empty()), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void itsStatusShowsTheFailuresCountedAndUntilWhenTheUsernameIsRefused() {
        TokenUser customer = TokenUser.customer("jane@example.com");
        assertThat(at(T0).status(customer)).isEqualTo(new TokenRequestThrottle.Status(0, Optional.empty()));
        for (int i = 0; i < 5; i++) {
            at(T0.plusSeconds(i)).failed(customer);
        }
        assertThat(at(T0.plusSeconds(5)).status(customer))
                .isEqualTo(new TokenRequestThrottle.Status(5, Optional.empty()));

        at(T0.plusSeconds(5)).failed(TokenUser.customer("JANE@example.com"));
        assertThat(at(T0.plusSeconds(6)).status(customer))
                .isEqualTo(new TokenRequestThrottle.Status(6, Optional.of(T0.plusSeconds(5 + 1800))));
        assertThat(at(T0.plusSeconds(5 + 1800)).status(customer))
                .as("expired")
                .isEqualTo(new TokenRequestThrottle.Status(0, Optional.empty()));
    }

    @Test
    void refusesAUsernameAfterSixFailuresUntilHalfAnHourAfterTheLast() {
        TokenUser admin = TokenUser.admin("admin");
        for (int i = 0; i < 6; i++) {
            at(T0.plusSeconds(i)).failed(admin);
        }

        assertThatThrownBy(() -> at(T0.plusSeconds(10)).check(admin))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("Please wait and try again later.");
        assertThatThrownBy(() -> at(T0.plusSeconds(5 + 1799)).check(TokenUser.admin("ADMIN")))
                .as("the same username in other letters")
                .isInstanceOf(AuthenticationException.class);
        assertThatCode(() -> at(T0.plusSeconds(5 + 1800)).check(admin)).doesNotThrowAnyException();
        assertThatCode(() -> at(T0).check(TokenUser.customer("admin")))
                .as("another user type")
                .doesNotThrowAnyException();
    }

    @Test
    void startsOverAfterASuccess() {
        TokenUser customer = TokenUser.customer("jane@example.com");
        for (int i = 0; i < 5; i++) {
            at(T0).failed(customer);
        }
        at(T0.plus(Duration.ofMinutes(1))).succeeded(customer);

        at(T0).failed(customer);
        assertThat(log.failures(customer, T0)).isEqualTo(1);
    }
}
