package org.readiness.bench.load;

import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * A workshop: every invited respondent of one team opens their personal link at once and answers on their own
 * device. {@code bench.team.respondents} lists them as {@code name=route} pairs separated by spaces.
 */
public class TeamWorkshopSimulation extends Simulation {

    {
        List<Map<String, Object>> respondents = Arrays.stream(System.getProperty("bench.team.respondents").split(" "))
                .map(pair -> pair.split("=", 2))
                .map(pair -> Map.<String, Object>of("name", pair[0], "link", pair[1]))
                .toList();
        Duration think = Duration.ofMillis(VaadinSteps.intProperty("bench.think-millis", 250));
        setUp(scenario("respondent").feed(listFeeder(respondents)).exec(VaadinSteps.respondent(think))
                .injectOpen(atOnceUsers(respondents.size())))
                .protocols(VaadinSteps.protocol());
    }
}
