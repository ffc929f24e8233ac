package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertCreated;
import static com.customeraccounts.web.it.MagentoAssertions.assertError;
import static com.customeraccounts.web.it.SampleCustomers.PASSWORD;
import static com.customeraccounts.web.it.SampleCustomers.minimalCustomer;
import static com.customeraccounts.web.it.SampleCustomers.request;
import static com.customeraccounts.web.it.SampleCustomers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What an anonymous or low-privilege caller can try, each attack with its own input: inputs built to cost
 * more than their length, password guessing at both token endpoints and through the password change, a
 * burst of parallel guesses, and request floods with and without a proxy in front. Its server has low
 * limits of its own, Magento's token throttle and a trusted proxy (127.0.0.1).
 */
class HostileCallersIT extends SystemTest {

    private static final int LOCKOUT_FAILURES = 12;
    private static final int THROTTLE_FAILURES = 6;
    private static final long PAST_THE_THROTTLE = 1801;
    private static final String SIGN_IN_INCORRECT = "The account sign-in was incorrect or your account is disabled "
            + "temporarily. Please wait and try again later.";
    private static final String WRONG_PASSWORD =
            "The password doesn't match this account. Verify the password and try again.";
    private static final String LOCKED = "The account is locked.";
    private static final String TOO_MANY = "Too many requests. Wait %seconds seconds and try again.";
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @OwnServer
    static WebArchive deployment() {
        return PackagedWar.asRootWith(
                        "ratelimit.trusted_proxies=127.0.0.1/32",
                        "ratelimit.email_available.limit=3",
                        "ratelimit.email_available.window=60",
                        "oauth/authentication_lock/max_failures_count=" + THROTTLE_FAILURES,
                        "customer/password/lockout_failures=" + LOCKOUT_FAILURES,
                        "customer/password/lockout_threshold=60")
                .addClasses(ClockProbe.class, ClockProbe.ShiftedClock.class);
    }

    @AfterEach
    void clockBackToNow() {
        moveClock(0);
    }

    // linear-time input

    @Test
    void refusesAHalfMebibyteNameOfOpeningScriptTagsAtOnce() {
        String hostile = "<script>".repeat(65_536) + "</script>";
        JsonObject body = request(minimalCustomer(uniqueEmail()).add("firstname", hostile));

        // a guard far above the real cost; before, this took minutes of CPU
        ApiResponse response = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> api.createAccount(body));

