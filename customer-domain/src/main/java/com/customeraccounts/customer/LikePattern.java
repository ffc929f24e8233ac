package com.customeraccounts.customer;

/**
 * SQL {@code LIKE} on values held in memory: {@code %} is any run of characters, {@code _} any one
 * character, case ignored as MySQL's collation ignores it. Matched without a regex, so a pattern of many
 * {@code %} costs at most its length times the value's, never the exponential backtracking a
 * {@code .*.*.*} regex costs.
 */
final class LikePattern {

    private LikePattern() {
    }

    static boolean matches(String value, String pattern) {
        int v = 0;
        int p = 0;
        int lastPercent = -1;
        int resumeAt = 0;
        while (v < value.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '%') {
                lastPercent = p++;
                resumeAt = v;
            } else if (p < pattern.length() && (pattern.charAt(p) == '_' || sameIgnoringCase(pattern.charAt(p), value.charAt(v)))) {
                p++;
                v++;
            } else if (lastPercent >= 0) {
                // let the last % take one more character and try the rest of the pattern again
                p = lastPercent + 1;
                v = ++resumeAt;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '%') {
            p++;
        }
        return p == pattern.length();
    }

    private static boolean sameIgnoringCase(char a, char b) {
        return a == b || Character.toLowerCase(a) == Character.toLowerCase(b)
                || Character.toUpperCase(a) == Character.toUpperCase(b);
    }
}
