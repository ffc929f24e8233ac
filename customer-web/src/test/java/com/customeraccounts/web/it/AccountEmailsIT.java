package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.CreateAccountIT.newYorkAddress;
import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.MagentoAssertions.assertError;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The emails an account gets, delivered through the outbox to a real SMTP server (GreenMail). */
class AccountEmailsIT extends SystemTest {

    private static final Duration DELIVERY = Duration.ofSeconds(15);
    private static final String BASE_URL = "http://localhost:8080/";

    @AfterEach
    void mailServerAndClockBackToNormal() {
        MailServer.relay().pass();
        api.call("PUT", "rest/V1/it-probe/clock/0", null, null);
    }

    @Test
    void welcomesACustomerWithAPasswordOnceWithAResetLinkButNotThePassword() {
        String email = uniqueEmail();
        long id = createdId(api.createAccount(request(minimalCustomer(email), "Secret-Passw0rd")));

        ReceivedEmail welcome = onlyEmailTo(email);

        assertThat(welcome.subject()).isEqualTo("Welcome to Main Website Store");
        assertThat(welcome.from()).isEqualTo("owner@example.com");
        assertThat(welcome.fromName()).isEqualTo("Owner");
        assertThat(welcome.text()).startsWith("Jane Doe,").contains("Email: " + email);
        assertThat(welcome.html()).contains("Welcome to Main Website Store.");
        assertThat(welcome.link(BASE_URL + "customer/account/createPassword/"))
                .matches(
                        "http://localhost:8080/customer/account/createPassword/\\?id=" + id + "&token=[A-Za-z0-9]{32}");
        assertThat(welcome.text() + welcome.html()).doesNotContain("Secret-Passw0rd");
    }

    @Test
    void asksACustomerWithoutAPasswordToSetOne() {
        String email = uniqueEmail();
        long id = createdId(api.createAccount(request(minimalCustomer(email))));

        ReceivedEmail welcome = onlyEmailTo(email);

        assertThat(welcome.subject()).isEqualTo("Welcome to Main Website Store");
        assertThat(welcome.text()).contains("set a password");
        assertThat(welcome.link(BASE_URL + "customer/account/createPassword/"))
                .matches(".*\\?id=" + id + "&token=[A-Za-z0-9]{32}");
    }

    @Test
    void asksForConfirmationWhereTheWebsiteRequiresItAndLeadsBackToAnAllowedOrigin() {
        String email = uniqueEmail();
        String redirect = TestServer.ALLOWED_ORIGIN + "/welcome?from=confirm";
        JsonObject body = Json.createObjectBuilder()
                .add("customer", minimalCustomer(email).add("website_id", 2))
                .add("password", "Password1")
                .add("redirectUrl", redirect)
                .build();
        long id = createdId(api.createAccount(body));

        ReceivedEmail confirmation = onlyEmailTo(email);

        assertThat(confirmation.subject()).isEqualTo("Please confirm your Second Store account");
        String link = confirmation.link(BASE_URL + "customer/account/confirm/");
        assertThat(link).matches(".*\\?id=" + id + "&key=[A-Za-z0-9]{32}&back_url=.*");
        assertThat(decodedBackUrl(link)).isEqualTo(redirect);
    }

    @Test
    void neverLeadsBackToAnOriginThatIsNotAllowed() {
        String email = uniqueEmail();
        JsonObject body = Json.createObjectBuilder()
                .add("customer", minimalCustomer(email).add("website_id", 2))
                .add("password", "Password1")
                .add("redirectUrl", "https://evil.example/steal")
                .build();
        assertCreated(api.createAccount(body));

        String link = onlyEmailTo(email).link(BASE_URL + "customer/account/confirm/");

        assertThat(decodedBackUrl(link)).isEqualTo(BASE_URL);
    }

