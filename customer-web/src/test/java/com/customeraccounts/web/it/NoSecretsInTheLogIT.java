package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.MagentoAssertions.assertError;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A customer's whole life with passwords (sign-up, a wrong and a right sign-in, a forgotten password reset with
 * the emailed token, a change of password; a confirmation by the emailed link) leaves none of its secrets in the
 * server's log: no password, no stored hash, no access token, no reset token, no confirmation key; nor the
 * admin's password and token or the Magento crypt key the server was started with.
 */
class NoSecretsInTheLogIT extends SystemTest {

    private static final String RESET_LINK = "http://localhost:8080/customer/account/createPassword/";
    /** The store view of the website that requires confirmation ({@code it-stores.json}). */
    private static final String SECOND_STORE = "fixture_second_store/";

    @Test
    void writesNoPasswordHashOrTokenOfASignUpSignInResetAndChangeToTheLog() throws Exception {
        String email = uniqueEmail();
        String signUpPassword = password();
        String wrongPassword = password();
        String resetPassword = password();
        String changedPassword = password();
        List<String> secrets = new ArrayList<>(List.of(signUpPassword, wrongPassword, resetPassword, changedPassword));

        long id = assertCreated(api.createAccount(request(minimalCustomer(email), signUpPassword)))
                .getJsonNumber("id")
                .longValue();
        secrets.add(hash(id));
        assertError(
                api.issueCustomerToken("", email, wrongPassword),
                401,
                "The account sign-in was incorrect or your account is disabled temporarily. "
                        + "Please wait and try again later.");
        secrets.add(api.customerToken(email, signUpPassword));

        assertThat(api.call(
                                "PUT",
                                "rest/V1/customers/password",
                                null,
                                Json.createObjectBuilder()
                                        .add("email", email)
                                        .add("template", "email_reset")
                                        .add("websiteId", 1)
                                        .build()
                                        .toString())
                        .body())
                .isEqualTo("true");
        String resetToken = parameter(
                ReceivedEmail.of(MailServer.awaitMessagesTo(email, 2, Duration.ofSeconds(15))
                                .get(1))
                        .link(RESET_LINK),
                "token");
        secrets.add(resetToken);
        assertThat(api.call(
                                "POST",
                                "rest/V1/customers/resetPassword",
                                null,
                                Json.createObjectBuilder()
                                        .add("email", email)
                                        .add("resetToken", resetToken)
                                        .add("newPassword", resetPassword)
                                        .build()
                                        .toString())
                        .body())
                .isEqualTo("true");
        secrets.add(hash(id));
        String afterReset = api.customerToken(email, resetPassword);
        secrets.add(afterReset);

        assertThat(api.call(
                                "PUT",
                                "rest/V1/customers/me/password",
                                afterReset,
                                Json.createObjectBuilder()
                                        .add("currentPassword", resetPassword)
                                        .add("newPassword", changedPassword)
                                        .build()
                                        .toString())
                        .body())
                .isEqualTo("true");
        secrets.add(hash(id));
        secrets.add(api.customerToken(email, changedPassword));
        secrets.add(api.adminToken());
        secrets.add(TestServer.ADMIN_PASSWORD);
        secrets.add(MagentoTokensIT.CRYPT_KEY);

        assertNotInTheLog(secrets, id);
    }

    @Test
    void writesNoConfirmationKeyPasswordOrTokenOfASignUpThatMustBeConfirmedToTheLog() throws Exception {
        String email = uniqueEmail();
        String password = password();
        long id = assertCreated(api.createAccount(Json.createObjectBuilder()
                        .add("customer", minimalCustomer(email).add("website_id", 2))
                        .add("password", password)
                        .add("redirectUrl", TestServer.ALLOWED_ORIGIN + "/after-confirm")
                        .build()))
                .getJsonNumber("id")
                .longValue();
        String link = ReceivedEmail.of(MailServer.awaitMessagesTo(email, 1, Duration.ofSeconds(15))
                        .get(0))
                .link("http://localhost:8080/customer/account/confirm/");
        String key = parameter(link, "key");

        HttpResponse<String> confirmed = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(api.url(link.substring(link.indexOf("customer/account/")))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertNotInTheLog(List.of(password, key, hash(id), api.customerToken(SECOND_STORE, email, password)), id);
    }

    /** Once the log shows a delivery of the customer's (so it holds this test's lines), none of the secrets. */
    private void assertNotInTheLog(List<String> secrets, long customerId) throws Exception {
        assertThat(secrets)
                .doesNotHaveDuplicates()
                .allSatisfy(secret -> assertThat(secret).hasSizeGreaterThan(8));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        String log = Files.readString(serverLog);
        while (!log.contains("customer=" + customerId + "] Delivered email")) {
            assertThat(Instant.now())
                    .as("a delivery to customer %d in %s", customerId, serverLog)
                    .isBefore(deadline);
            MailServer.sleep(100);
            log = Files.readString(serverLog);
        }
        for (String secret : secrets) {
            assertThat(log).as("the server log").doesNotContain(secret);
        }
    }

    private String hash(long customerId) {
        String hash = api.send("GET", "rest/V1/it-probe/password-hash/" + customerId, null, List.of())
                .body();
        assertThat(hash).startsWith("$2");
        return hash;
    }

    /** Unique to this run, so that finding it in the log can only mean this test's request put it there. */
    private static String password() {
        return "Pw1-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static String parameter(String link, String name) {
        Matcher matcher = Pattern.compile("[?&]" + name + "=([^&]+)").matcher(link);
        assertThat(matcher.find()).as("%s in %s", name, link).isTrue();
        return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
    }
}
