package com.customeraccounts.web.it;

import static com.customeraccounts.web.it.MagentoAssertions.assertAnsweredAsMagento;
import static org.assertj.core.api.Assertions.assertThat;

import com.customeraccounts.web.it.FuzzedRoute.Caller;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;

/**
 * Hostile input at scale: jqwik generates bodies, path segments and query strings for every route, sent
 * anonymously and with the credentials the route needs (so that they reach past the access check), and
 * every answer must be Magento's, a 2xx or a 4xx with Magento's error body, never a 5xx nor a stack trace
 * ({@link MagentoAssertions#assertAnsweredAsMagento}). A failure is shrunk to its smallest request and
 * reported with jqwik's seed; each one found is kept as an example in the test of the code it fixed
 * ({@code TransportIT}, {@code CustomerSearchIT}, {@code DateOfBirthTest}, {@code ImportValuesTest}).
 *
 * <p>On a service of its own, started by jqwik's container hook (the suite's shared server belongs to a
 * Jupiter extension): administrators' requests with arbitrary ids and bodies delete and change customers,
 * addresses and groups, and set the default group, which no other test may see. Its rate limits are those
 * of the suite's servers, out of the fuzz's reach, so that what it tests is the route and not the limiter;
 * the answers' statuses are counted, and a property fails when too many were 429.
 */
class HostileInputFuzzIT {

    private static final ServiceProcess SERVICE = new ServiceProcess();
    /**
     * The longest path and query the fuzz sends. Beyond the server's limits the service never sees the request:
     * Payara answers a request head over 8 KiB with an empty 400 over HTTP/1.1, and ends the whole connection
     * over HTTP/2 (which the JDK's client upgrades to) at a header list over 4 KiB; Magento's web servers
     * answer one with a page of their own.
     */
    private static final int MAX_TARGET = 3_500;

    private static CustomerApi api;
    private FuzzTargets targets;

    @BeforeContainer
    static void startService() throws IOException {
        String dataDir = Files.createTempDirectory(Path.of(TestServer.dataDir()), "hostile-input-")
                .toString();
        List<String> options = new ArrayList<>(TestServer.databaseOptions("hostile_input"));
        // the fuzz's wrong current passwords must not lock the customer whose token it calls /me with
        options.add("-Dcustomer/password/lockout_failures=1000000");
        SERVICE.start(PackagedWar.asRoot(), dataDir, options.toArray(String[]::new));
        api = SERVICE.api();
    }

    @AfterContainer
    static void stopService() throws InterruptedException {
        SERVICE.stop();
    }

    @BeforeProperty
    void freshTargets() {
        targets = FuzzTargets.create(api);
    }

    /** A valid body with one place changed: past the first checks, where the rarer paths are. */
    @Property(tries = 250)
    void answersNearlyValidBodiesAsMagento(@ForAll("nearlyValidBodies") FuzzCall call) {
        int status = answersAsMagento(call);
        Statistics.label("accepted").collect(status < 300);
        Statistics.label("accepted").coverage(coverage -> coverage.check(true).percentage(p -> p >= 3));
    }

    /** Bodies of any shape and size, with any Content-Type and Accept. */
    @Property(tries = 150)
    void answersArbitraryBodiesAsMagento(@ForAll("arbitraryBodies") FuzzCall call) {
        answersAsMagento(call);
    }

    /** Every path parameter and the store code, hostile; a hostile query now and then. */
    @Property(tries = 150)
    void answersHostilePathSegmentsAsMagento(@ForAll("hostilePaths") FuzzCall call) {
        answersAsMagento(call);
    }

    /** Magento's searchCriteria in PHP's bracket syntax, and the other query parameters the service reads. */
    @Property(tries = 150)
    void answersHostileQueriesAsMagento(@ForAll("hostileQueries") FuzzCall call) {
        answersAsMagento(call);
    }

    /**
     * What no client library sends: characters a URI may not hold, broken escapes, dot segments and raw bytes
     * in the request line, written on a socket, with or without a small body and a header that asks for more
     * than the server gives (another protocol, an encoding, an expectation).
     */
    @Property(tries = 80)
    void answersRawRequestsAsMagento(
            @ForAll("rawTargets") String target,
            @ForAll("rawHeaders") List<String> headers,
            @ForAll boolean withBody,
            @ForAll boolean asAdmin)
            throws IOException {
        List<String> all = new ArrayList<>(headers);
        if (asAdmin) {
            all.addAll(List.of("Authorization", "Bearer " + api.adminToken()));
        }
        String method = withBody ? "POST" : "GET";
        try (SplitRequest request = new SplitRequest(SERVICE.url(), method, target, all, withBody ? "{}" : "")) {
            answersAsMagento(request.response(), method, target + " " + all);
        }
    }

