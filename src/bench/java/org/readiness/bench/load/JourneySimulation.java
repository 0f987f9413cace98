package org.readiness.bench.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Merchants doing the whole self-assessment and downloading the score card, then closing the tab.
 * {@code bench.users} at once; with {@code bench.seconds} each finished user is replaced by a new one for that long
 * (a closed model: that many users at all times), otherwise every user does it once.
 */
public class JourneySimulation extends Simulation {

    {
        int users = VaadinSteps.intProperty("bench.users", 1);
        int seconds = VaadinSteps.intProperty("bench.seconds", 0);
        Duration think = Duration.ofMillis(VaadinSteps.intProperty("bench.think-millis", 250));
        ScenarioBuilder merchant = scenario("merchant").exec(VaadinSteps.merchant(think));
        setUp(seconds > 0
                ? merchant.injectClosed(constantConcurrentUsers(users).during(Duration.ofSeconds(seconds)))
                : merchant.injectOpen(atOnceUsers(users)))
                .protocols(VaadinSteps.protocol());
    }
}
