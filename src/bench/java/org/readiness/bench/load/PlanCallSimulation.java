package org.readiness.bench.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Systems calling the stateless plan call ({@code POST /api/questionnaires/commerce-stakeholders/plan}) on the bundled
 * questionnaire: each call evaluates the answers, projects the done actions, works out what each triggered action
 * alone would win and the cheapest way to the next band. {@code bench.users} at once for {@code bench.seconds}, each
 * waiting {@code bench.think-millis} and making one call, then replaced; the answers and the done actions vary.
 */
public class PlanCallSimulation extends Simulation {

    static final String PATH = "/api/questionnaires/commerce-stakeholders/plan?lang=en";

    private static final List<String> PROFILES = List.of(
            "\"company-size\": \"251-1000\", \"business-model\": \"both\", \"digital-team-size\": \"16-50\"",
            "\"company-size\": \"1-10\", \"business-model\": \"b2c\", \"digital-team-size\": \"1-5\"",
            "\"company-size\": \"51-250\", \"business-model\": \"b2b\", \"digital-team-size\": \"6-15\"");
    private static final List<String> GAPS = List.of("""
            "experience-owner": "no", "touchpoints-owned": ["promotions"], "customer-needs": 2,
            "customer-service-involved": "no", "platforms": ["erp"], "it-from-day-one": "later",
            "technology-owner": "dont-know", "erp-technicians": "nobody", "back-office-readiness": "not-started",
            "integration-plan": "no", "executive-sponsor": "no", "c-suite-backing": "one",
            "checkpoint-meetings": "ad-hoc", "budget-approved": "not-yet", "leadership-priority": 2""", """
            "experience-owner": "yes", "touchpoints-owned": ["product-assortment", "promotions", "order-updates"],
            "customer-needs": 4, "customer-service-involved": "no", "platforms": ["oms", "erp"],
            "it-from-day-one": "later", "technology-owner": "yes", "erp-technicians": "partner",
            "back-office-readiness": "being-prepared", "integration-plan": "no", "executive-sponsor": "yes",
            "c-suite-backing": "several", "checkpoint-meetings": "ad-hoc", "budget-approved": "approved",
            "leadership-priority": 4""");
    private static final List<String> DONE = List.of("[]", "[\"schedule-checkpoints\"]",
            "[\"name-experience-owner\", \"secure-budget\", \"plan-integrations\"]");

    {
        int users = VaadinSteps.intProperty("bench.users", 16);
        int seconds = VaadinSteps.intProperty("bench.seconds", 20);
        Duration think = Duration.ofMillis(VaadinSteps.intProperty("bench.think-millis", 250));
        // A closed model: each caller makes one call after a pause and is replaced by the next.
        ScenarioBuilder caller = scenario("plan caller").exec(pause(think).exec(http("plan")
                .post(PATH).header("Content-Type", "application/json")
                .body(StringBody(session -> body()))
                .check(status().is(200))
                .check(responseTimeInMillis().transform(millis -> LoadRecorder.clientTime("plan", millis)).is(true))));
        setUp(caller.injectClosed(constantConcurrentUsers(users).during(Duration.ofSeconds(seconds))))
                .protocols(VaadinSteps.protocol());
    }

    private static String body() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String profile = PROFILES.get(random.nextInt(PROFILES.size()));
        String answers = GAPS.get(random.nextInt(GAPS.size()));
        if (!profile.contains("\"b2c\"")) {
            answers += ", \"sales-manager-involved\": \"occasionally\"";
        }
        return "{\"answers\": {" + profile + ", " + answers + "}, \"done\": " + DONE.get(random.nextInt(DONE.size()))
                + "}";
    }
}
