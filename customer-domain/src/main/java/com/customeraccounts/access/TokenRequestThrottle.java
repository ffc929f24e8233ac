package com.customeraccounts.access;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.error.AuthenticationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Magento's {@code RequestThrottler} for admin and customer tokens: after
 * {@code oauth/authentication_lock/max_failures_count} failed requests for one username, every request for
 * it is refused, the right password included, until {@code oauth/authentication_lock/timeout} seconds have
 * passed since the last failure. A success clears the count.
 */
@ApplicationScoped
public class TokenRequestThrottle {

    private TokenRequestLog log;
    private StoreConfig config;
    private Clock clock;

    protected TokenRequestThrottle() {}

    @Inject
    public TokenRequestThrottle(TokenRequestLog log, StoreConfig config, Clock clock) {
        this.log = log;
        this.config = config;
        this.clock = clock;
    }

    /** @throws AuthenticationException Magento's sign-in message while the username is locked */
    public void check(TokenUser user) {
        if (!allows(user)) {
            throw AuthenticationException.signInIncorrect();
        }
    }

    /** Whether a request for this username may be tried now. */
    public boolean allows(TokenUser user) {
        return log.failures(user, clock.instant()) < config.intValue(ConfigPath.TOKEN_REQUEST_MAX_FAILURES);
    }

    public void failed(TokenUser user) {
        Instant now = clock.instant();
        log.recordFailure(
                user, now, now.plus(Duration.ofSeconds(config.intValue(ConfigPath.TOKEN_REQUEST_LOCK_SECONDS))));
    }

    /**
     * How the throttle stands for this username: the failures counted, and until when requests for it are
     * refused (empty while they are not).
     */
    public Status status(TokenUser user) {
        Instant now = clock.instant();
        return log.current(user, now)
                .map(failures -> new Status(
                        failures.count(),
                        failures.count() >= config.intValue(ConfigPath.TOKEN_REQUEST_MAX_FAILURES)
                                ? Optional.of(failures.lockExpiresAt())
                                : Optional.empty()))
                .orElse(new Status(0, Optional.empty()));
    }

    /** The throttle's state for one username. */
    public record Status(int failures, Optional<Instant> lockedUntil) {}

    /** Clears the count, expired or not (a delete that finds no row costs an index look-up). */
    public void succeeded(TokenUser user) {
        log.reset(user);
    }
}
