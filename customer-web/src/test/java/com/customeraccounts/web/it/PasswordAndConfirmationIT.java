package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.MagentoAssertions.assertError;
import static com.customeraccounts.web.it.MagentoAssertions.assertErrorBody;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The account flows by email, end to end, reading keys and tokens from the emails GreenMail receives. */
class PasswordAndConfirmationIT extends SystemTest {

    private static final String SECOND = "fixture_second_store/";
    private static final String SIGN_IN_INCORRECT = "The account sign-in was incorrect or your account is disabled "
            + "temporarily. Please wait and try again later.";
    private static final String MISMATCHED = "The password token is mismatched. Reset and try again.";
    private static final String NOT_AUTHORIZED = "The consumer isn't authorized to access %resources.";
    /** The emailed link's one answer to every refusal, so that it tells no one which customer ids exist. */
    private static final String LINK_REFUSED = "This confirmation key is invalid or has expired.";

    @AfterEach
    void clockBackToNow() {
        api.call("PUT", "rest/V1/it-probe/clock/0", null, null);
    }

    @Test
    void confirmsAnAccountThroughTheLinkInItsEmailAndOnlyThenLetsItSignIn() throws Exception {
        String email = uniqueEmail();
        long id = createInSecondWebsite(email);
        String link = link(email, 1, "customer/account/confirm/");

        assertError(
                api.issueCustomerToken(SECOND, email, "Password1"),
                401,
                "This account isn't confirmed. Verify and try again.");
        assertThat(status(id)).isEqualTo("account_confirmation_required");
        assertError(
                api.call(
                        "PUT",
                        "rest/" + SECOND + "V1/customers/" + email + "/activate",
                        api.adminToken(),
                        "{\"confirmationKey\":\"not-the-key\"}"),
                400,
                "The confirmation token is invalid. Verify the token and try again.");

        HttpResponse<String> followed = follow(link);

        assertThat(followed.statusCode()).isEqualTo(302);
        assertThat(followed.headers().firstValue("Location")).contains(TestServer.ALLOWED_ORIGIN + "/after-confirm");
        assertThat(status(id)).isEqualTo("account_confirmed");
        assertThat(api.customerToken(SECOND, email, "Password1")).hasSize(32);
        ReceivedEmail welcome = ReceivedEmail.of(
                MailServer.awaitMessagesTo(email, 2, Duration.ofSeconds(15)).get(1));
        assertThat(welcome.text()).contains("Thank you for confirming your Second Store account.");
        assertError(
                api.call(
                        "PUT",
                        "rest/" + SECOND + "V1/customers/" + email + "/activate",
                        api.adminToken(),
                        "{\"confirmationKey\":\"" + key(link) + "\"}"),
                400,
                "The account is already active.");
    }

