package com.customeraccounts.customer;

import com.customeraccounts.error.InputException;
import com.customeraccounts.error.Parameters;
import com.customeraccounts.error.Phrase;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sorting by one field, checked as Magento's {@code SortOrder} checks itself: the direction is {@code ASC}
 * or {@code DESC} in any letter case (kept in upper case), and the field holds only letters, digits and
 * underscores. A missing direction sorts descending, as Magento's sorting processor does.
 */
public record SortOrder(String field, String direction) {

    public static final String ASC = "ASC";
    public static final String DESC = "DESC";

    static final String BAD_DIRECTION =
            "The sort order has to be specified as %1 for ascending order or %2 for descending order.";
    static final String RESTRICTED_FIELD = "Sort order field %1 contains restricted symbols";

    private static final Pattern RESTRICTED = Pattern.compile("[^a-z0-9_]", Pattern.CASE_INSENSITIVE);

    public SortOrder {
        if (direction != null) {
            direction = direction.toUpperCase(Locale.ROOT);
            if (!direction.equals(ASC) && !direction.equals(DESC)) {
                throw InputException.of(Phrase.of(BAD_DIRECTION, Parameters.positional(ASC, DESC)));
            }
        }
        if (field != null && RESTRICTED.matcher(field).find()) {
            throw InputException.of(Phrase.of(RESTRICTED_FIELD, Parameters.positional(field)));
        }
    }

    public boolean ascending() {
        return ASC.equals(direction);
    }
}
