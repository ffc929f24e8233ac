package com.customeraccounts.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretTokenTest {

    @Test
    void generatesThirtyTwoAlphanumericCharactersLikeMagentosTokens() {
        assertThat(SecretToken.random().value()).hasSize(32).matches("[A-Za-z0-9]{32}");
    }

    @Test
    void generatesADifferentTokenEachTime() {
        assertThat(SecretToken.random().value())
                .isNotEqualTo(SecretToken.random().value());
    }

    @Test
    void neverShowsItsValueWhenPrinted() {
        SecretToken token = SecretToken.random();

        assertThat(token.toString()).doesNotContain(token.value());
        assertThat(String.valueOf(token)).isEqualTo("SecretToken[****]");
    }

    @Test
    void storesASixtyFourCharacterHexSha256InsteadOfTheValue() {
        SecretToken token = SecretToken.random();

        assertThat(token.hash()).hasSize(64).matches("[0-9a-f]{64}").doesNotContain(token.value());
        assertThat(token.hash()).isEqualTo(new SecretToken(token.value()).hash());
        assertThat(new SecretToken("abc").hash())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
