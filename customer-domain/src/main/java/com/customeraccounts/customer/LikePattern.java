package com.customeraccounts.customer;

/**
 * SQL {@code LIKE} as MySQL reads it: {@code %} is any run of characters, {@code _} any one character,
 * a backslash makes the next character literal, case is ignored as MySQL's collation ignores it. Matched
 * without a regex and without recursion, so a pattern of many {@code %} costs at most its length times the
 * value's, never the exponential backtracking of a {@code .*.*.*} regex (or of H2's own {@code LIKE}).
 */
public final class LikePattern {

    private static final char ESCAPE = '\\';

    private LikePattern() {}

    public static boolean matches(String value, String pattern) {
        int v = 0;
        int p = 0;
        int afterPercent = -1;
        int resumeAt = 0;
        while (v < value.length()) {
            char c = p < pattern.length() ? pattern.charAt(p) : 0;
            boolean escaped = c == ESCAPE && p + 1 < pattern.length();
            if (p < pattern.length() && c == '%') {
                afterPercent = ++p;
                resumeAt = v;
            } else if (p < pattern.length()
                    && (!escaped && c == '_'
                            || sameIgnoringCase(escaped ? pattern.charAt(p + 1) : c, value.charAt(v)))) {
                p += escaped ? 2 : 1;
                v++;
            } else if (afterPercent >= 0) {
                // the last % takes one more character, and the rest of the pattern is tried again after it
                p = afterPercent;
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
        return a == b
                || Character.toLowerCase(a) == Character.toLowerCase(b)
                || Character.toUpperCase(a) == Character.toUpperCase(b);
    }
}
