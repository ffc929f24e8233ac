package com.customeraccounts.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RedirectTargetsTest {

    private final RedirectTargets targets =
            new RedirectTargets("https://shop.example/", List.of("https://app.example"));

    @Test
    void leadsToAUrlOnAnAllowedOrigin() {
        assertThat(targets.target(Optional.of("https://app.example/welcome"))).isEqualTo("https://app.example/welcome");
        assertThat(targets.target(Optional.of("https://evil.example/"))).isEqualTo("https://shop.example/");
    }

    @Test
    void leadsAnOverLongUrlBackToTheBaseUrlLikeADisallowedOne() {
        String longest = "https://app.example/" + "a".repeat(RedirectTargets.MAX_URL_LENGTH - 20);

        assertThat(targets.target(Optional.of(longest))).isEqualTo(longest);
        assertThat(targets.target(Optional.of(longest + "a"))).isEqualTo("https://shop.example/");
    }
}
