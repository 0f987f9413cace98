package org.readiness;

import org.readiness.base.ReadinessProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The one clock every timestamp comes from, in the one time zone every time is shown in; tests replace it to move
 * time.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(ReadinessProperties properties) {
        return Clock.system(properties.zone());
    }
}
