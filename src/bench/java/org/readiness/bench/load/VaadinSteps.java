package org.readiness.bench.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import org.readiness.bench.vaadin.VaadinClient;

import java.time.Duration;
import java.util.function.Function;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Gatling steps that speak Vaadin's protocol as the browser does: the bootstrap page, the init request, then UIDL
 * posts carrying the CSRF token, the sync id and the client id, with the replies the server's JavaScript calls
 * wait for. The node ids come from the state tree each response builds, never from a recording.
 */
final class VaadinSteps {

    private static final String CLIENT = "vaadin";
    private static final String SENT_AT = "sentAt";

    private VaadinSteps() {
    }

    static String baseUrl() {
        return System.getProperty("bench.url", "http://localhost:8080");
    }

    static int intProperty(String name, int fallback) {
        return Integer.getInteger(name, fallback);
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(baseUrl())
                .acceptLanguageHeader("en")
                // As a browser does; the server gzips text responses for such clients.
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Gatling load driver")
                .disableCaching();
    }

    static VaadinClient client(Session session) {
        return session.get(CLIENT);
    }

    /** A browser opening the route: bootstrap page, the UI's init request and the router's first navigation. */
    static ChainBuilder open(String route) {
        return open(session -> route);
    }

    /** As {@link #open(String)}, for a route that differs per user (a personal link from a feeder). */
    static ChainBuilder open(Function<Session, String> route) {
        return exec(session -> session.set(CLIENT, new VaadinClient(baseUrl())))
                .exec(http("page").get(session -> "/" + route.apply(session)).check(status().is(200)))
                .exitHereIfFailed()
                .exec(http("init").get(session -> client(session).initPath(route.apply(session)))
                        .check(status().is(200))
                        .check(bodyString().transformWithSession((body, session) -> {
                            client(session).acceptInit("init", body);
                            return true;
                        }).is(true)))
                .exitHereIfFailed()
                .exec(uidl("navigate", client -> client.navigate(client.location())));
    }

    /** One UIDL round trip, then the replies owed to the server's JavaScript calls. */
    static ChainBuilder uidl(String name, Function<VaadinClient, String> message) {
        return exec(post(name, message)).exitHereIfFailed()
                .asLongAs(session -> client(session).owesReplies())
                .on(exec(post("location", VaadinClient::replies)).exitHereIfFailed());
    }

    private static io.gatling.javaapi.http.HttpRequestActionBuilder post(String name,
                                                                         Function<VaadinClient, String> message) {
        return http(name).post(session -> client(session).uidlPath())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> message.apply(client(session))))
                .check(status().is(200))
                .check(responseTimeInMillis().transform(millis -> LoadRecorder.clientTime(name, millis)).is(true))
                .check(bodyString().transformWithSession((body, session) -> {
                    VaadinClient client = client(session);
                    client.accept(name, body);
                    client.serverTime().ifPresent(time -> LoadRecorder.serverTime(time.getKey(), time.getValue()));
                    return true;
                }).is(true));
    }

    /** A merchant's visit: the start page, the whole self-assessment, the PDF, then the tab closed. */
    static ChainBuilder merchant(Duration think) {
        return exec(open(""))
                .exec(assessment(think))
                .exec(downloadPdf())
                .exec(recordFinished())
                .exec(leave());
    }

    /** The whole self-assessment from the start page to the result, answering every question shown. */
    static ChainBuilder assessment(Duration think) {
        return exec(start()).exec(steps(think));
    }

    /** Start on the start page: the first step opens. */
    static ChainBuilder start() {
        return uidl("start", client -> client.clickAndExpect("start-button", "assessment/step/"));
    }

    /** From the current step to the result: every shown question answered, Next, review, Show result. */
    static ChainBuilder steps(Duration think) {
        return asLongAs(session -> client(session).onRoute("assessment/step/")).on(
                        asLongAs(session -> client(session).nextUnanswered().isPresent())
                                .on(pause(think).exec(uidl("answer", VaadinClient::answerNext)))
                                .pause(think)
                                .exec(uidl("next", client -> client.clickToLeave("next-button"))))
                .pause(think)
                .exec(uidl("show result", client -> client.clickAndExpect("show-result", "assessment/result")));
    }

    /** Downloads the score card PDF from the result page's link. */
    static ChainBuilder downloadPdf() {
        return exec(http("score card pdf").get(session -> client(session).href("download-pdf"))
                .check(status().is(200))
                .check(responseTimeInMillis().transform(millis -> LoadRecorder.clientTime("score card pdf", millis))
                        .is(true))
                .check(header("Content-Type").is("application/pdf"))
                .check(bodyBytes().transform(pdf -> pdf.length > 1000 && pdf[0] == '%' && pdf[1] == 'P').is(true)))
                .exitHereIfFailed()
                .exec(session -> {
                    client(session).downloaded("score card pdf");
                    return session;
                });
    }

    /**
     * A team's respondent on their personal link: every shown question of every step answered, then the last step's
     * button sends the answers and the link shows its thank-you. The moment the sending click left the browser and
     * the answers given are recorded under the respondent's name.
     */
    static ChainBuilder respondent(Duration think) {
        return exec(open(session -> session.getString("link")))
                .asLongAs(session -> client(session).shows("next-button")).on(
                        asLongAs(session -> client(session).nextUnanswered().isPresent())
                                .on(pause(think).exec(uidl("answer", VaadinClient::answerNext)))
                                .pause(think)
                                .exec(session -> session.set(SENT_AT, System.currentTimeMillis()))
                                .exec(uidl("next", client -> client.clickToLeave("next-button"))))
                .exec(session -> {
                    LoadRecorder.sent(session.getString("name"), session.getLong(SENT_AT),
                            client(session).answeredCount());
                    return session;
                })
                .exec(leave());
    }

    /** The beacon a browser sends when the tab is closed: the server lets the UI go. */
    static ChainBuilder leave() {
        return exec(http("leave").post(session -> client(session).uidlPath())
                .header("Content-Type", "text/plain;charset=UTF-8")
                .body(StringBody(session -> client(session).unload()))
                .check(status().in(200, 204)));
    }

    static ChainBuilder arriveAndWait(String gate) {
        return exec(session -> {
            LoadRecorder.arrive(gate);
            return session;
        }).asLongAs(session -> !LoadRecorder.isOpen(gate)).on(pause(Duration.ofMillis(200)));
    }

    static ChainBuilder recordFinished() {
        return exec(session -> {
            client(session).resumeToken().ifPresent(LoadRecorder::finished);
            return session;
        });
    }
}
