package com.customeraccounts.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailRuleTest {

    private static final String INVALID = "\"Email\" is not a valid email address.";
    private static final String INVALID_HOSTNAME = "\"Email\" is not a valid hostname.";
    private static final String TOO_LONG = "\"Email\" uses too many characters.";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "john@example.com",
                "John.Doe@Example.COM",
                "john+shop@example.com",
                "jane@mail.example.co.uk",
                "o'brien@example.ie",
                "\"john doe\"@example.com",
                "a@b.io"
            })
    void findsNoProblemInAValidAddress(String email) {
        assertThat(EmailRule.problems(email)).isEmpty();
    }

    @Test
    void leavesAbsentAndEmptyAddressesToOtherRules() {
        assertThat(EmailRule.problems(null)).isEmpty();
        assertThat(EmailRule.problems("")).isEmpty();
    }

    @Test
    void reportsAnAddressWithoutAnAtSignAsInvalid() {
        assertThat(EmailRule.problems("invalid")).containsExactly(INVALID);
    }

    @Test
    void reportsAnAddressWithNothingBeforeOrAfterTheAtSignAsInvalid() {
        assertThat(EmailRule.problems("@example.com")).containsExactly(INVALID);
        assertThat(EmailRule.problems("john@")).containsExactly(INVALID);
    }

    @Test
    void reportsConsecutiveDotsAsInvalid() {
        assertThat(EmailRule.problems("a..b@example.com")).containsExactly(INVALID);
    }

    @Test
    void reportsABadLocalPartAsInvalid() {
        assertThat(EmailRule.problems("john doe@example.com")).containsExactly(INVALID);
        assertThat(EmailRule.problems(".john@example.com")).containsExactly(INVALID);
    }

    @Test
    void reportsASingleLabelHostAsALocalNetworkNameWithTwoHostnameLines() {
        assertThat(EmailRule.problems("john@localhost"))
                .containsExactly(
                        INVALID_HOSTNAME,
                        "'localhost' does not match the expected structure for a DNS hostname",
                        "'localhost' looks like a local network name, which is not an acceptable format.");
    }

    @Test
    void reportsAnIpAddressHost() {
        assertThat(EmailRule.problems("john@127.0.0.1"))
                .containsExactly(
                        INVALID_HOSTNAME, "'127.0.0.1' looks like an IP address, which is not an acceptable format.");
    }

    @Test
    void reportsAHostnameWithAnUnderscore() {
        assertThat(EmailRule.problems("john@exa_mple.com"))
                .containsExactly(
                        INVALID_HOSTNAME,
                        "'exa_mple.com' looks like a DNS hostname but we cannot match it against the hostname schema "
                                + "for TLD 'COM'.",
                        "'exa_mple.com' does not look like a valid local network name.");
    }

    @Test
    void reportsAHostnameLabelStartingWithADash() {
        assertThat(EmailRule.problems("john@-example.com"))
                .containsExactly(
                        INVALID_HOSTNAME,
                        "'-example.com' looks like a DNS hostname but contains a dash in an invalid position.",
                        "'-example.com' looks like a local network name, which is not an acceptable format.");
    }

    @Test
    void reportsBothAHostnameAndALocalPartProblemInMagentosOrder() {
        assertThat(EmailRule.problems("john doe@localhost"))
                .containsExactly(
                        INVALID_HOSTNAME,
                        "'localhost' does not match the expected structure for a DNS hostname",
                        "'localhost' looks like a local network name, which is not an acceptable format.",
                        INVALID);
    }

    @Test
    void reportsALocalPartLongerThan64CharactersAsTooLong() {
        assertThat(EmailRule.problems("a".repeat(64) + "@example.com")).isEmpty();
        assertThat(EmailRule.problems("a".repeat(65) + "@example.com")).containsExactly(TOO_LONG);
    }

    @Test
    void reportsAHostLongerThan255BytesAsTooLong() {
        String host = ("a".repeat(63) + ".").repeat(4) + "com";

        assertThat(host.length()).isGreaterThan(255);
        assertThat(EmailRule.problems("john@" + host)).containsExactly(TOO_LONG);
    }
}
