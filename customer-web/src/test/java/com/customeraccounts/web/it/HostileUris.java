package com.customeraccounts.web.it;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of hostile path segments and query strings, percent-encoded as a client sends them: ids that
 * are not ids (negative, zero, beyond a long, not numbers), dot segments and encoded slashes, bytes that are
 * no UTF-8, and Magento's {@code searchCriteria} in PHP's bracket syntax with deep or broken brackets,
 * repeated keys, huge indexes, empty names and every condition type.
 */
final class HostileUris {

    private static final List<String> CONDITIONS = List.of(
            "eq", "neq", "like", "nlike", "in", "nin", "null", "notnull", "gt", "gteq", "lt", "lteq", "moreq", "from",
            "to", "finset", "nfinset", "regexp", "EQ", "");
    private static final List<String> FIELDS = List.of(
            "email",
            "firstname",
            "lastname",
            "middlename",
            "group_id",
            "website_id",
            "store_id",
            "created_at",
            "updated_at",
            "dob",
            "gender",
            "entity_id",
            "id",
            "taxvat",
            "confirmation",
            "billing_city",
            "code",
            "tax_class_id",
            "tax_class_name",
            "password_hash",
            "email; DROP TABLE customer_entity",
            "");
    private static final List<String> NUMBERS = List.of(
            "0",
            "-1",
            "1",
            "2",
            "3",
            "300",
            "301",
            "2147483647",
            "2147483648",
            "-2147483649",
            "9223372036854775807",
            "9223372036854775808",
            "18446744073709551616",
            "1e400",
            "1.5",
            "abc",
            "");

    private HostileUris() {}

    /** A path segment, percent-encoded. */
    static Arbitrary<String> segments() {
        Arbitrary<String> ids = Arbitraries.of(
                "-1",
                "0",
                "1",
                "2",
                "3",
                "2147483647",
                "2147483648",
                "-2147483649",
                "9223372036854775807",
                "9223372036854775808",
                "-9223372036854775809",
                "18446744073709551616",
                "1e3",
                "1e400",
                "1.5",
                "0x10",
                "010",
                "+1",
                "%201",
                "1%20",
                "1%00",
                "1;x=2",
                "1,2",
                "%D9%A1%D9%A2",
                "%EF%BC%91",
                "1" + "0".repeat(3_000));
        Arbitrary<String> words = Arbitraries.of(
                "abc",
                "me",
                "search",
                "default",
                "null",
                "NaN",
                "Infinity",
                "true",
                "..",
                ".",
                "%2e%2e",
                "%2e",
                "%2F",
                "%2F%2F",
                "%5C",
                "..%2F..%2Fetc%2Fpasswd",
                "~",
                "*",
                "%25",
                "%25zz",
                "%00",
                "%0A",
                "%0D%0ASet-Cookie:%20x=1",
                "%ff%fe",
                "%C0%AF",
                "%E2%80%AE",
                "%F0%9F%98%80",
                "%ED%A0%80",
                "%3Cscript%3E",
                "%7Bid%7D",
                "%22",
                ";",
                "@",
                "jane@example.com",
                "");
        Arbitrary<String> bytes =
                Arbitraries.bytes().array(byte[].class).ofMaxSize(24).map(HostileUris::percentEncoded);
        Arbitrary<String> text =
                HostileJson.text().filter(t -> t.length() <= 1_000).map(HostileUris::encoded);
        return Arbitraries.frequencyOf(Tuple.of(4, ids), Tuple.of(3, words), Tuple.of(1, bytes), Tuple.of(2, text));
    }

    /**
     * A search's query string: mostly Magento's shape with hostile fields, condition types, values, sort
     * orders and page numbers, otherwise brackets of any kind.
     */
    static Arbitrary<String> searchQueries() {
        return Arbitraries.frequencyOf(Tuple.of(3, shapedSearches()), Tuple.of(2, bracketSoup()));
    }

