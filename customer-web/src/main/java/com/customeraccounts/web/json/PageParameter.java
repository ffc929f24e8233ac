package com.customeraccounts.web.json;

import static com.customeraccounts.web.wire.Jsons.JSON;

import com.customeraccounts.error.InputException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/**
 * The page a paged list that is not a search is asked for ({@code currentPage}, {@code pageSize}: 20, at most
 * 300), and its answer {@code {"items", "total_count", "current_page", "page_size"}}.
 */
public record PageParameter(int number, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 300;

    /** @throws InputException Magento's "Invalid value of …" for anything but a whole number in range */
    public static PageParameter of(String currentPage, String pageSize) {
        return new PageParameter(
                number("currentPage", currentPage, 1, Integer.MAX_VALUE / MAX_SIZE),
                number("pageSize", pageSize, DEFAULT_SIZE, MAX_SIZE));
    }

    public JsonObject answer(JsonArrayBuilder items, long total) {
        return JSON.createObjectBuilder()
                .add("items", items)
                .add("total_count", total)
                .add("current_page", number)
                .add("page_size", size)
                .build();
    }

    private static int number(String name, String value, int fallback, int max) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        if (value.length() > 10 || !value.chars().allMatch(Character::isDigit)) {
            throw InputException.invalidFieldValue(name, value.length() > 64 ? value.substring(0, 64) : value);
        }
        long number = Long.parseLong(value);
        if (number < 1 || number > max) {
            throw InputException.invalidFieldValue(name, value);
        }
        return (int) number;
    }
}
