package org.readiness.bench.load;

import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * More open tabs on a result page, opened at 40 a second (what one core renders without queueing for long): each user opens the resume link of a finished assessment (which shows its
 * result) and keeps the tab open. Used in rounds to find how many such sessions a heap holds.
 */
public class ResultSessionsSimulation extends Simulation {

    {
        int users = VaadinSteps.intProperty("bench.users", 250);
        String token = System.getProperty("bench.token");
        setUp(scenario("result tab").exec(VaadinSteps.open("resume/" + token))
                .injectOpen(rampUsers(users).during(Duration.ofSeconds(Math.max(1, users / 40)))))
                .protocols(VaadinSteps.protocol());
    }
}
