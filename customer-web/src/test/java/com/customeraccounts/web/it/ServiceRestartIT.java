package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A restart loses no email: the packaged WAR runs in a Payara Micro process of its own, which is stopped
 * while an email waits for the mail server and started again.
 */
class ServiceRestartIT {

    private final ServiceProcess service = new ServiceProcess();

    @AfterEach
    void stopService() throws InterruptedException {
        service.stop();
        MailServer.relay().pass();
    }

    @Test
    void deliversAnEmailLeftPendingByARestartExactlyOnce() throws Exception {
        String dataDir = Files.createTempDirectory(Path.of(TestServer.dataDir()), "restart-")
                .toString();
        MailServer.relay().refuse();
        service.start(PackagedWar.asRoot(), dataDir);
        CustomerApi api = service.api();
        String email = uniqueEmail();
        assertCreated(api.createAccount(request(minimalCustomer(email), "Password1")));
        service.awaitInLog("Could not deliver email");
        service.stop();
        assertThat(MailServer.messagesTo(email)).isEmpty();

        MailServer.relay().pass();
        service.start(PackagedWar.asRoot(), dataDir);

        assertThat(MailServer.awaitMessagesTo(email, 1, Duration.ofSeconds(60))).hasSize(1);
        // an email queued after it has arrived too: the outbox has gone past the first, which came once
        String later = uniqueEmail();
        assertCreated(api.createAccount(request(minimalCustomer(later), "Password1")));
        assertThat(MailServer.awaitMessagesTo(later, 1, Duration.ofSeconds(60))).hasSize(1);
        assertThat(MailServer.messagesTo(email)).hasSize(1);
        for (Path log : service.logs()) {
            assertThat(Files.readString(log)).as("log %s", log).doesNotContain("token=", "key=", "Password1");
        }
    }
}
