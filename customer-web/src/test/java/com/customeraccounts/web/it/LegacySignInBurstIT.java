package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonString;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The morning after a move from Magento: 32 customers whose passwords are Magento 2.4's Argon2id hashes
 * (64 MiB each to check) sign in at the same moment, against the service run with the README's production
 * flags ({@code -Xmx192m -XX:+UseSerialGC}). Every one gets a token, none an error, and each hash is replaced
 * by this service's bcrypt. What it measures is the heap under 32 Argon2 checks, not the database: it runs on
 * PostgreSQL only (PasswordAndConfirmationIT and the import and pull tests sign in with Magento hashes on both).
 */
@EnabledIfSystemProperty(named = "it.database", matches = "postgresql")
class LegacySignInBurstIT {

    private static final int CUSTOMERS = 32;
    /** A published Magento 2.4 hash ({@code cyclone-github/magento_cracker}) of {@link #PASSWORD}. */
    private static final String MAGENTO_HASH =
            "ab5ebf8d273b085b6a60336198e0a5a2090fdc3e0606a678315c7274ab06e046:5PiKJRn28bBKoFMopMaaKuV47aJ6GzVg:3_32_2_67108864";

    private static final String PASSWORD = "Password@";

    private final ServiceProcess service = new ServiceProcess();

    @AfterEach
    void stopService() throws InterruptedException {
        service.stop();
    }

    @Test
    void thirtyTwoConcurrentArgon2SignInsUnderTheProductionHeapAllSucceed() throws Exception {
        String dataDir = Files.createTempDirectory(Path.of(TestServer.dataDir()), "burst-")
                .toString();
        service.start(PackagedWar.asRoot().addClass(PasswordHashProbe.class), dataDir, "-Xmx192m", "-XX:+UseSerialGC");
        CustomerApi api = service.api();
        List<String> emails = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            String email = uniqueEmail();
            emails.add(email);
            // no password of its own to hash: the probe gives it Magento's
            ids.add(assertCreated(api.createAccount(request(minimalCustomer(email))))
                    .getInt("id"));
            assertThat(api.send(
                                    "PUT",
                                    "rest/V1/it-probe/password-hash/" + ids.get(i),
                                    MAGENTO_HASH,
                                    List.of("Content-Type", "text/plain"))
                            .body())
                    .isEqualTo("true");
        }

        List<ApiResponse> answers = signInAtOnce(api, emails);

        for (ApiResponse answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            assertThat(((JsonString) answer.json()).getString()).hasSize(32);
        }
        for (Integer id : ids) {
            assertThat(api.send("GET", "rest/V1/it-probe/password-hash/" + id, null, List.of())
                            .body())
                    .startsWith("$2a$");
        }
        assertThat(service.isAlive()).isTrue();
        assertThat(Files.readString(service.logs().get(0))).doesNotContain("OutOfMemoryError");
    }

    private static List<ApiResponse> signInAtOnce(CustomerApi api, List<String> emails) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(emails.size());
        try {
            CountDownLatch ready = new CountDownLatch(emails.size());
            List<Future<ApiResponse>> calls = new ArrayList<>();
            for (String email : emails) {
                Callable<ApiResponse> signIn = () -> {
                    ready.countDown();
                    ready.await();
                    return api.issueCustomerToken("", email, PASSWORD);
                };
                calls.add(clients.submit(signIn));
            }
            List<ApiResponse> answers = new ArrayList<>();
            for (Future<ApiResponse> call : calls) {
                answers.add(call.get());
            }
            return answers;
        } finally {
            clients.shutdownNow();
        }
    }
}
