package com.customeraccounts.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLengthTest {

    @Test
    void acceptsAValueThatFitsItsColumnAndAnAbsentOne() {
        assertThat(TextLength.NAME_AFFIX.problem("Name Prefix", "P".repeat(40))).isEmpty();
        assertThat(TextLength.NAME_AFFIX.problem("Name Prefix", null)).isEmpty();
    }

    @Test
    void refusesALongerValueWithMagentosEavLengthMessageNamingTheField() {
        assertThat(TextLength.TAXVAT.problem("Tax/VAT Number", "1".repeat(51)))
                .contains("\"Tax/VAT Number\" length must be equal or less than 50 characters.");
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String fortyEmoji = "\uD83D\uDE00".repeat(40);

        assertThat(fortyEmoji).hasSize(80);
        assertThat(TextLength.NAME_AFFIX.problem("Name Prefix", fortyEmoji)).isEmpty();
        assertThat(TextLength.NAME_AFFIX.problem("Name Prefix", fortyEmoji + "x"))
                .isPresent();
    }
}
