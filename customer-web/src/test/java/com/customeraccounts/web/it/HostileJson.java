package com.customeraccounts.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of hostile JSON, as the text a client sends: any shape and type nested a few levels, scalars
 * chosen to hurt (huge and odd numbers, Unicode that changes length when cased, lone surrogates written as
 * {@code \ud800} escapes, NUL, right-to-left marks, long strings), nesting far beyond any parser's limit,
 * very wide arrays and objects, and text that is almost JSON. Text rather than {@link JsonValue}s, because a
 * lone surrogate only reaches the service as an escape, and a number like {@code 1e400} only as written.
 */
final class HostileJson {

    /** Keys the service knows somewhere, so that arbitrary objects also hit real fields. */
    private static final List<String> KNOWN_KEYS = List.of(
            "customer",
            "password",
            "redirectUrl",
            "email",
            "firstname",
            "lastname",
            "addresses",
            "street",
            "region",
            "region_id",
            "country_id",
            "custom_attributes",
            "extension_attributes",
            "attribute_code",
            "value",
            "id",
            "group_id",
            "website_id",
            "store_id",
            "dob",
            "gender",
            "group",
            "code",
            "tax_class_id",
            "searchCriteria",
            "username",
            "customerEmail",
            "websiteId",
            "newPassword",
            "currentPassword",
            "resetToken",
            "confirmationKey",
            "source",
            "csv_data",
            "mode");

    private HostileJson() {}

    /** Any JSON value, nested up to three levels, now and then wrapped in nesting far deeper or made very wide. */
    static Arbitrary<String> values() {
        return Arbitraries.frequencyOf(
                Tuple.of(10, nested(3)), Tuple.of(1, deeplyNested()), Tuple.of(1, wide()), Tuple.of(1, almostJson()));
    }

