package com.customeraccounts.web.it;

import com.customeraccounts.customer.CustomerRegistered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-only, deployed beside the packaged WAR ({@link SystemTestServer}), for {@link RegistrationEventsIT}:
 * records the {@code CustomerRegistered} events delivered after commit, and fails a registration inside its
 * transaction when asked to (by its redirect URL), to show that a rolled-back one is never delivered, and for
 * {@link RequestTracingIT}, what a failing request logs.
 */
@ApplicationScoped
@Path("V1/it-probe/registered")
public class RegisteredEventsProbe {

    static final String FAIL_INSIDE_TRANSACTION = "https://probe.invalid/fail-inside-transaction";
    private static final Set<Long> COMMITTED = ConcurrentHashMap.newKeySet();

    /** Fails on {@link #FAIL_INSIDE_TRANSACTION}, naming whatever follows it (a marker to find in the log). */
    void failWhenAsked(@Observes(during = TransactionPhase.IN_PROGRESS) CustomerRegistered event) {
        String redirect = event.redirectUrl();
        if (redirect != null && redirect.startsWith(FAIL_INSIDE_TRANSACTION)) {
            throw new IllegalStateException("the probe fails this registration inside its transaction "
                    + redirect.substring(FAIL_INSIDE_TRANSACTION.length()));
        }
    }

    void recordCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerRegistered event) {
        COMMITTED.add(event.customerId().value());
    }

    @GET
    @Produces("application/json")
    public String committed() {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        COMMITTED.forEach(ids::add);
        return ids.build().toString();
    }
}
