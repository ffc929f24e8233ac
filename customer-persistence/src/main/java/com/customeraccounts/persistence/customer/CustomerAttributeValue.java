package com.customeraccounts.persistence.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/** One row of {@code customer_attribute_value}: a declared attribute's value and the key it is searched by. */
@Embeddable
public class CustomerAttributeValue {

    /** How many characters of a value its search key holds. */
    static final int SEARCH_KEY_LENGTH = 200;

    @Column(name = "attribute_code")
    String code;

    @Column(name = "attribute_value")
    String value;

    @Column(name = "search_key")
    String searchKey;

    protected CustomerAttributeValue() {}

    CustomerAttributeValue(String code, String value) {
        this.code = code;
        this.value = value;
        this.searchKey = searchKey(value);
    }

    /** The value's first characters in lower case, as the search compares them. */
    public static String searchKey(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.length() <= SEARCH_KEY_LENGTH) {
            return lower;
        }
        int end = Character.isHighSurrogate(lower.charAt(SEARCH_KEY_LENGTH - 1))
                ? SEARCH_KEY_LENGTH - 1
                : SEARCH_KEY_LENGTH;
        return lower.substring(0, end);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CustomerAttributeValue that && code.equals(that.code) && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, value);
    }
}