    @Example
    void fuzzesEveryRouteTheServiceDocuments() {
        Set<String> fuzzed = FuzzedRoute.all().stream()
                .map(route -> DocumentedRoutes.route(route.method(), "/" + route.path()))
                .collect(Collectors.toSet());

        assertThat(fuzzed).containsAll(DocumentedRoutes.of(api));
    }

    @Provide
    Arbitrary<FuzzCall> nearlyValidBodies() {
        return eachRoute(
                FuzzedRoute::readsBody,
                route -> Combinators.combine(callers(route), HostileJson.nearValid(route.body()))
                        .as((caller, body) ->
                                FuzzCall.json(route.method(), route.path(), caller, body.json(), body.toString())));
    }

    @Provide
    Arbitrary<FuzzCall> arbitraryBodies() {
        Arbitrary<List<String>> contentTypes = Arbitraries.frequency(
                Tuple.of(10, List.of("Content-Type", "application/json")),
                Tuple.of(1, List.of("Content-Type", "application/json; charset=UTF-8")),
                Tuple.of(1, List.of("Content-Type", "application/json; charset=latin1")),
                Tuple.of(1, List.of("Content-Type", "application/json; charset")),
                Tuple.of(1, List.of("Content-Type", "application/json;;;")),
                Tuple.of(1, List.of("Content-Type", "application/xml")),
                Tuple.of(1, List.of("Content-Type", "text/plain")),
                Tuple.of(1, List.of("Content-Type", "*/*")),
                Tuple.of(1, List.of("Content-Type", "garbage")),
                Tuple.of(1, List.of()));
        Arbitrary<List<String>> accepts = Arbitraries.frequency(
                Tuple.of(10, List.of()),
                Tuple.of(1, List.of("Accept", "application/xml")),
                Tuple.of(1, List.of("Accept", "text/html")),
                Tuple.of(1, List.of("Accept", "application/json;q=0")),
                Tuple.of(1, List.of("Accept", "garbage/")));
        return eachRoute(
                FuzzedRoute::readsBody,
                route -> Combinators.combine(callers(route), HostileJson.values(), contentTypes, accepts)
                        .as((caller, body, contentType, accept) -> {
                            List<String> headers = new ArrayList<>(contentType);
                            headers.addAll(accept);
                            return new FuzzCall(
                                    route.method(), route.path(), caller, headers, body, HostileJson.shown(body));
                        }));
    }

