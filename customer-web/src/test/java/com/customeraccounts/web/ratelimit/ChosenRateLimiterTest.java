package com.customeraccounts.web.ratelimit;

import static com.customeraccounts.web.ratelimit.ChosenRateLimiter.Store.GRID;
import static com.customeraccounts.web.ratelimit.ChosenRateLimiter.Store.MEMORY;
import static com.customeraccounts.web.ratelimit.ChosenRateLimiter.wanted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChosenRateLimiterTest {

    @Test
    void countsInMemoryByDefaultOnlyWhenPayaraMicroRunsWithoutACluster() {
        assertThat(wanted("", "true")).as("--nocluster, as the uber jar has it").isEqualTo(MEMORY);
        assertThat(wanted("auto", "TRUE")).isEqualTo(MEMORY);
        assertThat(wanted("", "false")).as("-Dpayaramicro.noCluster=false").isEqualTo(GRID);
        assertThat(wanted(" Auto ", null))
                .as("Payara Server, or Payara Micro clustered")
                .isEqualTo(GRID);
    }

    @Test
    void letsTheOperatorForceEither() {
        assertThat(wanted("memory", "false")).isEqualTo(MEMORY);
        assertThat(wanted("grid", "true")).isEqualTo(GRID);
    }

    @Test
    void refusesAnyOtherSetting() {
        assertThatThrownBy(() -> wanted("redis", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ratelimit.store must be auto, grid or memory");
    }
}
