package org.readiness.bench.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Sessions kept open for measuring memory: each user goes to step 1 and waits at gate "step-1" until the harness
 * has measured the heap, then finishes the assessment and waits at gate "result". A browser tab left open never
 * sends the unload beacon, so these UIs stay on the server, as real open tabs do.
 */
public class HeldSessionsSimulation extends Simulation {

    public static final String STEP_ONE = "step-1";
    public static final String RESULT = "result";

    {
        int users = VaadinSteps.intProperty("bench.users", 300);
        String app = System.getProperty("bench.app", "wizard");
        ScenarioBuilder held = "twin".equals(app)
                ? scenario("held twin").exec(VaadinSteps.open(""))
                        .exec(VaadinSteps.arriveAndWait(STEP_ONE))
                        .exec(VaadinSteps.arriveAndWait(RESULT))
                : scenario("held merchant").exec(VaadinSteps.open(""))
                        .exec(VaadinSteps.start())
                        .exec(VaadinSteps.arriveAndWait(STEP_ONE))
                        .exec(VaadinSteps.steps(Duration.ZERO))
                        .exec(VaadinSteps.arriveAndWait(RESULT));
        setUp(held.injectOpen(rampUsers(users).during(Duration.ofSeconds(Math.max(1, users / 50)))))
                .protocols(VaadinSteps.protocol());
    }
}