    @Provide
    Arbitrary<FuzzCall> hostilePaths() {
        Arbitrary<String> queries = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just("")),
                Tuple.of(1, HostileUris.bracketSoup().map(q -> "?" + q)));
        Arbitrary<String> methods = Arbitraries.frequency(
                Tuple.of(20, ""),
                Tuple.of(1, "PATCH"),
                Tuple.of(1, "OPTIONS"),
                Tuple.of(1, "HEAD"),
                Tuple.of(1, "FOO"));
        return eachRoute(
                route -> true,
                route -> Combinators.combine(
                                callers(route),
                                Arbitraries.integers()
                                        .between(0, route.placeholders().size()),
                                HostileUris.segments(),
                                queries,
                                methods)
                        .as((caller, place, segment, query, method) -> {
                            String path = place < route.placeholders().size()
                                    ? route.path().replace(route.placeholders().get(place), segment)
                                    : storeSegment(route.path(), segment);
                            String body = route.readsBody() ? route.body().toString() : null;
                            return FuzzCall.json(
                                    method.isEmpty() ? route.method() : method, path + query, caller, body, null);
                        })
                        .filter(call -> call.path().length() <= MAX_TARGET));
    }

    @Provide
    Arbitrary<FuzzCall> hostileQueries() {
        Arbitrary<FuzzCall> searches = Combinators.combine(
                        Arbitraries.of("rest/V1/customers/search", "rest/V1/customerGroups/search"),
                        Arbitraries.frequency(Tuple.of(1, Caller.ANONYMOUS), Tuple.of(6, Caller.ADMIN)),
                        HostileUris.searchQueries())
                .as((path, caller, query) -> FuzzCall.json("GET", path + "?" + query, caller, null, null));
        Arbitrary<FuzzCall> schema = HostileUris.values()
                .map(services -> FuzzCall.json(
                        "GET", "rest/schema?services=" + HostileUris.encoded(services), Caller.ANONYMOUS, null, null));
        Arbitrary<FuzzCall> confirmationLinks = Combinators.combine(
                        HostileUris.segments(), HostileUris.values(), HostileUris.values())
                .as((id, key, backUrl) -> FuzzCall.json(
                        "GET",
                        "customer/account/confirm/?id=" + id + "&key=" + HostileUris.encoded(key) + "&back_url="
                                + HostileUris.encoded(backUrl),
                        Caller.ANONYMOUS,
                        null,
                        null));
        return Arbitraries.frequencyOf(Tuple.of(6, searches), Tuple.of(1, schema), Tuple.of(1, confirmationLinks))
                .filter(call -> call.path().length() <= MAX_TARGET);
    }

    @Provide
    Arbitrary<String> rawTargets() {
        Arbitrary<String> raw = Arbitraries.of(
                " ",
                "{",
                "}",
                "{id}",
                "|",
                "^",
                "`",
                "<>",
                "\"",
                "\\",
                "%",
                "%zz",
                "%2",
                "%u0041",
                "#fragment",
                "/",
                "/./",
                "/../",
                "/../../../../..",
                ";jsessionid=1",
                "\u00ff\u00fe",
                "\u00c3\u00bc",
                "\u00ed\u00a0\u0080",
                "\t",
                "a".repeat(4_000),
                "?{x}",
                "?a={b}",
                "?searchCriteria{x}=1",
                "?searchCriteria[=1",
                "?%",
                "?a=%zz",
                "?=&=&",
                "?searchCriteria[filter_groups][0][filters][0][field]=%zz");
        // the path in the default store and in one named in it, which the service takes off before routing
        Arbitrary<String> paths = Combinators.combine(
                        Arbitraries.of(FuzzedRoute.all()), Arbitraries.of("", "default", "all"))
                .as((route, store) -> storeSegment(route.path(), store)
                        .replaceAll("\\{[A-Za-z]+}", "1")
                        .replace("rest//", "rest/"));
        return Combinators.combine(paths, raw, Arbitraries.of(false, true)).as((path, garbage, atEnd) -> {
            int cut = path.lastIndexOf('/');
            return atEnd || cut < 0 ? path + garbage : path.substring(0, cut + 1) + garbage;
        });
    }

    @Provide
    Arbitrary<List<String>> rawHeaders() {
        return Arbitraries.of(
                List.of(),
                List.of("Upgrade", "websocket"),
                List.of("Upgrade", "h2c"),
                List.of("Connection", "Upgrade", "Upgrade", "foo"),
                List.of("Content-Encoding", "gzip"),
                List.of("Expect", "100-continue"),
                List.of("Expect", "the unexpected"),
                List.of("Accept", "application/xml"),
                List.of("Accept-Charset", "latin1"),
                List.of("X-HTTP-Method-Override", "DELETE"),
                List.of("Authorization", "Bearer"),
                List.of("Authorization", "OAuth oauth_consumer_key=\"x"),
                List.of("X-Forwarded-For", "::::, 999.1.1.1"),
                List.of("X-Request-Id", "../../etc/passwd"),
                List.of("Idempotency-Key", "k".repeat(2_000)),
                List.of("If-Match", "\"unterminated"));
    }

    private int answersAsMagento(FuzzCall call) {
        ApiResponse response = targets.send(call);
        answersAsMagento(response, call.method(), call.sent());
        return response.status();
    }

    private static void answersAsMagento(ApiResponse response, String method, String sent) {
        boolean beforeTheService = refusedBeforeTheService(response);
        Statistics.label("status").collect(beforeTheService ? response.status() + " from Payara" : response.status());
        Statistics.label("status").coverage(coverage -> coverage.check(429).percentage(p -> p < 5));
        if (!beforeTheService) {
            assertAnsweredAsMagento(response, method, sent);
        }
    }

    /**
     * Payara's own refusal, a 4xx with no body, of a request it hands to no application: a path with an encoded
     * NUL or backslash ("Invalid URI"), an expectation it does not meet (417). The service never saw it, so it
     * carries no request id. Left so, as Magento's web servers refuse the same with pages of their own.
     */
    private static boolean refusedBeforeTheService(ApiResponse response) {
        return response.status() / 100 == 4
                && response.body().isEmpty()
                && response.header("X-Request-Id").isEmpty();
    }

    /** Anonymous and with the route's own credentials, mostly the latter, which reach past the access check. */
    private static Arbitrary<Caller> callers(FuzzedRoute route) {
        return route.caller() == Caller.ANONYMOUS
                ? Arbitraries.frequency(Tuple.of(3, Caller.ANONYMOUS), Tuple.of(1, Caller.ADMIN))
                : Arbitraries.frequency(Tuple.of(1, Caller.ANONYMOUS), Tuple.of(4, route.caller()));
    }

    /** The store code's place in a REST path ({@code rest/<store>/V1/...}), or one segment more for another path. */
    private static String storeSegment(String path, String segment) {
        return path.startsWith("rest/") ? "rest/" + segment + "/" + path.substring("rest/".length()) : path + segment;
    }

    private static Arbitrary<FuzzCall> eachRoute(
            Predicate<FuzzedRoute> which, Function<FuzzedRoute, Arbitrary<FuzzCall>> calls) {
        List<Arbitrary<? extends FuzzCall>> perRoute = new ArrayList<>();
        for (FuzzedRoute route : FuzzedRoute.all()) {
            if (which.test(route)) {
                perRoute.add(calls.apply(route));
            }
        }
        return Arbitraries.oneOf(perRoute);
    }
}
