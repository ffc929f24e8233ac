package com.customeraccounts.web.idempotency;

import com.customeraccounts.web.wire.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What makes two keyed requests the same: the method, the path with its query, and the body, its secrets
 * (the body's top-level passwords and reset token, the only places these routes take one) kept apart so that
 * they are never stored as a fast hash.
 */
record KeyedRequest(String text, String secrets) {

    static final Set<String> SECRETS =
            Set.of("password", "newPassword", "currentPassword", "resetToken", "passwordHash");

    static KeyedRequest of(String method, String pathAndQuery, JsonValue body) {
        StringBuilder secrets = new StringBuilder();
        JsonValue shown = body;
        if (body instanceof JsonObject object && object.keySet().stream().anyMatch(SECRETS::contains)) {
            Map<String, JsonValue> kept = new TreeMap<>();
            JsonObjectBuilder rest = Jsons.JSON.createObjectBuilder();
            object.forEach((name, value) -> {
                if (SECRETS.contains(name)) {
                    kept.put(name, value);
                } else {
                    rest.add(name, value);
                }
            });
            // a separator no JSON text contains unescaped, so that no two sets of secrets join the same way
            kept.forEach((name, value) ->
                    secrets.append(name).append('\u0000').append(value).append('\u0000'));
            shown = rest.build();
        }
        return new KeyedRequest(method + " " + pathAndQuery + "\n" + shown, secrets.toString());
    }
}
