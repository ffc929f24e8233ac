package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.HealthIT.check;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The probes of a healthy service on each database, the embedded one of the README's start included. */
class ProbesIT extends SystemTest {

    @Test
    void aHealthyServiceIsReadyLiveAndStarted() {
        ApiResponse ready = api.send("GET", "health/ready", null, List.of());
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        assertThat(check(ready, "database").getString("status")).isEqualTo("UP");
        assertThat(check(ready, "database").getJsonObject("data").getString("schema_version"))
                .matches("\\d+");
        assertThat(check(ready, "email-outbox").getString("status")).isEqualTo("UP");
        assertThat(check(ready, "accepting-requests").getString("status")).isEqualTo("UP");

        ApiResponse live = api.send("GET", "health/live", null, List.of());
        assertThat(live.status()).as(live.toString()).isEqualTo(200);
        assertThat(check(live, "process").getString("status")).isEqualTo("UP");
        ApiResponse started = api.send("GET", "health/started", null, List.of());
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(check(started, "start-up").getString("status")).isEqualTo("UP");
    }
}
