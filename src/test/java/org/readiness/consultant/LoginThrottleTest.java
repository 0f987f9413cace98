package org.readiness.consultant;

import org.junit.jupiter.api.Test;
import org.readiness.base.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's memory stays bounded, whatever names and addresses an attacker invents. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void invented_names_and_addresses_never_hold_more_than_the_cap() {
        for (int i = 0; i < LoginThrottle.MAX_ENTRIES; i++) {
            throttle.failed("invented-" + i, "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
        }

        assertThat(throttle.entries()).isLessThanOrEqualTo(LoginThrottle.MAX_ENTRIES);
    }

    @Test
    void failures_are_forgotten_fifteen_minutes_after_the_last_one() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("someone", "192.0.2.1");
        }
        assertThat(throttle.isLocked("someone", "192.0.2.1")).isTrue();

        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));

        assertThat(throttle.isLocked("someone", "192.0.2.1")).isFalse();
        assertThat(throttle.entries()).isZero();
    }
}