    @Test
    void keepsNoWorkingConfirmationKeyInTheDatabaseOnceTheEmailIsSentWhileItsLinkStillConfirms() throws Exception {
        String email = uniqueEmail();
        long id = createInSecondWebsite(email);
        String link = link(email, 1, "customer/account/confirm/");

        String stored = storedOnceSent(id, 1);

        assertThat(stored)
                .contains("\"email_type\":\"confirmation\"", "[redacted after delivery]")
                .doesNotContain(key(link));
        assertThat(follow(link).statusCode()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("account_confirmed");
    }

    @Test
    void answersAConfirmationLinkWithAnUnknownCustomerLikeOneWithAWrongKey() throws Exception {
        String email = uniqueEmail();
        long id = createInSecondWebsite(email);
        String key = key(link(email, 1, "customer/account/confirm/"));

        HttpResponse<String> unknownCustomer = followConfirmation("id=999999999&key=" + key);
        HttpResponse<String> wrongKey = followConfirmation("id=" + id + "&key=not-the-key");

        assertThat(wrongKey.statusCode()).isEqualTo(400);
        assertThat(unknownCustomer.statusCode()).isEqualTo(wrongKey.statusCode());
        assertThat(unknownCustomer.headers().firstValue("Location"))
                .isEqualTo(wrongKey.headers().firstValue("Location"));
        assertThat(unknownCustomer.body())
                .isEqualTo(wrongKey.body())
                .isEqualTo("{\"message\":\"This confirmation key is invalid or has expired.\"}");
        assertThat(followConfirmation("id=not-a-number&key=" + key).body()).isEqualTo(wrongKey.body());
        assertThat(status(id)).isEqualTo("account_confirmation_required");
    }

    @Test
    void letsAnAdminActivateWithTheKeyAndResendAConfirmationWithANewOne() {
        String email = uniqueEmail();
        createInSecondWebsite(email);
        String firstKey = key(link(email, 1, "customer/account/confirm/"));

        assertThat(api.call(
                                "POST",
                                "rest/V1/customers/confirm",
                                api.adminToken(),
                                Json.createObjectBuilder()
                                        .add("email", email)
                                        .add("websiteId", 2)
                                        .build()
                                        .toString())
                        .body())
                .isEqualTo("true");
        String secondKey = key(link(email, 2, "customer/account/confirm/"));
        assertThat(secondKey).isNotEqualTo(firstKey);

        assertError(
                api.call(
                        "PUT",
                        "rest/" + SECOND + "V1/customers/" + email + "/activate",
                        api.adminToken(),
                        "{\"confirmationKey\":\"" + firstKey + "\"}"),
                400,
                "The confirmation token is invalid. Verify the token and try again.");
        JsonObject activated = api.call(
                        "PUT",
                        "rest/" + SECOND + "V1/customers/" + email + "/activate",
                        api.adminToken(),
                        "{\"confirmationKey\":\"" + secondKey + "\"}")
                .object();
        assertThat(activated.getString("email")).isEqualTo(email);
        assertError(
                api.call(
                        "POST",
                        "rest/V1/customers/confirm",
                        api.adminToken(),
                        Json.createObjectBuilder()
                                .add("email", email)
                                .add("websiteId", 2)
                                .build()
                                .toString()),
                400,
                "Confirmation isn't needed.");
        assertError(
                api.call(
                        "POST",
                        "rest/V1/customers/confirm",
                        api.adminToken(),
                        Json.createObjectBuilder()
                                .add("email", "dummy@example.com")
                                .add("websiteId", 0)
                                .build()
                                .toString()),
                404,
                "No such entity with %fieldName = %fieldValue, %field2Name = %field2Value",
                "fieldName",
                "email",
                "fieldValue",
                "dummy@example.com",
                "field2Name",
                "websiteId",
                "field2Value",
                1);
    }

    @Test
    void activatesItselfWithAKeyItWasCreatedWithWhereConfirmationIsOff() {
        String email = uniqueEmail();
        assertCreated(
                api.createAccount(request(minimalCustomer(email).add("confirmation", "a4fg7h893e39d"), "Password1")));
        String token = api.customerToken(email, "Password1");

        JsonObject activated = api.call(
                        "PUT", "rest/V1/customers/me/activate", token, "{\"confirmationKey\":\"a4fg7h893e39d\"}")
                .object();

        assertThat(activated.getString("email")).isEqualTo(email);
    }

    @Test
    void resetsAForgottenPasswordOnceWithTheTokenFromTheEmail() {
        String email = uniqueEmail();
        long id = createWithPassword(email);

        assertThat(initiateReset(email, "email_reset", 1).body()).isEqualTo("true");
        ReceivedEmail reset = ReceivedEmail.of(
                MailServer.awaitMessagesTo(email, 2, Duration.ofSeconds(15)).get(1));
        assertThat(reset.subject()).isEqualTo("Reset your Main Website Store password");
        assertThat(reset.from()).isEqualTo("support@example.com");
        String token = token(reset.link("http://localhost:8080/customer/account/createPassword/"));

        assertThat(api.call("GET", "rest/V1/customers/" + id + "/password/resetLinkToken/" + token, null, null)
                        .body())
                .isEqualTo("true");
        assertError(
                api.call("GET", "rest/V1/customers/" + id + "/password/resetLinkToken/fjjkafjie", null, null),
                400,
                MISMATCHED);
        assertThat(resetPassword(email, token, "New-Passw0rd").body()).isEqualTo("true");

        assertError(api.issueCustomerToken("", email, "Password1"), 401, SIGN_IN_INCORRECT);
        assertThat(api.customerToken(email, "New-Passw0rd")).hasSize(32);
        assertError(resetPassword(email, token, "Other-Passw0rd"), 400, MISMATCHED);
    }

    @Test
    void keepsNoWorkingResetTokenInTheDatabaseOnceTheEmailIsSentWhileItsLinkStillResets() {
        String email = uniqueEmail();
        long id = createWithPassword(email);
        String token = resetTokenSentTo(email);

        String stored = storedOnceSent(id, 2);

        assertThat(stored)
                .contains("\"email_type\":\"password_reset\"", "[redacted after delivery]")
                .doesNotContain(token);
        assertThat(resetPassword(email, token, "New-Passw0rd").body()).isEqualTo("true");
        assertThat(api.customerToken(email, "New-Passw0rd")).hasSize(32);
    }

    @Test
    void refusesAResetTokenAfterItExpires() {
        String email = uniqueEmail();
        long id = createWithPassword(email);
        String token = resetTokenSentTo(email);

        api.call(
                "PUT",
                "rest/V1/it-probe/clock/" + Duration.ofHours(2).plusMinutes(1).toSeconds(),
                null,
                null);

        assertError(
                api.call("GET", "rest/V1/customers/" + id + "/password/resetLinkToken/" + token, null, null),
                400,
                "The password token is expired. Reset and try again.");
        assertError(
                resetPassword(email, token, "New-Passw0rd"),
                400,
                "The password token is expired. Reset and try again.");
    }

    @Test
    void answersResetRequestsAsMagentoIncludingItsLimit() {
        assertErrorBody(
                api.call("PUT", "rest/V1/customers/password", null, "{}"),
                400,
                Json.createObjectBuilder()
                        .add("message", "One or more input exceptions have occurred.")
                        .add(
                                "errors",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("message", "\"%fieldName\" is required. Enter and try again.")
                                                .add(
                                                        "parameters",
                                                        Json.createObjectBuilder()
                                                                .add("fieldName", "email")))
                                        .add(Json.createObjectBuilder()
                                                .add("message", "\"%fieldName\" is required. Enter and try again.")
                                                .add(
                                                        "parameters",
                                                        Json.createObjectBuilder()
                                                                .add("fieldName", "template"))))
                        .build());
        assertError(
                initiateReset("dummy@example.com", "email_reset", 0),
                404,
                "No such entity with %fieldName = %fieldValue, %field2Name = %field2Value",
                "fieldName",
                "email",
                "fieldValue",
                "dummy@example.com",
                "field2Name",
                "websiteId",
                "field2Value",
                0);
        String email = uniqueEmail();
        createWithPassword(email);
        assertErrorBody(
                initiateReset(email, "email_whatever", 1),
                400,
                Json.createObjectBuilder()
                        .add(
                                "message",
                                "Invalid value of \"%value\" provided for the %fieldName field. Possible values: "
                                        + "%template1 or %template2.")
                        .add(
                                "parameters",
                                Json.createObjectBuilder()
                                        .add("value", "email_whatever")
                                        .add("fieldName", "template")
                                        .add("template1", "email_reminder")
                                        .add("template2", "email_reset"))
                        .build());
        assertThat(initiateReset(email, "email_reminder", 1).body()).isEqualTo("true");
        assertErrorBody(
                initiateReset(email, "email_reset", 1),
                400,
                Json.createObjectBuilder()
                        .add(
                                "message",
                                "We received too many requests for password resets. Please wait and try again later "
                                        + "or contact %1.")
                        .add("parameters", Json.createArrayBuilder().add("support@example.com"))
                        .build());
    }

