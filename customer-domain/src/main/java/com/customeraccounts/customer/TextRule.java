package com.customeraccounts.customer;

import java.util.regex.Pattern;

/**
 * A Magento character-class validator (Name, City, Telephone). Unlike Magento, a value made only
 * of disallowed characters is rejected too: Magento accepts it because its pattern finds no match at all.
 */
public final class TextRule {

    /** Magento's {@code Validator/Name}: letters, marks, digits, spaces and {@code , - _ . ' ’ ` &}, 1–255. */
    public static final TextRule NAME = new TextRule("[\\p{L}\\p{M}\\p{Nd},\\-_.'’`&\\s]{1,255}");
    /**
     * The City rule as Magento fixed its 2.4.8 regression (magento/magento2#39854): letters, marks,
     * digits, spaces and {@code - ' ’ . , & ( ) /}, 1–100.
     */
    public static final TextRule CITY = new TextRule("[\\p{L}\\p{M}\\p{Nd}\\s\\-.,&()/'’]{1,100}");
    /** Magento's {@code Validator/Telephone}: digits, spaces and {@code + - ( )}, 1–20. */
    public static final TextRule TELEPHONE = new TextRule("[\\p{Nd}\\s+\\-()]{1,20}");

    private final Pattern pattern;

    private TextRule(String regex) {
        this.pattern = Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** Empty and absent values are not this rule's business (required-ness is checked elsewhere). */
    public boolean accepts(String value) {
        return value == null || value.isEmpty() || pattern.matcher(value).matches();
    }
}
