package com.customeraccounts.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final List<IpRange> PROXIES = List.of(IpRange.parse("10.0.0.0/8"), IpRange.parse("2001:db8::/32"));

    @Test
    void isThePeerWhenThePeerIsNoTrustedProxy() {
        assertThat(ClientAddress.of("203.0.113.7", List.of("198.51.100.1"), PROXIES))
                .isEqualTo("203.0.113.7");
        assertThat(ClientAddress.of("203.0.113.7", List.of("198.51.100.1"), List.of()))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void isTheRightMostForwardedAddressThatIsNoTrustedProxy() {
        assertThat(ClientAddress.of("10.1.2.3", List.of("1.1.1.1, 198.51.100.1, 10.9.9.9"), PROXIES))
                .isEqualTo("198.51.100.1");
        assertThat(ClientAddress.of("10.1.2.3", List.of("1.1.1.1", "198.51.100.2"), PROXIES))
                .isEqualTo("198.51.100.2");
        assertThat(ClientAddress.of("2001:db8::1", List.of("2001:db8::2, 2a00:1450::1"), PROXIES))
                .isEqualTo("2a00:1450:0:0:0:0:0:1");
    }

    @Test
    void stopsBelievingTheHeaderAtAnythingThatIsNoAddress() {
        assertThat(ClientAddress.of("10.1.2.3", List.of("198.51.100.1, example.com"), PROXIES))
                .isEqualTo("10.1.2.3");
        assertThat(ClientAddress.of("10.1.2.3", List.of("198.51.100.1, 10.0.0.9, unknown"), PROXIES))
                .isEqualTo("10.1.2.3");
        assertThat(ClientAddress.of("10.1.2.3", List.of(), PROXIES)).isEqualTo("10.1.2.3");
    }

    @Test
    void readsOnlyIpLiteralsNeverAskingDns() {
        assertThat(IpRange.literal("localhost")).isEmpty();
        assertThat(IpRange.literal("1.2.3")).isEmpty();
        assertThat(IpRange.literal("256.1.1.1")).isEmpty();
        assertThat(IpRange.literal("::1")).isPresent();
        assertThat(IpRange.literal("[::1]")).isPresent();
        assertThat(IpRange.literal("zz::1")).isEmpty();
    }

    @Test
    void matchesRangesBitByBit() {
        IpRange range = IpRange.parse("192.168.4.0/22");
        assertThat(range.contains(IpRange.literal("192.168.7.255").orElseThrow()))
                .isTrue();
        assertThat(range.contains(IpRange.literal("192.168.8.0").orElseThrow())).isFalse();
        assertThat(range.contains(IpRange.literal("::1").orElseThrow())).isFalse();
        assertThat(IpRange.parse("127.0.0.1")
                        .contains(IpRange.literal("127.0.0.1").orElseThrow()))
                .isTrue();
        assertThat(IpRange.parse("0.0.0.0/0")
                        .contains(IpRange.literal("8.8.8.8").orElseThrow()))
                .isTrue();
        assertThatThrownBy(() -> IpRange.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IpRange.parse("proxy.example.com")).isInstanceOf(IllegalArgumentException.class);
    }
}
