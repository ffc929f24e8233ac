package com.customeraccounts.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusClassTest {

    @Test
    void aStatusIsCountedByItsClass() {
        assertThat(StatusClass.of(200)).isEqualTo("2xx");
        assertThat(StatusClass.of(204)).isEqualTo("2xx");
        assertThat(StatusClass.of(302)).isEqualTo("3xx");
        assertThat(StatusClass.of(401)).isEqualTo("4xx");
        assertThat(StatusClass.of(429)).isEqualTo("4xx");
        assertThat(StatusClass.of(500)).isEqualTo("5xx");
        assertThat(StatusClass.of(599)).isEqualTo("5xx");
    }

    @Test
    void aStatusOutsideHttpsRangeIsOther() {
        assertThat(StatusClass.of(0)).isEqualTo("other");
        assertThat(StatusClass.of(99)).isEqualTo("other");
        assertThat(StatusClass.of(600)).isEqualTo("other");
    }

    @Test
    void onlyTheStandardMethodsBecomeTags() {
        assertThat(RouteTimings.method("post")).isEqualTo("POST");
        assertThat(RouteTimings.method("GET")).isEqualTo("GET");
        assertThat(RouteTimings.method("PROPFIND")).isEqualTo("OTHER");
        assertThat(RouteTimings.method("janedoe@example.com")).isEqualTo("OTHER");
        assertThat(RouteTimings.method(null)).isEqualTo("OTHER");
    }
}
