package com.customeraccounts.web.customer;

import static com.customeraccounts.web.wire.Jsons.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A PHP array as PHP builds it from a query string's bracket syntax: the last value of a repeated key wins,
 * {@code []} appends after the highest whole-number key so far, and a value never replaces a nested array,
 * whichever came first.
 */
final class PhpArray {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private final Map<String, PhpArray> entries = new LinkedHashMap<>();
    /** A value's text; null for an array. */
    private final String text;

    private int nextIndex;

    PhpArray() {
        this(null);
    }

    private PhpArray(String text) {
        this.text = text;
    }

    /** Sets the value at the path ({@code a[b][0]} is {@code a → b → 0}). */
    void put(List<String> path, String value) {
        PhpArray node = this;
        for (int i = 0; i < path.size(); i++) {
            String key = node.key(path.get(i));
            PhpArray held = node.entries.get(key);
            boolean array = held != null && held.text == null;
            if (i == path.size() - 1) {
                if (!array) {
                    node.entries.put(key, new PhpArray(value));
                }
                return;
            }
            if (!array) {
                held = new PhpArray();
                node.entries.put(key, held);
            }
            node = held;
        }
    }

    /** The key as PHP stores it: an empty one is the next index. */
    private String key(String asked) {
        String key = asked.isEmpty() ? String.valueOf(nextIndex) : asked;
        if (WHOLE_NUMBER.matcher(key).matches()) {
            nextIndex = Math.max(nextIndex, Integer.parseInt(key) + 1);
        }
        return key;
    }

    /** What the key holds, as JSON: an empty object when nothing. */
    JsonValue json(String key) {
        PhpArray held = entries.get(key);
        return held == null ? JsonValue.EMPTY_JSON_OBJECT : held.json();
    }

    /** A value as text; an array as a list when every key is a whole number (in index order), else an object. */
    private JsonValue json() {
        if (text != null) {
            return JSON.createValue(text);
        }
        if (!entries.isEmpty()
                && entries.keySet().stream()
                        .allMatch(k -> WHOLE_NUMBER.matcher(k).matches())) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            entries.keySet().stream()
                    .sorted(Comparator.comparingInt(Integer::parseInt))
                    .forEach(k -> list.add(json(k)));
            return list.build();
        }
        JsonObjectBuilder object = JSON.createObjectBuilder();
        entries.forEach((k, v) -> object.add(k, v.json()));
        return object.build();
    }
}
