package com.customeraccounts.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

/** What the service answered. */
public record ApiResponse(int status, String contentType, String body, HttpHeaders headers) {

    private static final HttpHeaders NONE = HttpHeaders.of(Map.of(), (name, value) -> true);

    public ApiResponse(int status, String contentType, String body) {
        this(status, contentType, body, NONE);
    }

    static ApiResponse of(HttpResponse<String> response) {
        return new ApiResponse(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body(),
                response.headers());
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public JsonValue json() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }

    public JsonObject object() {
        return json().asJsonObject();
    }

    public String message() {
        return object().getString("message");
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