    @Test
    void changesThePasswordAndRevokesTheCustomersOtherTokens() {
        String email = uniqueEmail();
        createWithPassword(email);
        String current = api.customerToken(email, "Password1");
        String other = api.customerToken(email, "Password1");
        assertThat(api.call("GET", "rest/V1/customers/me", other, null).status())
                .as("the other device signed in, its token in use")
                .isEqualTo(200);

        assertError(
                api.call(
                        "PUT",
                        "rest/V1/customers/me/password",
                        current,
                        "{\"currentPassword\":\"Wrong-Passw0rd\",\"newPassword\":\"123@Test\"}"),
                401,
                "The password doesn't match this account. Verify the password and try again.");
        assertErrorBody(
                api.call(
                        "PUT",
                        "rest/V1/customers/me/password",
                        current,
                        "{\"currentPassword\":\"Password1\",\"newPassword\":\"short\"}"),
                400,
                Json.createObjectBuilder()
                        .add(
                                "message",
                                "The password needs at least %1 characters. Create a new password and try again.")
                        .add("parameters", Json.createArrayBuilder().add("8"))
                        .build());
        assertThat(api.call(
                                "PUT",
                                "rest/V1/customers/me/password",
                                current,
                                "{\"currentPassword\":\"Password1\",\"newPassword\":\"123@Test\"}")
                        .body())
                .isEqualTo("true");

        assertThat(api.customerToken(email, "123@Test")).hasSize(32);
        assertError(api.issueCustomerToken("", email, "Password1"), 401, SIGN_IN_INCORRECT);
        assertThat(api.call("GET", "rest/V1/customers/me", current, null).status())
                .isEqualTo(200);
        assertError(
                api.call("GET", "rest/V1/customers/me", other, null),
                401,
                "The consumer isn't authorized to access %resources.",
                "resources",
                "self");
    }

