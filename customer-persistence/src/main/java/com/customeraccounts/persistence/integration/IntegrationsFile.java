package com.customeraccounts.persistence.integration;

import com.customeraccounts.access.Integration;
import com.customeraccounts.access.Integrations;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An integrations file: {@code [{"name": …, "consumer_key": …, "consumer_secret": …, "access_token": …,
 * "access_token_secret": …, "resources": ["Magento_Customer::manage", …]}, …]}. A missing
 * {@code resources} grants nothing. Errors name the entry and the key, never a secret.
 */
final class IntegrationsFile {

    private IntegrationsFile() {}

    static Integrations read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonReader json = Json.createReader(reader)) {
            return parse(json.readArray());
        } catch (IOException | JsonException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read integrations.file " + file + ": " + e.getMessage(), e);
        }
    }

    static Integrations parse(JsonArray entries) {
        List<Integration> integrations = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException("entry " + i + " is not an object");
            }
            JsonObject entry = entries.getJsonObject(i);
            integrations.add(new Integration(
                    text(entry, "name", i),
                    text(entry, "consumer_key", i),
                    text(entry, "consumer_secret", i),
                    text(entry, "access_token", i),
                    text(entry, "access_token_secret", i),
                    resources(entry, i)));
        }
        return new Integrations(integrations);
    }

    private static String text(JsonObject entry, String key, int index) {
        JsonValue value = entry.get(key);
        if (!(value instanceof JsonString string) || string.getString().isBlank()) {
            throw new IllegalArgumentException("entry " + index + " needs a non-empty string \"" + key + "\"");
        }
        return string.getString();
    }

    private static Set<String> resources(JsonObject entry, int index) {
        JsonValue value = entry.get("resources");
        if (value == null || value == JsonValue.NULL) {
            return Set.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new IllegalArgumentException("entry " + index + " needs \"resources\" as an array of strings");
        }
        Set<String> resources = new LinkedHashSet<>();
        for (JsonValue resource : value.asJsonArray()) {
            if (!(resource instanceof JsonString string)) {
                throw new IllegalArgumentException("entry " + index + " needs \"resources\" as an array of strings");
            }
            resources.add(string.getString());
        }
        return resources;
    }
}