        assertError(response, 400, "\"%field_name\" does not contains valid value.", "field_name", "firstname");
    }

    @Test
    void refusesABodyNestedAHundredThousandLevelsDeepOrTenMebibytesLongAtOnce() {
        String deep = "{\"customer\":" + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_001);
        String huge = request(minimalCustomer(uniqueEmail()).add("firstname", "a".repeat(10 * 1024 * 1024)))
                .toString();

        // guards far above the real cost, which is linear in the size: the parser stops at its depth limit,
        // the reader at 1 MiB
        ApiResponse nested =
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> api.post("rest/V1/customers", deep, List.of()));
        ApiResponse tooLong =
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> api.post("rest/V1/customers", huge, List.of()));

        assertError(nested, 400, "Decoding error.");
        assertError(tooLong, 413, "The request body is larger than the 1048576 bytes this service accepts.");
    }

    @Test
    void answersAGroupLikeOfFortyWildcards() {
        String none = groupSearch("%a".repeat(40) + "%q");
        String general = groupSearch("%".repeat(40) + "gEnEr%");

        ApiResponse noMatch =
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> api.call("GET", none, api.adminToken(), null));
        ApiResponse match = assertTimeoutPreemptively(
                Duration.ofSeconds(20), () -> api.call("GET", general, api.adminToken(), null));

        assertThat(noMatch.status()).as("%s", noMatch).isEqualTo(200);
        assertThat(noMatch.object().getInt("total_count")).isZero();
        assertThat(match.object().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(g -> g.getString("code"))
                .containsExactly("General");
    }

    // Magento's token throttle

    @Test
    void throttlesTheAdminTokenAfterSixFailuresEvenForTheRightPassword() {
        String adminToken = api.adminToken();
        for (int i = 0; i < THROTTLE_FAILURES; i++) {
            assertError(api.issueAdminToken(TestServer.ADMIN_USERNAME, "wrong-" + i), 401, SIGN_IN_INCORRECT);
        }

        assertError(api.issueAdminToken(TestServer.ADMIN_USERNAME, TestServer.ADMIN_PASSWORD), 401, SIGN_IN_INCORRECT);
        assertError(
                api.issueAdminToken(TestServer.ADMIN_USERNAME.toUpperCase(), TestServer.ADMIN_PASSWORD),
                401,
                SIGN_IN_INCORRECT);
        assertThat(api.call("GET", "rest/V1/customerGroups/1", adminToken, null).status())
                .as("tokens issued before keep working")
                .isEqualTo(200);

        moveClock(PAST_THE_THROTTLE);
        // the success also clears the count, so the rest of the run signs in as before
        assertThat(api.issueAdminToken(TestServer.ADMIN_USERNAME, TestServer.ADMIN_PASSWORD)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void throttlesTheCustomerTokenAfterSixFailuresUntilTheTimeoutHasPassed() {
        String email = uniqueEmail();
        assertCreated(api.createAccount(request(minimalCustomer(email), PASSWORD)));
        for (int i = 0; i < THROTTLE_FAILURES; i++) {
            assertError(api.issueCustomerToken("", email, "wrong-" + i), 401, SIGN_IN_INCORRECT);
        }

        assertError(api.issueCustomerToken("", email, PASSWORD), 401, SIGN_IN_INCORRECT);

        moveClock(PAST_THE_THROTTLE);
        assertThat(api.issueCustomerToken("", email, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void forgetsTheCustomerTokenFailuresAfterASuccess() {
        String email = uniqueEmail();
        assertCreated(api.createAccount(request(minimalCustomer(email), PASSWORD)));
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < THROTTLE_FAILURES - 1; i++) {
                assertError(api.issueCustomerToken("", email, "wrong-" + i), 401, SIGN_IN_INCORRECT);
            }
            assertThat(api.issueCustomerToken("", email, PASSWORD).status())
                    .as("round %d", round)
                    .isEqualTo(200);
        }
    }

    // the account lockout

    @Test
    void locksTheAccountAfterWrongCurrentPasswordsOnPasswordChange() {
        String email = uniqueEmail();
        assertCreated(api.createAccount(request(minimalCustomer(email), PASSWORD)));
        String token = api.customerToken(email, PASSWORD);

        for (int i = 1; i < LOCKOUT_FAILURES; i++) {
            assertError(changePassword(token, "Wrong-Passw0rd" + i), 401, WRONG_PASSWORD);
        }
        assertError(changePassword(token, "Wrong-Passw0rd"), 401, LOCKED);

        assertError(changePassword(token, PASSWORD), 401, LOCKED);
        moveClock(PAST_THE_THROTTLE);
        assertError(api.issueCustomerToken("", email, PASSWORD), 401, SIGN_IN_INCORRECT);
    }

    @Test
    void countsEveryOneOfTwelveParallelWrongPasswordsAndAnswersEach401() throws Exception {
        String email = uniqueEmail();
        assertCreated(api.createAccount(request(minimalCustomer(email), PASSWORD)));
        String token = api.customerToken(email, PASSWORD);

        List<ApiResponse> answers = inParallel(LOCKOUT_FAILURES, i -> changePassword(token, "Wrong-Passw0rd" + i));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as("%s", answer).isEqualTo(401);
            assertThat(answer.message()).isIn(WRONG_PASSWORD, LOCKED);
        });
        // locked only if all twelve were counted: one lost to a race would leave it open
        assertError(changePassword(token, PASSWORD), 401, LOCKED);
    }

    @Test
    void answersTwelveParallelWrongSignInsEach401() throws Exception {
        String email = uniqueEmail();
        assertCreated(api.createAccount(request(minimalCustomer(email), PASSWORD)));

        List<ApiResponse> answers = inParallel(12, i -> api.issueCustomerToken("", email, "wrong-" + i));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as("%s", answer).isEqualTo(401);
            assertThat(answer.message()).isEqualTo(SIGN_IN_INCORRECT);
        });
    }

    // per-client rate limits

    @Test
    void limitsEachClientBehindATrustedProxyByItsForwardedAddress() {
        String client = nextClient();
        for (int i = 0; i < 3; i++) {
            assertThat(emailAvailable(client).status()).isEqualTo(200);
        }

        ApiResponse limited = emailAvailable(client);

        assertThat(limited.status()).as("%s", limited).isEqualTo(429);
        assertThat(limited.message()).isEqualTo(TOO_MANY);
        long retryAfter = limited.object()
                .getJsonObject("parameters")
                .getJsonNumber("seconds")
                .longValue();
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(emailAvailable(nextClient()).status()).as("another client").isEqualTo(200);
        assertThat(emailAvailable("203.0.113.1, " + client).status())
                .as("what the client itself wrote left of the proxy's entry proves nothing")
                .isEqualTo(429);

        moveClock(61);
        assertThat(emailAvailable(client).status()).as("in the next window").isEqualTo(200);
    }

    @Test
    void answersRetryAfterInSecondsWithTheLimit() throws Exception {
        String client = nextClient();
        for (int i = 0; i < 3; i++) {
            emailAvailable(client);
        }

        HttpResponse<String> limited = HttpClient.newHttpClient()
                .send(emailAvailableRequest(over("127.0.0.1"), client), HttpResponse.BodyHandlers.ofString());

        assertThat(limited.statusCode()).isEqualTo(429);
        long header = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertThat(limited.body()).contains("\"seconds\":" + header);
    }

    @Test
    void ignoresForwardedAddressesFromAPeerThatIsNoTrustedProxy() throws Exception {
        // the same service reached over IPv6 loopback: its peer address ::1 is not in the trusted range
        String url = over("[::1]");
        HttpClient http = HttpClient.newHttpClient();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(http.send(emailAvailableRequest(url, nextClient()), HttpResponse.BodyHandlers.ofString())
                    .statusCode());
        }

        assertThat(statuses).as("a new forwarded address on each request").containsExactly(200, 200, 200, 429);
    }

    /** Through IPv4 loopback, whose address 127.0.0.1 is the trusted proxy. */
    private ApiResponse emailAvailable(String forwardedFor) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(emailAvailableRequest(over("127.0.0.1"), forwardedFor), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The isEmailAvailable URL on this loopback address, whatever name the test server was reached by. */
    private String over(String loopback) {
        java.net.URI uri = java.net.URI.create(api.url("rest/V1/customers/isEmailAvailable"));
        return uri.getScheme() + "://" + loopback + ":" + uri.getPort() + uri.getRawPath();
    }

    private static HttpRequest emailAvailableRequest(String url, String forwardedFor) {
        return HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(emailAvailableBody()))
                .build();
    }

    private static String emailAvailableBody() {
        return Json.createObjectBuilder()
                .add("customerEmail", uniqueEmail())
                .build()
                .toString();
    }

    private static String nextClient() {
        int n = CLIENTS.incrementAndGet();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }

    private ApiResponse changePassword(String token, String currentPassword) {
        return api.call(
                "PUT",
                "rest/V1/customers/me/password",
                token,
                Json.createObjectBuilder()
                        .add("currentPassword", currentPassword)
                        .add("newPassword", "New-Passw0rd")
                        .build()
                        .toString());
    }

    private static String groupSearch(String like) {
        return "rest/V1/customerGroups/search?searchCriteria[filter_groups][0][filters][0][field]=code"
                + "&searchCriteria[filter_groups][0][filters][0][condition_type]=like"
                + "&searchCriteria[filter_groups][0][filters][0][value]="
                + URLEncoder.encode(like, StandardCharsets.UTF_8);
    }

    private void moveClock(long seconds) {
        assertThat(api.call("PUT", "rest/V1/it-probe/clock/" + seconds, null, null)
                        .status())
                .isEqualTo(200);
    }

    private interface Call {
        ApiResponse make(int i);
    }

    private static List<ApiResponse> inParallel(int count, Call call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<Callable<ApiResponse>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                calls.add(() -> call.make(n));
            }
            List<ApiResponse> answers = new ArrayList<>();
            for (Future<ApiResponse> answer : threads.invokeAll(calls)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }
}
