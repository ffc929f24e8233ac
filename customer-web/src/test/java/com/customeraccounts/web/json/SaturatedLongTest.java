package com.customeraccounts.web.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SaturatedLongTest {

    @Test
    void readsTheIntegerPartAsBigDecimalWould() {
        Random random = new Random(20261201);
        for (int i = 0; i < 50_000; i++) {
            String text = randomNumber(random);
            assertThat(SaturatedLong.of(text)).as(text).isEqualTo(clamped(new BigDecimal(text)));
        }
    }

    @Test
    void clampsToTheLongRange() {
        assertThat(SaturatedLong.of("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(SaturatedLong.of("9223372036854775808")).isEqualTo(Long.MAX_VALUE);
        assertThat(SaturatedLong.of("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        assertThat(SaturatedLong.of("1e999999999999")).isEqualTo(Long.MAX_VALUE);
        assertThat(SaturatedLong.of("-1e999999999999")).isEqualTo(Long.MIN_VALUE);
        assertThat(SaturatedLong.of("1e-999999999999")).isZero();
        assertThat(SaturatedLong.of("0.000e99999")).isZero();
    }

    @Test
    void readsAMebibyteOfDigitsInLinearTime() {
        String digits = "0".repeat(500_000) + "42." + "9".repeat(500_000);
        // a guard far above the real cost; BigDecimal took seconds for this
        long value = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> SaturatedLong.of(digits));
        assertThat(value).isEqualTo(42);
        assertThat(SaturatedLong.of("7".repeat(1_000_000))).isEqualTo(Long.MAX_VALUE);
    }

    private static long clamped(BigDecimal number) {
        if (number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Long.MAX_VALUE;
        }
        if (number.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
            return Long.MIN_VALUE;
        }
        return number.longValue();
    }

    private static String randomNumber(Random random) {
        StringBuilder text = new StringBuilder();
        if (random.nextBoolean()) {
            text.append(random.nextBoolean() ? '-' : '+');
        }
        String digits = digits(random, random.nextInt(25));
        String fraction = random.nextBoolean() ? "." + digits(random, random.nextInt(6)) : "";
        if (digits.isEmpty() && fraction.length() < 2) {
            digits = "0";
        }
        text.append(digits).append(fraction);
        if (random.nextInt(3) == 0) {
            text.append(random.nextBoolean() ? 'e' : 'E')
                    .append(random.nextBoolean() ? "-" : "")
                    .append(random.nextInt(25));
        }
        return text.toString();
    }

    private static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(4) == 0 ? '0' : (char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
