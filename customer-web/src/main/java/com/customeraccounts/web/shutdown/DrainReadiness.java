package com.customeraccounts.web.shutdown;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready once the service is stopping, so that the load balancer stops sending it requests. */
@Readiness
@ApplicationScoped
public class DrainReadiness implements HealthCheck {

    static final String NAME = "accepting-requests";

    @Inject
    RequestsInFlight inFlight;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME)
                .status(!inFlight.draining())
                .withData("requests_in_flight", inFlight.count())
                .build();
    }
}
