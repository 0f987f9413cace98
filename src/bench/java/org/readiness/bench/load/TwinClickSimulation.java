package org.readiness.bench.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/** Users of the one-button twin: open it, press the button as often as a wizard user presses Next, leave. */
public class TwinClickSimulation extends Simulation {

    {
        int users = VaadinSteps.intProperty("bench.users", 1);
        int seconds = VaadinSteps.intProperty("bench.seconds", 20);
        Duration think = Duration.ofMillis(VaadinSteps.intProperty("bench.think-millis", 250));
        ScenarioBuilder user = scenario("twin user")
                .exec(VaadinSteps.open(""))
                .exec(repeat(20).on(pause(think).exec(VaadinSteps.uidl("click",
                        client -> client.clickElementWithId("button")))))
                .exec(VaadinSteps.leave());
        setUp(user.injectClosed(constantConcurrentUsers(users).during(Duration.ofSeconds(seconds))))
                .protocols(VaadinSteps.protocol());
    }
}