    /** {@code filter_groups} with one hostile filter, a sort order and a page, in either naming. */
    static Arbitrary<String> shapedSearches() {
        Arbitrary<String> field = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(FIELDS)), Tuple.of(1, values()));
        Arbitrary<String> condition =
                Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(CONDITIONS)), Tuple.of(1, values()));
        Arbitrary<String> number = Arbitraries.of(NUMBERS).injectNull(0.3);
        return Combinators.combine(
                        Arbitraries.of("searchCriteria", "search_criteria"),
                        field,
                        condition,
                        values(),
                        field,
                        Arbitraries.of("ASC", "DESC", "asc", "", "sideways").injectNull(0.5),
                        number,
                        number)
                .as((root, f, c, v, sortField, direction, pageSize, currentPage) -> {
                    StringBuilder query = new StringBuilder();
                    String filter = root + "[filter_groups][0][filters][0]";
                    parameter(query, filter + "[field]", f);
                    parameter(query, filter + "[condition_type]", c);
                    parameter(query, filter + "[value]", v);
                    if (direction != null) {
                        parameter(query, root + "[sort_orders][0][field]", sortField);
                        parameter(query, root + "[sort_orders][0][direction]", direction);
                    }
                    if (pageSize != null) {
                        parameter(query, root + "[page_size]", pageSize);
                    }
                    if (currentPage != null) {
                        parameter(query, root + "[current_page]", currentPage);
                    }
                    return query.toString();
                });
    }

    /** Parameters whose names are brackets of any depth and balance, repeated, empty or huge. */
    static Arbitrary<String> bracketSoup() {
        Arbitrary<String> root = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of("searchCriteria")),
                Tuple.of(2, Arbitraries.of("search_criteria")),
                Tuple.of(
                        1,
                        Arbitraries.of(
                                "searchcriteria",
                                "",
                                "[",
                                "]",
                                "searchCriteria]",
                                "searchCriteria[",
                                "searchCriteria.filter_groups",
                                "searchCriteria[]")));
        Arbitrary<String> key = Arbitraries.frequencyOf(
                Tuple.of(
                        6,
                        Arbitraries.of(
                                "filter_groups",
                                "filterGroups",
                                "filters",
                                "0",
                                "1",
                                "-1",
                                "00",
                                "999999999",
                                "1000000000",
                                "2147483648",
                                "99999999999999999999",
                                "",
                                "field",
                                "value",
                                "condition_type",
                                "conditionType",
                                "sort_orders",
                                "sortOrders",
                                "direction",
                                "page_size",
                                "pageSize",
                                "current_page",
                                "currentPage",
                                "[",
                                "]",
                                "][")),
                Tuple.of(1, HostileJson.text().filter(t -> t.length() <= 100)));
        Arbitrary<String> brackets = Arbitraries.frequencyOf(
                Tuple.of(
                        8,
                        key.list()
                                .ofMaxSize(6)
                                .map(keys ->
                                        keys.stream().map(k -> "[" + k + "]").collect(Collectors.joining()))),
                Tuple.of(
                        1,
                        Combinators.combine(
                                        Arbitraries.of(63, 64, 65, 100, 1_000),
                                        Arbitraries.of("[0]", "[filters]", "[]"))
                                .as((depth, level) -> level.repeat(depth))));
        Arbitrary<String> parameter = Combinators.combine(root, brackets, values(), Arbitraries.of(false, true))
                .as((r, b, v, encodeBrackets) -> name(r + b, encodeBrackets) + "=" + encoded(v));
        return parameter.list().ofMinSize(1).ofMaxSize(10).map(list -> String.join("&", list));
    }

    /** Values for a query: what searches use, and hostile text. */
    static Arbitrary<String> values() {
        return Arbitraries.frequencyOf(
                Tuple.of(
                        3,
                        Arbitraries.of(
                                "jane@example.com",
                                "General",
                                "%",
                                "%%",
                                "_",
                                "%a%b%c%d%e%f%g%h%i%j%k%l%m%n%o%p",
                                "\\",
                                "'",
                                "1,2,3",
                                "1,".repeat(1_000),
                                ",",
                                "1970-01-01",
                                "0000-00-00 00:00:00",
                                "-9999-01-01",
                                "+10000-01-01 00:00:00",
                                "2024-02-30",
                                "1; DROP TABLE customer_entity")),
                Tuple.of(2, Arbitraries.of(NUMBERS)),
                Tuple.of(2, HostileJson.text().filter(t -> t.length() <= 1_000)));
    }

    private static void parameter(StringBuilder query, String name, String value) {
        if (query.length() > 0) {
            query.append('&');
        }
        query.append(name(name, false)).append('=').append(encoded(value));
    }

    /** A parameter name with its brackets as they are, which PHP and the service read, or percent-encoded. */
    private static String name(String name, boolean encodeBrackets) {
        String encoded = encoded(name);
        return encodeBrackets ? encoded : encoded.replace("%5B", "[").replace("%5D", "]");
    }

    /** Text percent-encoded as UTF-8 (a lone surrogate becomes {@code ?}: {@link #segments} sends its bytes). */
    static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String percentEncoded(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%%%02X", b & 0xff));
        }
        return out.toString();
    }
}
