package org.readiness.bench.load;

import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * An open model: new merchants arrive at {@code bench.rate} a second (at random moments, ramping up from half that
 * over the first seconds), each doing the whole self-assessment and downloading the PDF, however slow the server
 * gets. The harness raises the rate from run to run to find the most one core serves within its latency bound.
 * <p>
 * They think 100 ms between actions, so a visit takes a few seconds and a run of 20 s reaches the steady state
 * (arrivals for less time than a visit lasts would never load the server with as many visits as the rate means).
 * The server's work per visit does not depend on the think time; the number of open sessions does.
 */
public class ArrivalsSimulation extends Simulation {

    {
        double rate = Double.parseDouble(System.getProperty("bench.rate", "5"));
        int seconds = VaadinSteps.intProperty("bench.seconds", 20);
        Duration think = Duration.ofMillis(VaadinSteps.intProperty("bench.think-millis", 100));
        Duration rampUp = Duration.ofSeconds(Math.max(1, seconds / 5));
        setUp(scenario("arriving merchant").exec(VaadinSteps.merchant(think)).injectOpen(
                rampUsersPerSec(rate / 2).to(rate).during(rampUp),
                constantUsersPerSec(rate).during(Duration.ofSeconds(seconds)).randomized()))
                .protocols(VaadinSteps.protocol());
    }
}