    /** A JSON value nested up to {@code depth} levels. */
    static Arbitrary<String> nested(int depth) {
        if (depth == 0) {
            return scalars();
        }
        Arbitrary<String> inner = nested(depth - 1);
        Arbitrary<String> arrays = inner.list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]");
        Arbitrary<String> objects = Combinators.combine(keys(), inner)
                .as((key, value) -> quoted(key, false) + ":" + value)
                .list()
                .ofMaxSize(4)
                .map(members -> "{" + String.join(",", members) + "}");
        return Arbitraries.frequencyOf(Tuple.of(4, scalars()), Tuple.of(1, arrays), Tuple.of(1, objects));
    }

    static Arbitrary<String> scalars() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of("null", "true", "false")), Tuple.of(3, numbers()), Tuple.of(5, strings()));
    }

    /** A JSON string literal of hostile text, its characters written as they are or all escaped. */
    static Arbitrary<String> strings() {
        return Combinators.combine(text(), Arbitraries.of(false, true)).as(HostileJson::quoted);
    }

    /** Numbers as written: the edges of int and long, far beyond them, far below one, and odd forms. */
    static Arbitrary<String> numbers() {
        return Arbitraries.frequencyOf(
                Tuple.of(
                        4,
                        Arbitraries.of(
                                "0",
                                "-0",
                                "-1",
                                "1",
                                "2147483647",
                                "2147483648",
                                "-2147483649",
                                "4294967296",
                                "9223372036854775807",
                                "9223372036854775808",
                                "-9223372036854775809",
                                "18446744073709551616",
                                "1e400",
                                "-1e400",
                                "1E-400",
                                "1e999999999",
                                "-1e-999999999",
                                "0.5",
                                "1.0",
                                "1.5e3",
                                "4.9e-324",
                                "1.7976931348623157e308",
                                "123456789012345678901234567890.123456789",
                                "1" + "0".repeat(1_000),
                                "9".repeat(100_000),
                                "0." + "0".repeat(10_000) + "1")),
                Tuple.of(
                        2,
                        Arbitraries.bigIntegers()
                                .between(BigInteger.TEN.pow(38).negate(), BigInteger.TEN.pow(40))
                                .map(BigInteger::toString)),
                Tuple.of(1, Arbitraries.doubles().map(d -> Double.isFinite(d) ? Double.toString(d) : "1e309")),
                Tuple.of(1, Arbitraries.integers().map(Object::toString)));
    }

    /** Text that hurts: surrogates, combining marks, NUL, direction marks, case changes that change length, long runs. */
    static Arbitrary<String> text() {
        Arbitrary<String> pieces = Arbitraries.frequencyOf(
                Tuple.of(
                        6,
                        Arbitraries.of(
                                "",
                                " ",
                                "a",
                                "Jane",
                                "\u0000",
                                "a\u0000b",
                                "\ud800",
                                "\udfff",
                                "\udbff\udfff",
                                "😀",
                                "e\u0301\u0301\u0301",
                                "\u202e",
                                "\u200f",
                                "\u2028",
                                "\ufeff",
                                "\uffff",
                                "\ufffd",
                                "İ",
                                "ß",
                                "ﬃ",
                                "ǅ",
                                "１２３",
                                "٣",
                                "\t\r\n",
                                "\u001b[31m",
                                "<script>alert(1)</script>",
                                "<scr<script>ipt>",
                                "%s%n%x",
                                "%1",
                                "%fieldName",
                                "{{var this.getUrl()}}",
                                "' OR '1'='1",
                                "\\",
                                "\"",
                                "null",
                                "1e400",
                                "-1",
                                "0x1F",
                                " 1 ",
                                "99999999999999999999",
                                "2147483648",
                                "@",
                                "a@b",
                                "jane@example.com",
                                "ü@例え.jp",
                                "a@b..c",
                                "https://shop.example.com/",
                                "javascript:alert(1)",
                                "US",
                                "1970-01-01",
                                "9999-99-99",
                                "0000-00-00",
                                "-9999-01-01",
                                "+10000-01-01",
                                "+300000-01-01T00:00:00",
                                "0001-01-01",
                                "-999999999999",
                                "999999999999",
                                "1/31/1970",
                                "1970-01-01T00:00:00+18:00",
                                "full")),
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(12)),
                Tuple.of(
                        1,
                        Combinators.combine(
                                        Arbitraries.of("a", "9", "€", "😀", "e\u0301", " ", "<", "\u0000"),
                                        Arbitraries.of(255, 256, 257, 1_000, 65_536, 300_000))
                                .as(String::repeat)));
        return Arbitraries.frequencyOf(
                Tuple.of(12, pieces.list().ofMaxSize(3).map(list -> String.join("", list))), Tuple.of(1, csvData()));
    }

    /** Base64 of CSV files that hurt a CSV reader, for the import's {@code csv_data} (and as text anywhere). */
    static Arbitrary<String> csvData() {
        String header = "email,_website,firstname,lastname";
        Arbitrary<String> files = Arbitraries.of(
                        "",
                        header + "\n\"a\"b,base,Jane,Doe\n",
                        header + "\n\"unterminated,base,Jane,Doe\n",
                        "\ufeff" + header + "\njane@example.com,base,Jane,Doe\n",
                        "email,email,EMAIL\n1,2,3\n",
                        header + "\r" + "a@example.com,base,Jane,Doe\r",
                        header + "\njane@example.com,base,Jane\u0000,Doe\n",
                        header + "\njane@example.com,base\n",
                        header + "\njane@example.com,base,Jane,Doe,extra,extra\n",
                        header + ",dob,gender,group_id,website_id\njane@example.com,base,Jane,Doe,-9999-01-01,9,"
                                + "99999999999,-1\n",
                        header
                                + ",dob,created_at\njane@example.com,base,Jane,Doe,+300000-01-01,+300000-01-01T00:00:00\n",
                        "a,".repeat(20_000) + "\n",
                        header + "\n" + "x@example.com,base,J,D\n".repeat(2_000))
                .map(csv -> Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8)));
        // and bytes that are no UTF-8: C3 28 FF FE
        return Arbitraries.oneOf(files, Arbitraries.just("wyj//g=="));
    }

    /** A value nested far beyond the service's limits (and PHP's, and the parser's), in arrays, objects or both. */
    static Arbitrary<String> deeplyNested() {
        return Combinators.combine(
                        Arbitraries.of(63, 64, 65, 500, 999, 1_000, 1_001, 2_000, 10_000, 100_000),
                        Arbitraries.of("[", "{\"customer\":", "{\"a\":[", "[{\"addresses\":"),
                        scalars())
                .as((depth, opening, inner) ->
                        opening.repeat(depth) + inner + closing(opening).repeat(depth));
    }

    /** Arrays and objects of many members: more items than any list limit, many keys, many duplicates. */
    static Arbitrary<String> wide() {
        Arbitrary<String> small = Arbitraries.of("1", "null", "\"x\"", "{}", "[]", "{\"a\":1}", "1e400");
        return Combinators.combine(Arbitraries.of(21, 1_000, 30_000), small, Arbitraries.of(0, 1, 2))
                .as((count, item, shape) -> {
                    List<String> members = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        members.add(
                                switch (shape) {
                                    case 0 -> item;
                                    case 1 -> "\"k" + i + "\":" + item;
                                    default -> "\"email\":" + item;
                                });
                    }
                    String joined = String.join(",", members);
                    return shape == 0 ? "[" + joined + "]" : "{" + joined + "}";
                });
    }

    /** Text that is nearly JSON: cut short, with trailing garbage, comments, single quotes, bad escapes. */
    static Arbitrary<String> almostJson() {
        Arbitrary<String> broken = Arbitraries.of(
                "",
                " ",
                "{",
                "}",
                "[",
                "{\"customer\":",
                "{\"customer\":{}",
                "{\"customer\":{}}}",
                "{\"customer\":{}} {}",
                "{'customer':{}}",
                "{customer:{}}",
                "{\"customer\":{},}",
                "[1,]",
                "/* c */ {}",
                "\ufeff{}",
                "{\"a\":NaN}",
                "{\"a\":Infinity}",
                "{\"a\":-}",
                "{\"a\":01}",
                "{\"a\":1.}",
                "{\"a\":.5}",
                "{\"a\":+1}",
                "{\"a\":\"\\x41\"}",
                "{\"a\":\"\\u12\"}",
                "{\"a\":\"\\ud800\\u0041\"}",
                "{\"a\":\"tab\there\"}",
                "{\"a\":\"\u0000\"}",
                "{\"a\" \"b\"}",
                "{\"a\":1 \"b\":2}",
                "\"unterminated",
                "nul",
                "truee",
                "<customer><email>a@b.c</email></customer>");
        return Arbitraries.oneOf(
                broken, nested(2).map(json -> json.isEmpty() ? json : json.substring(0, json.length() / 2)));
    }

    /** Object keys: mostly the service's own (so that the same one often comes twice), else hostile text. */
    static Arbitrary<String> keys() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(KNOWN_KEYS)), Tuple.of(1, text()));
    }

    /**
     * The body with one place changed: the value at a member or an item replaced by an arbitrary value, a
     * member added beside it (an unknown one, or a known one a second time), or the member removed. The valid
     * rest gets the hostile part past the first checks, where pure noise never gets.
     */
    static Arbitrary<NearValid> nearValid(JsonObject body) {
        List<List<Object>> places = new ArrayList<>();
        collectPlaces(body, new ArrayList<>(), places);
        Arbitrary<List<Object>> place = Arbitraries.of(places);
        // what is almost JSON would make the whole body undecodable, which the other values already cover
        Arbitrary<String> values = Arbitraries.frequencyOf(
                Tuple.of(10, nested(3)),
                Tuple.of(1, deeplyNested()),
                Tuple.of(1, wide()),
                Tuple.of(1, csvData().map(data -> quoted(data, false))));
        return Arbitraries.frequencyOf(
                Tuple.of(
                        8,
                        Combinators.combine(place, values)
                                .as((at, value) -> new NearValid(body, at, Change.REPLACE, null, value))),
                Tuple.of(
                        1,
                        Combinators.combine(place, keys(), values)
                                .as((at, key, value) -> new NearValid(body, at, Change.ADD, key, value))),
                Tuple.of(1, place.map(at -> new NearValid(body, at, Change.REMOVE, null, null))));
    }

    enum Change {
        REPLACE,
        ADD,
        REMOVE
    }

    /**
     * A valid body changed in one place: {@code at} is the path to it (member names and item indexes). An
     * addition goes beside the place: a member {@code key} into the object that holds it, or an item after it.
     */
    record NearValid(JsonObject body, List<Object> at, Change change, String key, String value) {

        String json() {
            return write(body, 0);
        }

        private String write(JsonValue json, int depth) {
            List<String> parts = new ArrayList<>();
            if (json instanceof JsonObject object) {
                for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                    written(member.getKey(), member.getValue(), depth)
                            .forEach(part -> parts.add(Json.createValue(member.getKey()) + ":" + part));
                }
                if (depth == at.size() - 1 && change == Change.ADD && at.get(depth) instanceof String) {
                    parts.add(quoted(key, false) + ":" + value);
                }
                return "{" + String.join(",", parts) + "}";
            }
            if (json instanceof JsonArray array) {
                for (int i = 0; i < array.size(); i++) {
                    parts.addAll(written(i, array.get(i), depth));
                }
                return "[" + String.join(",", parts) + "]";
            }
            return json.toString();
        }

        /** What a member's value or an item becomes: itself, changed, gone, or itself and an added item. */
        private List<String> written(Object place, JsonValue json, int depth) {
            if (depth >= at.size() || !place.equals(at.get(depth))) {
                return List.of(json.toString());
            }
            if (depth < at.size() - 1) {
                return List.of(write(json, depth + 1));
            }
            return switch (change) {
                case REPLACE -> List.of(value);
                case REMOVE -> List.of();
                case ADD -> place instanceof Integer ? List.of(json.toString(), value) : List.of(json.toString());
            };
        }

        @Override
        public String toString() {
            return switch (change) {
                case REPLACE -> "replace " + at + " with " + shown(value);
                case ADD -> "add \"" + shown(key) + "\": " + shown(value) + " beside " + at;
                case REMOVE -> "remove " + at;
            };
        }
    }

    /** A generated text as a failure report shows it: all but printable ASCII escaped, and cut short when long. */
    static String shown(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < 300; i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.length() < 300 ? out.toString() : out + "… (" + text.length() + " chars)";
    }

    /** Every member and item of the body, depth first. */
    private static void collectPlaces(JsonValue value, List<Object> path, List<List<Object>> places) {
        if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                List<Object> here = new ArrayList<>(path);
                here.add(member.getKey());
                places.add(List.copyOf(here));
                collectPlaces(member.getValue(), here, places);
            }
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                List<Object> here = new ArrayList<>(path);
                here.add(i);
                places.add(List.copyOf(here));
                collectPlaces(array.get(i), here, places);
            }
        }
    }

    /**
     * A JSON string literal: quotes, backslashes and control characters escaped, and with {@code escapeAll}
     * every character beyond ASCII as well, which is the only way a lone surrogate reaches the service.
     */
    static String quoted(String text, boolean escapeAll) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || escapeAll && c > 0x7e || isLoneSurrogate(text, i)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    private static String closing(String opening) {
        StringBuilder closing = new StringBuilder();
        for (int i = opening.length() - 1; i >= 0; i--) {
            char c = opening.charAt(i);
            if (c == '[') {
                closing.append(']');
            } else if (c == '{') {
                closing.append('}');
            }
        }
        return closing.toString();
    }
}