    @Test
    void sendsNothingForACreateThatFails() {
        String duplicate = uniqueEmail();
        long first = createdId(api.createAccount(request(minimalCustomer(duplicate), "Password1")));
        assertError(
                api.createAccount(request(minimalCustomer(duplicate), "Password1")),
                400,
                "A customer with the same email address already exists in an associated website.");
        String badAddress = uniqueEmail();
        assertThat(api.createAccount(request(minimalCustomer(badAddress)
                                .add(
                                        "addresses",
                                        Json.createArrayBuilder()
                                                .add(newYorkAddress().remove("city")))))
                        .status())
                .isEqualTo(400);
        String rolledBack = uniqueEmail();
        assertThat(api.createAccount(Json.createObjectBuilder()
                                .add("customer", minimalCustomer(rolledBack))
                                .add("redirectUrl", RegisteredEventsProbe.FAIL_INSIDE_TRANSACTION)
                                .build())
                        .status())
                .isEqualTo(500);

        awaitALaterEmail();

        assertThat(MailServer.messagesTo(duplicate)).hasSize(1);
        assertThat(deliveries(first)).hasSize(1);
        assertThat(MailServer.messagesTo(badAddress)).isEmpty();
        assertThat(MailServer.messagesTo(rolledBack)).isEmpty();
    }

    @Test
    void showsAnAdminWhichEmailsWereSentButNeverTheirContent() {
        String email = uniqueEmail();
        long id = createdId(api.createAccount(request(minimalCustomer(email), "Password1")));
        onlyEmailTo(email);

        ApiResponse list = api.send(
                "GET",
                "rest/V1/customers/" + id + "/emails",
                null,
                List.of("Authorization", "Bearer " + api.adminToken()));

        assertThat(list.status()).isEqualTo(200);
        JsonObject delivery = list.json().asJsonArray().getJsonObject(0);
        assertThat(delivery.getString("type")).isEqualTo("registered");
        assertThat(delivery.getString("status")).isEqualTo("sent");
        assertThat(delivery.getInt("attempts")).isEqualTo(1);
        assertThat(delivery.containsKey("sent_at")).isTrue();
        assertThat(list.body()).doesNotContain("token", "createPassword", "Welcome");
        // the outbox row's own Message-ID, as a resend after a crash would carry it too
        assertThat(messageId(MailServer.messagesTo(email).get(0)))
                .matches("<outbox-" + delivery.getJsonNumber("id").longValue() + "\\.[0-9]+@[^>]+>");
        assertError(
                api.send("GET", "rest/V1/customers/" + id + "/emails", null, List.of()),
                401,
                "The consumer isn't authorized to access %resources.",
                "resources",
                "Magento_Customer::manage");
        assertError(
                api.send(
                        "GET",
                        "rest/V1/customers/999999999/emails",
                        null,
                        List.of("Authorization", "Bearer " + api.adminToken())),
                404,
                "No such entity with %fieldName = %fieldValue",
                "fieldName",
                "customerId",
                "fieldValue",
                999999999);
    }

    @Test
    void createsWhileTheMailServerIsDownAndDeliversOnceWhenItIsBack() {
        MailServer.relay().refuse();
        String email = uniqueEmail();
        long id = createdId(api.createAccount(request(minimalCustomer(email), "Password1")));

        JsonObject failing = awaitDelivery(id, "failing");
        assertThat(failing.getInt("attempts")).isGreaterThanOrEqualTo(1);
        assertThat(failing.getString("last_error")).isNotBlank();
        assertThat(MailServer.messagesTo(email)).isEmpty();

        MailServer.relay().pass();

        assertThat(MailServer.awaitMessagesTo(email, 1, Duration.ofSeconds(30))).hasSize(1);
        assertThat(awaitDelivery(id, "sent").getString("status")).isEqualTo("sent");
        awaitALaterEmail();
        assertThat(MailServer.messagesTo(email)).hasSize(1);
        assertThat(deliveries(id)).hasSize(1);
    }

