package org.readiness.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.readiness.base.web.PushConnections;
import org.readiness.team.StartedTeam;
import org.readiness.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Push connections as a browser, and as a flood of hand-made clients, open them: real WebSocket upgrades against the
 * real server, in this JVM. Only a live session's page that uses push gets one, within the limits (here 2 a session,
 * 3 in all).
 */
@ExtendWith(OutputCaptureExtension.class)
class PushConnectionsTest extends ServerUnderAbuse {

    private static final int MADE_UP = 3000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    TeamService teams;

    @Autowired
    PushConnections connections;

    private final List<PageClient.Connected> opened = new ArrayList<>();

    @AfterEach
    void closeConnections() {
        opened.forEach(PageClient.Connected::close);
        await().atMost(Duration.ofSeconds(60)).until(() -> connections.count() == 0);
    }

    @Test
    void three_thousand_push_connections_with_made_up_sessions_are_refused_before_the_upgrade_and_hold_no_memory(
            CapturedOutput output) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        connectMadeUp(client, 50, new Liveness(base()));
        long before = LiveHeap.megabytes();
        Liveness liveness = new Liveness(base());

        Map<Integer, Integer> statuses = connectMadeUp(client, MADE_UP, liveness);
        liveness.awaitAnswers();
        long after = LiveHeap.megabytes();
        liveness.probe();
        liveness.awaitAnswers();
        System.out.printf("Push flood: %d made-up connections answered %s; live heap %d MB before, %d MB after "
                + "(full GC); /health/live answered %d times during, slowest %d ms%n", MADE_UP, statuses, before, after,
                liveness.answers.get(), liveness.slowestMillis.get());

        assertThat(statuses).containsOnlyKeys(403);
        assertThat(after - before).as("live heap growth in MB").isLessThan(20);
        assertThat(liveness.failures).isEmpty();
        assertThat(liveness.answers.get()).as("answers during and after").isEqualTo(MADE_UP / 100 + 1);
        assertThat(output.getOut().lines().filter(line -> line.contains("Refused a push connection")).count())
                .as("one warning a minute at most").isLessThanOrEqualTo(1 + liveness.elapsedMinutes());
        assertThat(output.getOut()).doesNotContain("\tat org.atmosphere", "\tat com.vaadin");
    }

    @Test
    void a_team_page_gets_its_push_connection_and_a_page_without_push_or_a_wrong_push_id_gets_none() {
        PageClient browser = new PageClient(port).open(teamPage());
        PageClient startPage = new PageClient(port).open("");

        assertThat(connect(browser)).isEqualTo(101);
        assertThat(connect(startPage)).as("the start page does not use push").isEqualTo(403);
        String rightId = browser.pushId;
        browser.pushId = UUID.randomUUID().toString();
        assertThat(connect(browser)).as("a wrong push id").isEqualTo(403);
        browser.pushId = rightId;
        browser.uiId = 99;
        assertThat(connect(browser)).as("a UI the session does not have").isEqualTo(403);
    }

    @Test
    void a_message_sent_over_the_push_websocket_is_refused_and_its_connection_closed_the_pages_send_theirs_by_xhr()
            throws Exception {
        PageClient browser = new PageClient(port).open(teamPage());
        PageClient.Connected push = browser.connectPush();
        opened.add(push);
        assertThat(push.status()).isEqualTo(101);

        push.socket().join().sendText("100000000|{\"csrfToken\":\"" + browser.csrfToken + "\",\"rpc\":[", true);

        assertThat(push.closed().get(60, TimeUnit.SECONDS)).as("closed by the server").isNotNull();
        await().atMost(Duration.ofSeconds(60)).until(() -> connections.count() == 0);
    }

    @Test
    void a_session_opens_no_more_push_connections_than_its_limit_and_the_instance_no_more_than_its_own() {
        String team = teamPage();
        PageClient first = new PageClient(port).open(team);
        assertThat(connect(first)).isEqualTo(101);
        assertThat(connect(first.open(team))).isEqualTo(101);
        assertThat(connect(first.open(team))).as("a third page of one session").isEqualTo(429);

        assertThat(connect(new PageClient(port).open(team))).as("the third on this instance").isEqualTo(101);
        assertThat(connect(new PageClient(port).open(team))).as("a fourth on this instance").isEqualTo(503);
    }

    private String teamPage() {
        StartedTeam team = teams.start("scoring-fixture", "en", null);
        return "team/" + team.coordinatorToken().value();
    }

    private int connect(PageClient page) {
        PageClient.Connected connected = page.connectPush();
        opened.add(connected);
        int status = connected.status();
        if (status == 101) {
            await().atMost(Duration.ofSeconds(60)).until(() -> connections.count() >= countOpen());
        }
        return status;
    }

    private long countOpen() {
        return opened.stream().filter(each -> each.socket().isDone() && !each.socket().isCompletedExceptionally())
                .count();
    }

    /** Connects with made-up session ids, 64 at a time; the connections that get through stay open. */
    private Map<Integer, Integer> connectMadeUp(HttpClient client, int count, Liveness liveness)
            throws InterruptedException {
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(64);
        List<PageClient.Connected> all = new CopyOnWriteArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i % 100 == 99) {
                liveness.probe();
            }
            inFlight.acquire();
            PageClient.Connected connected = PageClient.connectPush(client, base(), madeUpSessionId(), 0,
                    UUID.randomUUID().toString());
            all.add(connected);
            connected.socket().handle((socket, failure) -> {
                inFlight.release();
                return null;
            });
        }
        inFlight.acquire(64);
        for (PageClient.Connected connected : all) {
            statuses.merge(connected.status(), 1, Integer::sum);
        }
        all.stream().filter(each -> !each.socket().isCompletedExceptionally()).forEach(opened::add);
        return statuses;
    }

    private static String madeUpSessionId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    /** Asks /health/live while a flood goes on, noting every answer that is not 200 and the slowest one. */
    static final class Liveness {

        private final HttpClient http = HttpClient.newHttpClient();
        private final URI live;
        private final long started = System.nanoTime();
        private final List<CompletableFuture<?>> probes = new CopyOnWriteArrayList<>();
        final List<String> failures = new CopyOnWriteArrayList<>();
        final AtomicLong answers = new AtomicLong();
        final AtomicLong slowestMillis = new AtomicLong();

        Liveness(String base) {
            this.live = URI.create(base + "/health/live");
        }

        /** One probe, answered in the background. */
        void probe() {
            long start = System.nanoTime();
            // The timeout guards against waiting for ever; it is no measure: the slowest answer is reported.
            probes.add(http.sendAsync(HttpRequest.newBuilder(live).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
                        slowestMillis.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                        if (failure != null || response.statusCode() != 200) {
                            failures.add(failure != null ? failure.toString() : "status " + response.statusCode());
                        } else {
                            answers.incrementAndGet();
                        }
                        return null;
                    }));
        }

        /** Waits for every probe's answer. */
        void awaitAnswers() {
            probes.forEach(CompletableFuture::join);
        }

        long elapsedMinutes() {
            return (System.nanoTime() - started) / 60_000_000_000L;
        }
    }
}
