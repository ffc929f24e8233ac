package com.customeraccounts.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/** Watches a run through {@code GET /V1/migration/runs/{id}}. */
final class MigrationRuns {

    private MigrationRuns() {}

    static JsonObject get(CustomerApi api, long id) {
        ApiResponse response = api.call("GET", "rest/V1/migration/runs/" + id, api.adminToken(), null);
        assertThat(response.status()).as("run %s: %s", id, response).isEqualTo(200);
        return response.object();
    }

    /** The run once it is no longer running; fails after {@code guard}. */
    static JsonObject awaitEnd(CustomerApi api, long id, Duration guard) {
        Instant deadline = Instant.now().plus(guard);
        JsonObject run = get(api, id);
        while ("running".equals(run.getString("status"))) {
            assertThat(Instant.now()).as("run %s still running: %s", id, run).isBefore(deadline);
            MailServer.sleep(200);
            run = get(api, id);
        }
        return run;
    }
}