    /**
     * The answer does not wait for the SMTP hand-off: it arrives while the mail server holds the connection
     * unanswered, and the email then goes out on its first attempt (a send inside the request would have
     * timed out there and needed a second). How fast the answer is belongs to the benchmark.
     */
    @Test
    void marksAnEmailTheMailServerRefusesForGoodFailedAtOnceAndShowsItToAnAdmin() {
        MailServer.relay().refuseRecipients();
        String email = uniqueEmail();
        long id = createdId(api.createAccount(request(minimalCustomer(email), "Password1")));

        JsonObject failed = awaitDelivery(id, "failed");

        assertThat(failed.getString("type")).isEqualTo("registered");
        assertThat(failed.getInt("attempts"))
                .as("attempts before it was given up")
                .isEqualTo(1);
        assertThat(failed.getString("last_error")).contains("550 5.1.1 No such user here");
        assertThat(failed.containsKey("sent_at")).isFalse();
        assertThat(MailServer.messagesTo(email)).isEmpty();
    }

    @Test
    void givesUpAnEmailStillFailingAfterTheMaximumAgeAndShowsItFailed() {
        MailServer.relay().refuse();
        String email = uniqueEmail();
        long id = createdId(api.createAccount(request(minimalCustomer(email), "Password1")));
        awaitDelivery(id, "failing");

        api.call(
                "PUT",
                "rest/V1/it-probe/clock/" + Duration.ofHours(72).plusMinutes(1).toSeconds(),
                null,
                null);
        api = new CustomerApi(base);

        JsonObject failed = awaitDelivery(id, "failed");
        assertThat(failed.getString("last_error")).startsWith("Still failing 72 h after its first attempt");
        MailServer.relay().pass();
        assertThat(MailServer.messagesTo(email)).isEmpty();
    }

    @Test
    void answersBeforeTheMailServerHasTakenTheEmail() {
        MailServer.relay().hold();
        String email = uniqueEmail();

        long id = createdId(api.createAccount(request(minimalCustomer(email), "Password1")));

        assertThat(MailServer.messagesTo(email)).isEmpty();
        assertThat(deliveries(id).getJsonObject(0).getString("status")).isNotEqualTo("sent");
        MailServer.relay().pass();
        assertThat(MailServer.awaitMessagesTo(email, 1, DELIVERY)).hasSize(1);
        JsonObject sent = awaitDelivery(id, "sent");
        assertThat(sent.getInt("attempts")).isEqualTo(1);
    }

    /**
     * Creates another account and waits for its welcome email: the outbox takes due emails in the order
     * they were queued, so by then it has also handled everything queued before (instead of sleeping and
     * hoping that whatever should not happen would have happened by then).
     */
    private void awaitALaterEmail() {
        String later = uniqueEmail();
        long id = createdId(api.createAccount(request(minimalCustomer(later), "Password1")));
        assertThat(MailServer.awaitMessagesTo(later, 1, DELIVERY))
                .as("the later email")
                .hasSize(1);
        awaitDelivery(id, "sent");
    }

    private JsonArray deliveries(long customerId) {
        return api.send(
                        "GET",
                        "rest/V1/customers/" + customerId + "/emails",
                        null,
                        List.of("Authorization", "Bearer " + api.adminToken()))
                .json()
                .asJsonArray();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ReceivedEmail onlyEmailTo(String email) {
        List<MimeMessage> messages = MailServer.awaitMessagesTo(email, 1, DELIVERY);
        assertThat(messages).as("emails to %s", email).hasSize(1);
        return ReceivedEmail.of(messages.get(0));
    }

    private JsonObject awaitDelivery(long customerId, String status) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonObject delivery = null;
        while (Instant.now().isBefore(deadline)) {
            JsonArray list = deliveries(customerId);
            delivery = list.isEmpty() ? null : list.getJsonObject(0);
            if (delivery != null && status.equals(delivery.getString("status"))) {
                return delivery;
            }
            MailServer.sleep(200);
        }
        throw new AssertionError("no " + status + " delivery for customer " + customerId + ": " + delivery);
    }

    private static long createdId(ApiResponse response) {
        return assertCreated(response).getJsonNumber("id").longValue();
    }

    private static String decodedBackUrl(String link) {
        String encoded = link.substring(link.indexOf("back_url=") + "back_url=".length());
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }
}
