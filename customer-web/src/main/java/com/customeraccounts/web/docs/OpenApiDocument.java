package com.customeraccounts.web.docs;

import static com.customeraccounts.web.wire.Jsons.JSON;

import com.customeraccounts.web.error.WebapiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The document the server's MicroProfile OpenAPI endpoint builds from this deployment. The server
 * keeps no API for it, so it is read once over loopback from {@code /openapi} on the listener the request
 * came in on, and kept: it cannot change while the deployment runs.
 */
@ApplicationScoped
public class OpenApiDocument {

    static final String UNAVAILABLE = "The API schema isn't available right now. Try again later.";

    private final AtomicReference<JsonObject> document = new AtomicReference<>();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The document; {@code scheme}, {@code host} and {@code port} are where this server answered the caller. */
    public JsonObject object(String scheme, String host, int port) {
        JsonObject cached = document.get();
        if (cached != null) {
            return cached;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(fetch(scheme, host, port)))) {
            document.compareAndSet(null, reader.readObject());
        }
        return document.get();
    }

    private String fetch(String scheme, String host, int port) {
        try {
            URI uri = new URI(scheme, null, host, port, "/openapi", "format=JSON", null);
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(10))
                    .header("Accept", "application/json")
                    .GET()
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new WebapiException(503, UNAVAILABLE);
            }
            return response.body();
        } catch (IOException | URISyntaxException e) {
            throw new WebapiException(503, UNAVAILABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebapiException(503, UNAVAILABLE);
        }
    }
}
