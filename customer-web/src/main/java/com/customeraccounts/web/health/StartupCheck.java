package com.customeraccounts.web.health;

import com.customeraccounts.lifecycle.ServiceStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** Started once the service has finished starting: the admin exists and the outbox and schedules run. */
@Startup
@ApplicationScoped
public class StartupCheck implements HealthCheck {

    private volatile boolean started;

    void started(@Observes ServiceStarted event) {
        started = true;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("start-up").status(started).build();
    }
}
