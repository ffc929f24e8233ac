package com.customeraccounts.web.json;

/**
 * Finds what {@code <script[^>]*>.*?</script\s*>} (ASCII case-insensitive, dot matches all) finds, in one
 * pass. The regex retried from every {@code <script} and scanned to the end each time, so a value of
 * repeated opening tags cost the square of its length.
 *
 * <p>The earliest opening tag decides: its {@code >} comes first, so any closing tag after a later
 * opening tag is also after it.
 */
final class ScriptElement {

    private static final String OPEN = "<script";
    private static final String CLOSE = "</script";

    private ScriptElement() {}

    static boolean in(String text) {
        int open = indexOfIgnoringAsciiCase(text, OPEN, 0);
        if (open < 0) {
            return false;
        }
        int end = text.indexOf('>', open + OPEN.length());
        return end >= 0 && hasClosingTag(text, end + 1);
    }

    private static boolean hasClosingTag(String text, int from) {
        int close = indexOfIgnoringAsciiCase(text, CLOSE, from);
        while (close >= 0) {
            int at = close + CLOSE.length();
            while (at < text.length() && isRegexSpace(text.charAt(at))) {
                at++;
            }
            if (at < text.length() && text.charAt(at) == '>') {
                return true;
            }
            // the spaces just skipped cannot hold another "</script", so the search goes on from there
            close = indexOfIgnoringAsciiCase(text, CLOSE, Math.max(at, close + 1));
        }
        return false;
    }

    /** {@code needle} is lower-case ASCII. */
    static int indexOfIgnoringAsciiCase(String text, String needle, int from) {
        int last = text.length() - needle.length();
        for (int i = from; i <= last; i++) {
            if (regionMatches(text, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean regionMatches(String text, int at, String needle) {
        for (int j = 0; j < needle.length(); j++) {
            char c = text.charAt(at + j);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != needle.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS: {@code [ \t\n\x0B\f\r]}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
