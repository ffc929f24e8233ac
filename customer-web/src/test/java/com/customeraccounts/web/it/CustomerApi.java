package com.customeraccounts.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A Magento REST client for the tests: speaks the wire protocol so the tests can speak the domain. */
public final class CustomerApi {

    private final URI base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String adminToken;

    public CustomerApi(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    /** {@code POST /rest/V1/customers} as a guest. */
    public ApiResponse createAccount(JsonObject body) {
        return post("rest/V1/customers", body.toString(), List.of());
    }

    /** {@code POST /rest/<store>/V1/customers} with the bootstrap admin's token. */
    public ApiResponse createAccountAsAdmin(String storePath, JsonObject body) {
        return post(
                "rest/" + storePath + "V1/customers",
                body.toString(),
                List.of("Authorization", "Bearer " + adminToken()));
    }

    public ApiResponse createAccountWithToken(String token, JsonObject body) {
        return post("rest/V1/customers", body.toString(), List.of("Authorization", "Bearer " + token));
    }

    /** The absolute URL of a path, as a client signs it. */
    public String url(String path) {
        return base.resolve(path).toString();
    }

    /** A request with a bearer token (none when null) and an optional JSON body. */
    public ApiResponse call(String method, String path, String token, String jsonBody) {
        List<String> headers = new ArrayList<>();
        if (jsonBody != null) {
            headers.addAll(List.of("Content-Type", "application/json"));
        }
        if (token != null) {
            headers.addAll(List.of("Authorization", "Bearer " + token));
        }
        return send(method, path, jsonBody, headers);
    }

    /** {@code POST /V1/integration/customer/token}. */
    public ApiResponse issueCustomerToken(String storePath, String username, String password) {
        return post(
                "rest/" + storePath + "V1/integration/customer/token",
                Json.createObjectBuilder()
                        .add("username", username)
                        .add("password", password)
                        .build()
                        .toString(),
                List.of());
    }

    public String customerToken(String username, String password) {
        return customerToken("", username, password);
    }

    public String customerToken(String storePath, String username, String password) {
        ApiResponse response = issueCustomerToken(storePath, username, password);
        if (response.status() != 200) {
            throw new IllegalStateException("No customer token: " + response);
        }
        return ((JsonString) response.json()).getString();
    }

    public String adminToken() {
        if (adminToken == null) {
            ApiResponse response = issueAdminToken(TestServer.ADMIN_USERNAME, TestServer.ADMIN_PASSWORD);
            if (response.status() != 200) {
                throw new IllegalStateException("No admin token: " + response);
            }
            adminToken = ((JsonString) response.json()).getString();
        }
        return adminToken;
    }

    public ApiResponse issueAdminToken(String username, String password) {
        return post(
                "rest/V1/integration/admin/token",
                Json.createObjectBuilder()
                        .add("username", username)
                        .add("password", password)
                        .build()
                        .toString(),
                List.of());
    }

    public ApiResponse post(String path, String body, List<String> headers) {
        List<String> all = new ArrayList<>(List.of("Content-Type", "application/json"));
        all.addAll(headers);
        return send("POST", path, body, all);
    }

    /** Any request, headers given as name/value pairs (no Content-Type is added). */
    public ApiResponse send(String method, String path, String body, List<String> headers) {
        return send(method, base.resolve(path), body, headers);
    }

    /**
     * Any request, its path sent as written: {@link #send} resolves it against the server root, which also
     * takes out its dot segments.
     */
    public ApiResponse sendAsIs(String method, String path, String body, List<String> headers) {
        return send(method, URI.create(base + path), body, headers);
    }

    private ApiResponse send(String method, URI uri, String body, List<String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        try {
            return ApiResponse.of(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new IllegalStateException("The service did not answer " + method + " " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
