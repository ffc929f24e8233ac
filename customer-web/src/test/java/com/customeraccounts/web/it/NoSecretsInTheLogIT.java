package com.customeraccounts.web.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.MagentoAssertions.assertError;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's whole life with passwords (sign-up, a wrong and a right sign-in, a forgotten password reset with
 * the emailed token, a change of password) leaves none of its secrets in the server's log: no password, no
 * stored hash, no access token, no reset token.
 */
class NoSecretsInTheLogIT extends SystemTest {

    private static final String RESET_LINK = "http://localhost:8080/customer/account/createPassword/";

    @Test
    void writesNoPasswordHashOrTokenOfASignUpSignInResetAndChangeToTheLog() throws Exception {
        String email = uniqueEmail();
        String signUpPassword = password();
        String wrongPassword = password();
        String resetPassword = password();
        String changedPassword = password();
        List<String> secrets = new ArrayList<>(List.of(signUpPassword, wrongPassword, resetPassword, changedPassword));

        long id = assertCreated(api.createAccount(request(minimalCustomer(email), signUpPassword)))
                .getJsonNumber("id").longValue();
        secrets.add(hash(id));
        assertError(api.issueCustomerToken("", email, wrongPassword), 401,
                "The account sign-in was incorrect or your account is disabled temporarily. "
                        + "Please wait and try again later.");
        secrets.add(api.customerToken(email, signUpPassword));

        assertThat(api.call("PUT", "rest/V1/customers/password", null, Json.createObjectBuilder().add("email", email)
                .add("template", "email_reset").add("websiteId", 1).build().toString()).body()).isEqualTo("true");
        String resetToken = tokenOf(ReceivedEmail.of(MailServer.awaitMessagesTo(email, 2, Duration.ofSeconds(15))
                .get(1)).link(RESET_LINK));
        secrets.add(resetToken);
        assertThat(api.call("POST", "rest/V1/customers/resetPassword", null, Json.createObjectBuilder()
                .add("email", email).add("resetToken", resetToken).add("newPassword", resetPassword).build()
                .toString()).body()).isEqualTo("true");
        secrets.add(hash(id));
        String afterReset = api.customerToken(email, resetPassword);
        secrets.add(afterReset);

        assertThat(api.call("PUT", "rest/V1/customers/me/password", afterReset, Json.createObjectBuilder()
                .add("currentPassword", resetPassword).add("newPassword", changedPassword).build().toString())
                .body()).isEqualTo("true");
        secrets.add(hash(id));
        secrets.add(api.customerToken(email, changedPassword));
        secrets.add(api.adminToken());
        secrets.add(TestServer.ADMIN_PASSWORD);

        assertThat(secrets).doesNotHaveDuplicates().allSatisfy(secret -> assertThat(secret).hasSizeGreaterThan(8));
        String log = Files.readString(serverLog);
        // the log holds this test's requests: the delivery of its reset email, and a route it called
        assertThat(log).contains("customer=" + id + "] Delivered email");
        for (String secret : secrets) {
            assertThat(log).as("the server log").doesNotContain(secret);
        }
    }

    private String hash(long customerId) {
        String hash = api.send("GET", "rest/V1/it-probe/password-hash/" + customerId, null, List.of()).body();
        assertThat(hash).startsWith("$2");
        return hash;
    }

    /** Unique to this run, so that finding it in the log can only mean this test's request put it there. */
    private static String password() {
        return "Pw1-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static String tokenOf(String resetLink) {
        Matcher matcher = Pattern.compile("[?&]token=([^&]+)").matcher(resetLink);
        assertThat(matcher.find()).as("a token in %s", resetLink).isTrue();
        return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
    }
}
