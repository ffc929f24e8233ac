package com.customeraccounts.web.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Test-only, deployed beside the packaged WAR ({@link SystemTestServer}), for {@link PasswordAndConfirmationIT},
 * {@link AccountEmailsIT} and {@link HostileCallersIT}:
 * the service's clock, which a test can move forward ({@code PUT /rest/V1/it-probe/clock/<seconds>}) to let
 * tokens expire or emails grow old.
 */
@Path("V1/it-probe/clock")
public class ClockProbe {

    private static volatile Duration offset = Duration.ZERO;

    /** Replaces the service's clock for the whole application (a selected alternative). */
    @Alternative
    @Priority(1000)
    @ApplicationScoped
    public static class ShiftedClock {

        @Produces
        Clock shiftedClock() {
            return clock();
        }
    }

    static Clock clock() {
        return new Clock() {
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
                return Instant.now().plus(offset);
            }
        };
    }

    @PUT
    @Path("{seconds}")
    public String shift(@PathParam("seconds") long seconds) {
        offset = Duration.ofSeconds(seconds);
        return "true";
    }
}
