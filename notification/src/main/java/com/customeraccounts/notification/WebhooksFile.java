package com.customeraccounts.notification;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A webhooks file: {@code [{"name": …, "url": "https://…", "secret": "whsec_…", "events": ["customer.created",
 * …]}, …]}. Only the operator declares endpoints (no API adds one, so no caller can point the service at an
 * internal address). Anything amiss stops the start with a message that names the entry and the key, never
 * the secret: an endpoint silently left out would lose its events.
 */
final class WebhooksFile {

    /** Names go into the outbox rows and the admin's answers: short, plain. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private static final int MAX_URL = 2000;

    private WebhooksFile() {}

    static WebhookEndpoints read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonReader json = Json.createReader(reader)) {
            return parse(json.readArray());
        } catch (IOException | JsonException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read webhooks.file " + file + ": " + e.getMessage(), e);
        }
    }

    static WebhookEndpoints parse(JsonArray entries) {
        List<WebhookEndpoint> endpoints = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException("entry " + i + " is not an object");
            }
            JsonObject entry = entries.getJsonObject(i);
            String name = text(entry, "name", i);
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("entry " + i + " needs a \"name\" of 1 to 64 letters, digits, "
                        + "'_', '.' or '-', starting with a letter or a digit");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException("entry " + i + " has the \"name\" of an earlier entry: " + name);
            }
            WebhookSignature signature;
            try {
                signature = WebhookSignature.ofSecret(text(entry, "secret", i));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "entry " + i + " (" + name + ") needs a \"secret\": " + e.getMessage());
            }
            endpoints.add(new WebhookEndpoint(name, url(entry, i), signature, events(entry, i)));
        }
        return new WebhookEndpoints(endpoints);
    }

    private static URI url(JsonObject entry, int index) {
        String text = text(entry, "url", index);
        String problem = "entry " + index + " needs a \"url\" that is an absolute http or https URL with a host, "
                + "no user name or password, no fragment, at most " + MAX_URL + " characters";
        if (text.length() > MAX_URL) {
            throw new IllegalArgumentException(problem);
        }
        try {
            URI url = new URI(text);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || url.getHost() == null
                    || url.getRawUserInfo() != null
                    || url.getRawFragment() != null) {
                throw new IllegalArgumentException(problem);
            }
            return url;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(problem);
        }
    }

    private static Set<WebhookEvent> events(JsonObject entry, int index) {
        JsonValue value = entry.get("events");
        String problem = "entry " + index + " needs \"events\": a non-empty array of customer.created, "
                + "customer.updated, customer.deleted, customer.confirmed, customer.password_changed, "
                + "customer.imported";
        if (value == null
                || value.getValueType() != JsonValue.ValueType.ARRAY
                || value.asJsonArray().isEmpty()) {
            throw new IllegalArgumentException(problem);
        }
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        for (JsonValue event : value.asJsonArray()) {
            if (!(event instanceof JsonString type)) {
                throw new IllegalArgumentException(problem);
            }
            events.add(WebhookEvent.ofType(type.getString())
                    .orElseThrow(() -> new IllegalArgumentException(
                            "entry " + index + " names an event that does not exist: " + type.getString())));
        }
        return events;
    }

    private static String text(JsonObject entry, String key, int index) {
        JsonValue value = entry.get(key);
        if (!(value instanceof JsonString string) || string.getString().isBlank()) {
            throw new IllegalArgumentException("entry " + index + " needs a non-empty string \"" + key + "\"");
        }
        return string.getString();
    }
}
