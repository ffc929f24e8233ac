package com.customeraccounts.web.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restart loses no email: the packaged WAR runs in a Payara Micro process of its own, which is stopped
 * while an email waits for the mail server and started again.
 */
class ServiceRestartIT {

    private Process service;
    private final List<Path> logs = new ArrayList<>();

    @AfterEach
    void stopService() throws InterruptedException {
        stop();
        MailServer.relay().pass();
    }

    @Test
    void deliversAnEmailLeftPendingByARestartExactlyOnce() throws Exception {
        int port = freePort();
        String dataDir = Files.createTempDirectory(Path.of(TestServer.dataDir()), "restart-").toString();
        MailServer.relay().refuse();
        start(port, dataDir);
        CustomerApi api = new CustomerApi(URI.create("http://127.0.0.1:" + port + "/").toURL());
        String email = uniqueEmail();
        assertCreated(api.createAccount(request(minimalCustomer(email), "Password1")));
        awaitInLog(logs.get(0), "Could not deliver email");
        stop();
        assertThat(MailServer.messagesTo(email)).isEmpty();

        MailServer.relay().pass();
        start(port, dataDir);

        assertThat(MailServer.awaitMessagesTo(email, 1, Duration.ofSeconds(60))).hasSize(1);
        // an email queued after it has arrived too: the outbox has gone past the first, which came once
        String later = uniqueEmail();
        assertCreated(api.createAccount(request(minimalCustomer(later), "Password1")));
        assertThat(MailServer.awaitMessagesTo(later, 1, Duration.ofSeconds(60))).hasSize(1);
        assertThat(MailServer.messagesTo(email)).hasSize(1);
        for (Path log : logs) {
            assertThat(Files.readString(log)).as("log %s", log).doesNotContain("token=", "key=", "Password1");
        }
    }

    /** Waits (a guard of 60 s) until the service's log shows this, e.g. that it tried a delivery and failed. */
    private static void awaitInLog(Path log, String text) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!Files.readString(log).contains(text)) {
            assertThat(Instant.now()).as("'%s' in %s", text, log).isBefore(deadline);
            MailServer.sleep(100);
        }
    }

    private void start(int port, String dataDir) throws IOException, InterruptedException {
        Path target = Path.of("target").toAbsolutePath();
        Path deployment = Files.createDirectories(target.resolve("restart-it"));
        Path war = Files.copy(Path.of(System.getProperty("it.war", "target/customer-web.war")),
                deployment.resolve("ROOT.war"), StandardCopyOption.REPLACE_EXISTING);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(Arrays.asList(TestServer.jvmOptions(dataDir).split(" ")));
        command.addAll(List.of("-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--deploy", war.toString(), "--port", Integer.toString(port), "--nocluster", "--disablephonehome"));
        Path log = deployment.resolve("payara-micro-" + port + "-" + (logs.size() + 1) + ".log");
        logs.add(log);
        service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitAnswer(port);
    }

    private void awaitAnswer(int port) {
        CustomerApi api;
        try {
            api = new CustomerApi(URI.create("http://127.0.0.1:" + port + "/").toURL());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            assertThat(service.isAlive()).as("the service process is running").isTrue();
            try {
                if (api.post("rest/V1/customers", "{}", List.of()).status() == 400) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            MailServer.sleep(250);
        }
        throw new AssertionError("the service did not answer within 120 s");
    }

    private void stop() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroy();
            if (!service.waitFor(60, TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor();
            }
        }
        service = null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
