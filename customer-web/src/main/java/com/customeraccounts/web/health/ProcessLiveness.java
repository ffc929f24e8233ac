package com.customeraccounts.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the process can answer, whatever the database or mail server do: a restart would not mend
 * those, so they belong to readiness. The heap in use is reported for the operator.
 */
@Liveness
@ApplicationScoped
public class ProcessLiveness implements HealthCheck {

    private static final long MIB = 1024 * 1024;

    @Override
    public HealthCheckResponse call() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return HealthCheckResponse.named("process")
                .up()
                .withData("heap_used_mib", heap.getUsed() / MIB)
                .withData("heap_max_mib", heap.getMax() / MIB)
                .build();
    }
}
