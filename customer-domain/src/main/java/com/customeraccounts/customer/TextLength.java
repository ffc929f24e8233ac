package com.customeraccounts.customer;

import java.util.Optional;

/**
 * How many characters a stored text may have: its column's size in Magento's
 * {@code Customer/etc/db_schema.xml}. Magento truncates a longer value without a word; this service refuses
 * it with the message of Magento's EAV text validator, which names the field by its label. Names, city and
 * telephone need no entry here: their {@link TextRule} already bounds them.
 */
public final class TextLength {

    /** {@code prefix} and {@code suffix}, of customers and of addresses. */
    public static final TextLength NAME_AFFIX = new TextLength(40);

    public static final TextLength TAXVAT = new TextLength(50);
    /** Magento's varchar(255) columns; also a street line, which Magento's street attribute limits to 255. */
    public static final TextLength VARCHAR = new TextLength(255);

    public static final TextLength GROUP_CODE = new TextLength(32);

    static final String TOO_LONG = "\"%s\" length must be equal or less than %d characters.";

    private final int max;

    private TextLength(int max) {
        this.max = max;
    }

    /** Magento's message when the value is longer than this; nothing for an absent or fitting value. */
    public Optional<String> problem(String label, String value) {
        if (value == null || value.codePointCount(0, value.length()) <= max) {
            return Optional.empty();
        }
        return Optional.of(String.format(TOO_LONG, label, max));
    }
}