    /** Asks for a reset of the password of an account that got its welcome email, and reads the new token. */
    private String resetTokenSentTo(String email) {
        initiateReset(email, "email_reset", 1);
        return token(ReceivedEmail.of(MailServer.awaitMessagesTo(email, 2, Duration.ofSeconds(15))
                        .get(1))
                .link("http://localhost:8080/customer/account/createPassword/"));
    }

    private HttpResponse<String> follow(String link) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(api.url(link.substring(link.indexOf("customer/account/")))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** What the database holds of the customer's emails, once the admin's list shows all {@code count} sent. */
    private String storedOnceSent(long id, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        List<String> statuses = List.of();
        while (Instant.now().isBefore(deadline)) {
            statuses =
                    api
                            .call("GET", "rest/V1/customers/" + id + "/emails", api.adminToken(), null)
                            .json()
                            .asJsonArray()
                            .stream()
                            .map(d -> d.asJsonObject().getString("status"))
                            .toList();
            if (statuses.size() == count && statuses.stream().allMatch("sent"::equals)) {
                return api.call("GET", "rest/V1/it-probe/outbox/" + id, null, null)
                        .body();
            }
            MailServer.sleep(100);
        }
        throw new AssertionError("emails of customer " + id + " not all sent: " + statuses);
    }

    @Test
    void expiresACustomerTokenAfterAnHourAndAnAdminTokenAfterFourHours() {
        String email = uniqueEmail();
        long id = createWithPassword(email);
        String customerToken = api.customerToken(email, "Password1");
        String adminToken = ((jakarta.json.JsonString)
                        api.issueAdminToken(TestServer.ADMIN_USERNAME, TestServer.ADMIN_PASSWORD)
                                .json())
                .getString();

        shiftClock(Duration.ofMinutes(59));
        assertThat(api.call("GET", "rest/V1/customers/me", customerToken, null).status())
                .isEqualTo(200);
        shiftClock(Duration.ofMinutes(61));
        assertError(
                api.call("GET", "rest/V1/customers/me", customerToken, null), 401, NOT_AUTHORIZED, "resources", "self");

        shiftClock(Duration.ofHours(4).minusMinutes(1));
        assertThat(api.call("GET", "rest/V1/customers/" + id, adminToken, null).status())
                .isEqualTo(200);
        shiftClock(Duration.ofHours(4).plusMinutes(1));
        assertError(
                api.call("GET", "rest/V1/customers/" + id, adminToken, null),
                401,
                NOT_AUTHORIZED,
                "resources",
                "Magento_Customer::customer");
    }

    @Test
    void revokesTheCustomersTokensWhenItsPasswordIsReset() {
        String email = uniqueEmail();
        createWithPassword(email);
        String before = api.customerToken(email, "Password1");
        assertThat(api.call("GET", "rest/V1/customers/me", before, null).status())
                .isEqualTo(200);
        assertThat(initiateReset(email, "email_reset", 1).body()).isEqualTo("true");
        String resetToken = token(link(email, 2, "customer/account/createPassword/"));

        assertThat(resetPassword(email, resetToken, "New-Passw0rd").body()).isEqualTo("true");

        assertError(api.call("GET", "rest/V1/customers/me", before, null), 401, NOT_AUTHORIZED, "resources", "self");
        String after = api.customerToken(email, "New-Passw0rd");
        assertThat(api.call("GET", "rest/V1/customers/me", after, null).status())
                .isEqualTo(200);
    }

    /** {@code customer/password/lockout_threshold} is 10 minutes by default. */
    @Test
    void endsTheLockoutOfTenFailedSignInsAfterTenMinutes() {
        String email = uniqueEmail();
        createWithPassword(email);
        for (int i = 0; i < 10; i++) {
            assertError(api.issueCustomerToken("", email, "Wrong-Passw0rd"), 401, SIGN_IN_INCORRECT);
        }
        assertError(api.issueCustomerToken("", email, "Password1"), 401, SIGN_IN_INCORRECT);

        shiftClock(Duration.ofMinutes(9));
        assertError(api.issueCustomerToken("", email, "Password1"), 401, SIGN_IN_INCORRECT);

        shiftClock(Duration.ofMinutes(10).plusSeconds(30));
        String token = api.customerToken(email, "Password1");
        assertThat(api.call("GET", "rest/V1/customers/me", token, null).status())
                .isEqualTo(200);
    }

    /** Magento_Security's defaults: at least 10 minutes apart, at most 5 in an hour, per email. */
    @Test
    void allowsFiveResetRequestsAnHourTenMinutesApart() {
        String email = uniqueEmail();
        createWithPassword(email);
        Duration apart = Duration.ofMinutes(10).plusSeconds(1);

        for (int i = 0; i < 5; i++) {
            shiftClock(apart.multipliedBy(i));
            assertThat(initiateReset(email, "email_reset", 1).body())
                    .as("request %d", i + 1)
                    .isEqualTo("true");
        }
        shiftClock(apart.multipliedBy(5));
        assertErrorBody(
                initiateReset(email, "email_reset", 1),
                400,
                Json.createObjectBuilder()
                        .add(
                                "message",
                                "We received too many requests for password resets. Please wait and try again later "
                                        + "or contact %1.")
                        .add("parameters", Json.createArrayBuilder().add("support@example.com"))
                        .build());

        // an hour after the first, it has left the window: four in the last hour, so one more is allowed
        shiftClock(Duration.ofHours(1).plusSeconds(30));
        assertThat(initiateReset(email, "email_reset", 1).body()).isEqualTo("true");
    }

    /**
     * A confirmation key works only with its own customer and only once. Like Magento's, it does not expire:
     * a link followed a month later still confirms.
     */
    @Test
    void refusesATamperedConfirmationLinkAndTakesTheRealOneEvenAMonthLater() throws Exception {
        String email = uniqueEmail();
        long id = createInSecondWebsite(email);
        String key = key(link(email, 1, "customer/account/confirm/"));
        String otherEmail = uniqueEmail();
        long other = createInSecondWebsite(otherEmail);
        link(otherEmail, 1, "customer/account/confirm/");
        String tampered = key.substring(0, key.length() - 1) + (key.endsWith("a") ? "b" : "a");

        assertLinkRefused(followConfirmation("id=" + id + "&key=" + tampered), 400, LINK_REFUSED);
        assertLinkRefused(followConfirmation("id=" + id + "&key=" + key.toUpperCase()), 400, LINK_REFUSED);
        assertLinkRefused(followConfirmation("id=" + id), 400, LINK_REFUSED);
        assertLinkRefused(followConfirmation("id=" + other + "&key=" + key), 400, LINK_REFUSED);
        assertLinkRefused(followConfirmation("id=x" + id + "&key=" + key), 400, LINK_REFUSED);
        assertThat(status(id)).isEqualTo("account_confirmation_required");
        assertThat(status(other)).isEqualTo("account_confirmation_required");
        assertError(
                api.issueCustomerToken(SECOND, email, "Password1"),
                401,
                "This account isn't confirmed. Verify and try again.");

        shiftClock(Duration.ofDays(30));
        HttpResponse<String> confirmed = followConfirmation("id=" + id + "&key=" + key);
        assertThat(confirmed.statusCode()).as("%s", confirmed.body()).isEqualTo(302);
        assertLinkRefused(followConfirmation("id=" + id + "&key=" + key), 400, LINK_REFUSED);

        shiftClock(Duration.ZERO);
        assertThat(status(id)).isEqualTo("account_confirmed");
        assertThat(status(other)).isEqualTo("account_confirmation_required");
    }

    private HttpResponse<String> followConfirmation(String query) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(api.url("customer/account/confirm/?" + query)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static void assertLinkRefused(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as("%s", response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("").replace(" ", ""))
                .isEqualToIgnoringCase("application/json;charset=utf-8");
        assertThat(new ApiResponse(status, "", response.body()).object())
                .isEqualTo(Json.createObjectBuilder().add("message", message).build());
    }

    private void shiftClock(Duration offset) {
        assertThat(api.call("PUT", "rest/V1/it-probe/clock/" + offset.toSeconds(), null, null)
                        .body())
                .isEqualTo("true");
    }

    /**
     * A customer brought over from Magento with its Argon2id hash (a published 2.4 hash of {@code Password@})
     * signs in with the password it had; the hash is then this service's own bcrypt, and still takes it.
     */
    @Test
    void signsInACustomerWithTheHashMagentoMadeAndReplacesItWithItsOwn() {
        String email = uniqueEmail();
        long id = createWithPassword(email);
        String magento = "ab5ebf8d273b085b6a60336198e0a5a2090fdc3e0606a678315c7274ab06e046:"
                + "5PiKJRn28bBKoFMopMaaKuV47aJ6GzVg:3_32_2_67108864";
        assertThat(api.send(
                                "PUT",
                                "rest/V1/it-probe/password-hash/" + id,
                                magento,
                                List.of("Content-Type", "text/plain"))
                        .body())
                .isEqualTo("true");

        assertError(api.issueCustomerToken("", email, "Password1"), 401, SIGN_IN_INCORRECT);
        assertThat(api.issueCustomerToken("", email, "Password@").status()).isEqualTo(200);

        String upgraded = api.send("GET", "rest/V1/it-probe/password-hash/" + id, null, List.of())
                .body();
        assertThat(upgraded).startsWith("$2a$").doesNotContain(":");
        assertThat(api.issueCustomerToken("", email, "Password@").status()).isEqualTo(200);
        assertError(api.issueCustomerToken("", email, "Password@2022"), 401, SIGN_IN_INCORRECT);
    }

    private long createInSecondWebsite(String email) {
        JsonObject body = Json.createObjectBuilder()
                .add("customer", minimalCustomer(email).add("website_id", 2))
                .add("password", "Password1")
                .add("redirectUrl", TestServer.ALLOWED_ORIGIN + "/after-confirm")
                .build();
        return assertCreated(api.createAccount(body)).getJsonNumber("id").longValue();
    }

    private long createWithPassword(String email) {
        return assertCreated(api.createAccount(request(minimalCustomer(email), "Password1")))
                .getJsonNumber("id")
                .longValue();
    }

    private String status(long id) {
        return ((jakarta.json.JsonString)
                        api.call("GET", "rest/V1/customers/" + id + "/confirm", api.adminToken(), null)
                                .json())
                .getString();
    }

    private ApiResponse initiateReset(String email, String template, int websiteId) {
        return api.call(
                "PUT",
                "rest/V1/customers/password",
                null,
                Json.createObjectBuilder()
                        .add("email", email)
                        .add("template", template)
                        .add("websiteId", websiteId)
                        .build()
                        .toString());
    }

    private ApiResponse resetPassword(String email, String token, String newPassword) {
        return api.call(
                "POST",
                "rest/V1/customers/resetPassword",
                null,
                Json.createObjectBuilder()
                        .add("email", email)
                        .add("resetToken", token)
                        .add("newPassword", newPassword)
                        .build()
                        .toString());
    }

    /** The link of the {@code n}th email to this address (1-based). */
    private static String link(String email, int n, String path) {
        List<MimeMessage> messages = MailServer.awaitMessagesTo(email, n, Duration.ofSeconds(15));
        assertThat(messages).hasSizeGreaterThanOrEqualTo(n);
        return ReceivedEmail.of(messages.get(n - 1)).link("http://localhost:8080/" + path);
    }

    private static String key(String confirmLink) {
        return parameter(confirmLink, "key");
    }

    private static String token(String createPasswordLink) {
        return parameter(createPasswordLink, "token");
    }

    private static String parameter(String link, String name) {
        Matcher matcher = Pattern.compile("[?&]" + name + "=([^&]+)").matcher(link);
        assertThat(matcher.find()).as("%s in %s", name, link).isTrue();
        return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
    }
}
