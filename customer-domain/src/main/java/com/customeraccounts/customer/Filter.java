package com.customeraccounts.customer;

/**
 * One condition of a search, in Magento's terms: a field (such as {@code email} or {@code created_at}), a
 * value as text, and a condition type ({@code eq}, {@code like}, {@code in}, …), {@code eq} when absent.
 * Whether the field and condition are known is for {@link SearchRules} to say.
 */
public record Filter(String field, String value, String conditionType) {

    public static final String DEFAULT_CONDITION = "eq";

    public Filter {
        if (conditionType == null || conditionType.isEmpty()) {
            conditionType = DEFAULT_CONDITION;
        }
    }

    public static Filter eq(String field, String value) {
        return new Filter(field, value, DEFAULT_CONDITION);
    }
}
