package org.readiness;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustedProxiesRegexTest {

    @Test
    void addresses_and_ipv4_ranges_match_exactly_what_they_name() {
        String regex = TrustedProxies.regex(List.of("10.0.0.0/8", "192.168.1.0/25", "203.0.113.7", "::1"));

        assertThat("10.250.3.4").matches(regex);
        assertThat("192.168.1.0").matches(regex);
        assertThat("192.168.1.127").matches(regex);
        assertThat("203.0.113.7").matches(regex);
        assertThat("0:0:0:0:0:0:0:1").matches(regex);
        assertThat("11.0.0.1").doesNotMatch(regex);
        assertThat("192.168.1.128").doesNotMatch(regex);
        assertThat("203.0.113.70").doesNotMatch(regex);
        assertThat("110.0.0.1").doesNotMatch(regex);
    }

    @Test
    void anything_else_stops_the_start_with_a_plain_message() {
        assertThatThrownBy(() -> TrustedProxies.regex(List.of("proxy.example"))).hasMessageContaining("proxy.example");
        assertThatThrownBy(() -> TrustedProxies.regex(List.of("10.0.0.0/33"))).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> TrustedProxies.regex(List.of("fd00::/8"))).hasMessageContaining("fd00::/8");
    }
}
