package com.customeraccounts.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void matchesAsSqlLikeIgnoringCase() {
        assertThat(LikePattern.matches("Wholesale", "whole%")).isTrue();
        assertThat(LikePattern.matches("Wholesale", "%SALE")).isTrue();
        assertThat(LikePattern.matches("Wholesale", "W_olesale")).isTrue();
        assertThat(LikePattern.matches("Wholesale", "%les%")).isTrue();
        assertThat(LikePattern.matches("Wholesale", "Retail%")).isFalse();
        assertThat(LikePattern.matches("Wholesale", "Wholesale_")).isFalse();
        assertThat(LikePattern.matches("", "%")).isTrue();
        assertThat(LikePattern.matches("", "_")).isFalse();
        assertThat(LikePattern.matches("a.b", "a.b")).isTrue();
        assertThat(LikePattern.matches("axb", "a.b")).isFalse();
    }

    @Test
    void readsABackslashAsMakingTheNextCharacterLiteral() {
        assertThat(LikePattern.matches("100%", "100\\%")).isTrue();
        assertThat(LikePattern.matches("1000", "100\\%")).isFalse();
        assertThat(LikePattern.matches("a_b", "a\\_b")).isTrue();
        assertThat(LikePattern.matches("axb", "a\\_b")).isFalse();
        assertThat(LikePattern.matches("a\\b", "a\\\\b")).isTrue();
        assertThat(LikePattern.matches("a\\", "a\\")).isTrue();
    }

    @Test
    void agreesWithTheRegexItReplaces() {
        Random random = new Random(20261201);
        String letters = "aAb%_.";
        for (int i = 0; i < 20_000; i++) {
            String value = randomText(random, "aAb.", 8);
            String pattern = randomText(random, letters, 8);
            assertThat(LikePattern.matches(value, pattern))
                    .as("%s LIKE %s", value, pattern)
                    .isEqualTo(regexOf(pattern).matcher(value).matches());
        }
    }

    @Test
    void answersFortyWildcardsAtOnce() {
        String pattern = "%a".repeat(40) + "%b";
        String code = "a".repeat(32);
        // a guard far above the real cost; the regex this replaces ran for hours
        boolean matched = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> LikePattern.matches(code, pattern));
        assertThat(matched).isFalse();
        assertThat(LikePattern.matches(code, "%".repeat(40_000) + "a")).isTrue();
    }

    private static String randomText(Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(maxLength + 1); n > 0; n--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static Pattern regexOf(String like) {
        StringBuilder regex = new StringBuilder();
        for (char c : like.toCharArray()) {
            regex.append(
                    switch (c) {
                        case '%' -> ".*";
                        case '_' -> ".";
                        default -> Pattern.quote(String.valueOf(c));
                    });
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }
}
