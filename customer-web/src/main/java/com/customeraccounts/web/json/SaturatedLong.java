package com.customeraccounts.web.json;

import java.math.BigInteger;

/**
 * A decimal number's integer part as a {@code long}, clamped to the {@code long} range. Read digit by
 * digit rather than through {@link java.math.BigDecimal}, whose parsing costs the square of the number
 * of digits: a mebibyte of digits in a request would cost seconds.
 */
final class SaturatedLong {

    private static final int LONG_DIGITS = 19;
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private SaturatedLong() {}

    /** @param text what {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?} matched, without surrounding spaces */
    static long of(String text) {
        int at = 0;
        boolean negative = false;
        if (text.charAt(at) == '+' || text.charAt(at) == '-') {
            negative = text.charAt(at++) == '-';
        }
        int exponentAt = Math.max(text.indexOf('e', at), text.indexOf('E', at));
        int mantissaEnd = exponentAt < 0 ? text.length() : exponentAt;
        StringBuilder significant = new StringBuilder();
        // the power of ten of the first significant digit's place, plus one
        long magnitude = 0;
        boolean beforePoint = true;
        for (int i = at; i < mantissaEnd; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                beforePoint = false;
            } else if (significant.length() == 0 && c == '0') {
                magnitude -= beforePoint ? 0 : 1;
            } else {
                if (beforePoint) {
                    magnitude++;
                }
                if (significant.length() <= LONG_DIGITS) {
                    significant.append(c);
                }
            }
        }
        if (significant.length() == 0) {
            return 0;
        }
        long exponent = exponentAt < 0 ? 0 : exponent(text, exponentAt + 1);
        long place = clampedSum(magnitude, exponent);
        if (place <= 0) {
            return 0;
        }
        if (place > LONG_DIGITS) {
            return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        StringBuilder integer =
                new StringBuilder(significant.substring(0, (int) Math.min(place, significant.length())));
        while (integer.length() < place) {
            integer.append('0');
        }
        BigInteger value = new BigInteger(integer.toString());
        if (value.compareTo(MAX) > 0) {
            return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return negative ? -value.longValue() : value.longValue();
    }

    /** The exponent, clamped far beyond any place a long can reach. */
    private static long exponent(String text, int at) {
        boolean negative = false;
        if (text.charAt(at) == '+' || text.charAt(at) == '-') {
            negative = text.charAt(at++) == '-';
        }
        long value = 0;
        for (int i = at; i < text.length(); i++) {
            value = Math.min(value * 10 + (text.charAt(i) - '0'), Integer.MAX_VALUE);
        }
        return negative ? -value : value;
    }

    private static long clampedSum(long a, long b) {
        return Math.max(Integer.MIN_VALUE * 4L, Math.min(Integer.MAX_VALUE * 4L, a + b));
    }
}
