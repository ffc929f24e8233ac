package com.customeraccounts.notification;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.lifecycle.BoundedProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the oldest due email has waited longer than {@code health.outbox.max_lag_seconds}: the
 * instances are not keeping up with (or not delivering) the emails sign-ups wait for. A failing SMTP server
 * alone does not trip it, as retried emails are due only at their next attempt.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    static final String NAME = "email-outbox";
    private static final Duration LIMIT = Duration.ofSeconds(2);

    @Inject
    Clock clock;

    @Inject
    StoreConfig config;

    private final BoundedProbe<Optional<Instant>> probe = new BoundedProbe<>(
            () -> new EmailOutbox(OutboxDataSource.get()).oldestDue(clock.instant(), (int) LIMIT.toSeconds()), LIMIT);

    @Override
    public HealthCheckResponse call() {
        long maxLag;
        try {
            maxLag = config.intValue(ConfigPath.HEALTH_OUTBOX_MAX_LAG_SECONDS);
        } catch (IllegalStateException unreadable) {
            // the stored settings live in the database: it is out of reach, and this probe with it
            return HealthCheckResponse.named(NAME)
                    .down()
                    .withData("error", "the stored settings cannot be read")
                    .build();
        }
        BoundedProbe.Outcome<Optional<Instant>> outcome = probe.run();
        if (!(outcome instanceof BoundedProbe.Answered<Optional<Instant>> answered)) {
            return HealthCheckResponse.named(NAME)
                    .down()
                    .withData("error", outcome.describe())
                    .build();
        }
        long lag = answered.value()
                .map(due -> Duration.between(due, clock.instant()).toSeconds())
                .orElse(0L);
        return HealthCheckResponse.named(NAME)
                .status(lag <= maxLag)
                .withData("oldest_due_seconds", lag)
                .withData("max_lag_seconds", maxLag)
                .build();
    }
}
