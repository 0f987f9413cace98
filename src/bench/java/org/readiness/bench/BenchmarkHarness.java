package org.readiness.bench;

import org.readiness.bench.load.ArrivalsSimulation;
import org.readiness.bench.load.HeldSessionsSimulation;
import org.readiness.bench.load.JourneySimulation;
import org.readiness.bench.load.LoadRecorder;
import org.readiness.bench.load.ResultSessionsSimulation;
import org.readiness.bench.load.TwinClickSimulation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark harness (not a test): builds the one-button Vaadin twin, then measures the product's production jar
 * beside it — start-up, memory, first-load bytes, step latency under Gatling load, live heap per session, sessions
 * a 512 MB heap holds, and the score card with JMH — and writes docs/benchmarks.md.
 * <p>
 * Run it with {@code mvn -B -Pproduction,bench verify}; {@code -Dbench.args=quick} makes every part shorter.
 */
public final class BenchmarkHarness {

    private static final Path WORK = Path.of("target", "bench");
    private static final Path TWIN_PROJECT = Path.of("src", "bench", "twin");
    private static final String ADMIN_PASSWORD = "bench-admin-password";

    private final Path appJar;
    private final String mode;
    private final boolean quick;
    private final Report report;
    private Path twinJar;

    private BenchmarkHarness(Path appJar, String mode) {
        this.appJar = appJar;
        this.mode = mode;
        this.quick = mode.equals("quick");
        this.report = new Report(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))
                + (quick ? " (quick run: shorter, less reliable)" : ""));
    }

    public static void main(String[] args) {
        // Gatling's and Playwright's threads would keep the JVM, and so Maven, waiting: the harness ends itself,
        // after a failure too.
        try {
            measure(args);
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void measure(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        String mode = args.length > 1 ? args[1] : "full";
        Cpus.pinThisProcess(1);
        long started = System.nanoTime();
        BenchmarkHarness harness = new BenchmarkHarness(jar, mode);
        harness.run();
        harness.report.note(String.format(Locale.ROOT, "The whole harness took %.1f minutes.",
                (System.nanoTime() - started) / 60e9));
        if (mode.equals("full") || mode.equals("quick") || mode.equals("plan")) {
            harness.report.writeInto(Path.of("docs", "benchmarks.md"));
        }
        System.out.println(harness.report.markdown());
    }

    private void run() throws Exception {
        report.note("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + "; "
                + Cpus.describe() + "; app and twin both run with " + String.join(" ", ServerProcess.JVM_FLAGS) + ".");
        report.note("Command: `mvn -B -Pproduction,bench verify`" + (mode.equals("full") ? ""
                : " -Dbench.args=" + mode) + ".");
        if (only("pdf")) {
            microBenchmarks();
            return;
        }
        buildTwin();
        if (only("startup")) {
            startUp();
            return;
        }
        if (only("heap")) {
            try (ServerProcess app = startApp("heap"); ServerProcess twin = startTwin("heap")) {
                gatling(JourneySimulation.class, app, Map.of("bench.users", "4", "bench.seconds", "10"), "warm-up");
                uidlSizes(app);
                heapPerSession(app, twin);
            }
            return;
        }
        if (only("arrivals")) {
            arrivals();
            return;
        }
        if (only("team")) {
            teamWorkshop();
            return;
        }
        if (only("plan")) {
            planCall();
            return;
        }
        if (only("load")) {
            loadRun();
            return;
        }
        startUp();
        latencyAndHeap();
        loadRun();
        teamWorkshop();
        planCall();
        arrivals();
        maximumSessions();
        microBenchmarks();
    }

    /**
     * "-Dbench.args=heap", "arrivals", "team", "plan", "load", "startup" or "pdf" (the JMH part) runs only that
     * part (heap: the pages' UIDL sizes and the heap per session, with class histograms), for profiling.
     */
    private boolean only(String part) {
        return part.equals(mode);
    }

    private void buildTwin() throws Exception {
        Process build = new ProcessBuilder("mvn", "-q", "-B", "-f", TWIN_PROJECT.resolve("pom.xml").toString(),
                "-Pproduction", "package", "-DskipTests").inheritIO().start();
        if (build.waitFor() != 0) {
            throw new IllegalStateException("building the twin failed");
        }
        try (var jars = Files.list(TWIN_PROJECT.resolve("target"))) {
            twinJar = jars.filter(path -> path.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
    }

    // ---- start-up, memory after start, first PDF, first load ----------------------------------------------------

    /**
     * Each jar is started once unmeasured (it creates the app's database and its first administrator, whose
     * password hash alone takes 1.5 s on one cold core, and warms the file cache for both), then restarted and
     * measured: the start every later deployment and restart makes. Both are measured as plain jars and with
     * class-data sharing, as README's "Running in production" starts them (unpacked, with an archive from a training
     * run); the target is the ratio of the latter, the way production starts.
     */
    private void startUp() throws Exception {
        int runs = quick ? 1 : 3;
        Path data = Files.createTempDirectory("readiness-bench-startup");
        double firstStartMillis;
        try (ServerProcess first = startApp("first-start", data)) {
            firstStartMillis = first.startupMillis();
        }
        startTwin("first-start").close();
        Path logs = WORK.resolve("logs");
        ClassDataArchive appArchive = ClassDataArchive.train(appJar, Files.createTempDirectory("readiness-bench-cds-app"),
                logs, List.of("--readiness.data.dir=" + Files.createTempDirectory("readiness-bench-cds-training"),
                        "--readiness.admin.password=" + ADMIN_PASSWORD));
        ClassDataArchive twinArchive = ClassDataArchive.train(twinJar,
                Files.createTempDirectory("readiness-bench-cds-twin"), logs, List.of());
        List<Double> appMillis = new ArrayList<>();
        List<Double> twinMillis = new ArrayList<>();
        List<Double> appSharedMillis = new ArrayList<>();
        List<Double> appReadyMillis = new ArrayList<>();
        List<Double> twinSharedMillis = new ArrayList<>();
        List<Double> appRss = new ArrayList<>();
        List<Double> twinRss = new ArrayList<>();
        double firstPdfMillis = 0;
        long appBytes = 0;
        long twinBytes = 0;
        for (int run = 0; run < runs; run++) {
            try (ServerProcess app = startApp("startup", data)) {
                appMillis.add((double) app.startupMillis());
                appRss.add(app.residentKilobytes() / 1024.0);
                if (run == 0) {
                    firstPdfMillis = firstPdf(app);
                    appBytes = PageWeight.firstLoadBytes(app.url() + "/");
                }
            }
            try (ServerProcess app = ServerProcess.start("app-startup-cds", appArchive.jar(), appArchive.jvmOptions(),
                    logs, appArguments(data))) {
                appSharedMillis.add((double) app.startupMillis());
                appReadyMillis.add((double) app.millisUntilOk("/health/ready"));
            }
            try (ServerProcess twin = startTwin("startup")) {
                twinMillis.add((double) twin.startupMillis());
                twinRss.add(twin.residentKilobytes() / 1024.0);
                if (run == 0) {
                    twinBytes = PageWeight.firstLoadBytes(twin.url() + "/");
                }
            }
            try (ServerProcess twin = ServerProcess.start("twin-startup-cds", twinArchive.jar(),
                    twinArchive.jvmOptions(), logs, List.of())) {
                twinSharedMillis.add((double) twin.startupMillis());
            }
        }
        double app = Percentiles.of(appSharedMillis, 50);
        double twin = Percentiles.of(twinSharedMillis, 50);
        report.compared("start to the first 200 on / with class-data sharing (unpacked jar and archive, as README "
                + "starts it; existing database; median of " + runs + ")", app, twin, "ms", "%.0f");
        report.compared("start to the first 200 on /, plain jar (existing database; median of " + runs + ")",
                Percentiles.of(appMillis, 50), Percentiles.of(twinMillis, 50), "ms", "%.0f");
        report.single("start to GET /health/ready 200 with class-data sharing (migrated, first administrator checked, "
                + "questionnaires read; median of " + runs + ")", String.format(Locale.ROOT, "%.0f ms",
                Percentiles.of(appReadyMillis, 50)));
        report.single("very first start on an empty database (creates the schema and the first administrator)",
                String.format(Locale.ROOT, "%.0f ms", firstStartMillis));
        report.compared("resident memory right after start (plain jar)", Percentiles.of(appRss, 50),
                Percentiles.of(twinRss, 50), "MB", "%.0f");
        report.compared("bytes on first load of / (empty cache, Chromium)", appBytes, twinBytes, "B", "%.0f");
        report.single("first score card PDF after start-up (POST …/scorecard.pdf)", String.format(Locale.ROOT,
                "%.0f ms", firstPdfMillis));
        report.target("start to the first 200, existing database ≤ 1.3 × twin (both with class-data sharing)",
                String.format(Locale.ROOT, "%.2f × (plain jars: %.2f ×)", app / twin,
                        Percentiles.of(appMillis, 50) / Percentiles.of(twinMillis, 50)), app / twin <= 1.3);
        report.target("first-load bytes ≤ 1.1 × twin", String.format(Locale.ROOT, "%.2f ×", (double) appBytes / twinBytes),
                appBytes <= 1.1 * twinBytes);
        report.target("first PDF ≤ 1.5 s", String.format(Locale.ROOT, "%.0f ms", firstPdfMillis), firstPdfMillis <= 1500);
    }

    private static double firstPdf(ServerProcess app) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url()
                        + "/api/questionnaires/commerce-stakeholders/scorecard.pdf?lang=sv&organisation=V%C3%A4xj%C3%B6"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SAMPLE_ANSWERS)).build();
        long started = System.nanoTime();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        double millis = (System.nanoTime() - started) / 1e6;
        if (response.statusCode() != 200 || response.body().length < 1000) {
            throw new IllegalStateException("the first PDF failed: " + response.statusCode() + " "
                    + new String(response.body()));
        }
        return millis;
    }

    // ---- latency at 1 and 16 users, live heap per session ------------------------------------------------------

    private void latencyAndHeap() throws Exception {
        int seconds = quick ? 8 : 18;
        try (ServerProcess app = startApp("latency")) {
            gatling(JourneySimulation.class, app, Map.of("bench.users", "4", "bench.seconds", String.valueOf(seconds)), "warm-up");
            uidlSizes(app);
            Latency one = journeyLatency(app, 1, seconds);
            Latency sixteen = journeyLatency(app, 16, seconds);
            try (ServerProcess twin = startTwin("latency")) {
                gatling(TwinClickSimulation.class, twin, Map.of("bench.users", "4", "bench.seconds", String.valueOf(seconds / 2)), "twin warm-up");
                Latency twinOne = twinLatency(twin, 1, seconds);
                Latency twinSixteen = twinLatency(twin, 16, seconds);
                reportLatency(1, one, twinOne);
                reportLatency(16, sixteen, twinSixteen);
                report.target("server time per step transition p95 ≤ 10 ms at 16 users",
                        String.format(Locale.ROOT, "%.1f ms", Percentiles.of(sixteen.server, 95)),
                        Percentiles.of(sixteen.server, 95) <= 10);
                double clientRatio = Percentiles.of(sixteen.client, 95) / Percentiles.of(twinSixteen.client, 95);
                report.target("client p95 of Next ≤ 2 × the twin's button click p95 (16 users)",
                        String.format(Locale.ROOT, "%.2f ×", clientRatio), clientRatio <= 2);
                heapPerSession(app, twin);
            }
        }
    }

    private record Latency(List<Double> client, List<Double> server) {
    }

    /** What one merchant's browser receives for Next on step 1 and for opening the result page, gzip accepted. */
    private void uidlSizes(ServerProcess app) throws Exception {
        UidlSizes.Sizes sizes = UidlSizes.measure(app.url());
        uidlSize("UIDL of Next on step 1", sizes.nextOnStepOne(), 15, 4, 60);
        uidlSize("UIDL of opening the result page", sizes.openingResult(), 25, 10, Integer.MAX_VALUE);
        report.single("state nodes held at step 1, by tag", nodesByTag(sizes.heldAtStepOne()));
        report.single("state nodes held at the result page, by tag", nodesByTag(sizes.heldAtResult()));
    }

    private void uidlSize(String figure, UidlSizes.Size size, double bodyTargetKb, double wireTargetKb, int nodes) {
        double body = size.bodyBytes() / 1024.0;
        double wire = size.wireBytes() / 1024.0;
        String measured = String.format(Locale.ROOT, "%.1f KB body, %.1f KB on the wire (gzip), %d nodes changed",
                body, wire, size.nodesChanged());
        report.single(figure, measured);
        String nodeTarget = nodes == Integer.MAX_VALUE ? "" : String.format(Locale.ROOT, ", ≤ %d nodes", nodes);
        report.target(String.format(Locale.ROOT, "%s ≤ %.0f KB, ≤ %.0f KB on the wire%s", figure, bodyTargetKb,
                wireTargetKb, nodeTarget), measured, body <= bodyTargetKb && wire <= wireTargetKb
                && size.nodesChanged() <= nodes);
    }

    /** "412 in all: span 120, vaadin-radio-button 60, …" */
    private static String nodesByTag(Map<String, Integer> held) {
        int all = held.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder text = new StringBuilder(all + " in all: ");
        held.forEach((tag, count) -> text.append(tag).append(' ').append(count).append(", "));
        return text.substring(0, text.length() - 2);
    }

    private Latency journeyLatency(ServerProcess app, int users, int seconds) throws Exception {
        gatling(JourneySimulation.class, app, Map.of("bench.users", String.valueOf(users),
                "bench.seconds", String.valueOf(seconds)), users + " users");
        return new Latency(LoadRecorder.clientTimes("next"), LoadRecorder.serverTimes("next"));
    }

    private Latency twinLatency(ServerProcess twin, int users, int seconds) throws Exception {
        gatling(TwinClickSimulation.class, twin, Map.of("bench.users", String.valueOf(users),
                "bench.seconds", String.valueOf(seconds)), "twin " + users + " users");
        return new Latency(LoadRecorder.clientTimes("click"), LoadRecorder.serverTimes("click"));
    }

    private void reportLatency(int users, Latency app, Latency twin) {
        String at = " at " + users + (users == 1 ? " user" : " users");
        for (int percentile : new int[] {50, 95, 99}) {
            report.compared("Next / button click, client p" + percentile + at, Percentiles.of(app.client, percentile),
                    Percentiles.of(twin.client, percentile), "ms", "%.1f");
        }
        for (int percentile : new int[] {50, 95, 99}) {
            report.compared("Next / button click, server time p" + percentile + at,
                    Percentiles.of(app.server, percentile), Percentiles.of(twin.server, percentile), "ms", "%.0f");
        }
    }

    private void heapPerSession(ServerProcess app, ServerProcess twin) throws Exception {
        int sessions = quick ? 100 : 300;
        double[] appHeap = heldSessions(app, "wizard", sessions);
        double[] twinHeap = heldSessions(twin, "twin", sessions);
        report.compared("live heap per session at step 1 (" + sessions + " sessions, after full GC)", appHeap[0],
                twinHeap[0], "KB", "%.1f");
        report.compared("live heap per session at the result page (twin: its only page)", appHeap[1], twinHeap[1],
                "KB", "%.1f");
        report.target("live heap per session at the result page ≤ 100 KB", String.format(Locale.ROOT, "%.1f KB",
                appHeap[1]), appHeap[1] <= 100);
        report.target("live heap per session at step 1 ≤ 70 KB", String.format(Locale.ROOT, "%.1f KB", appHeap[0]),
                appHeap[0] <= 70);
    }

    /** KB per session at the two gates: (heap with the sessions − heap before) / sessions, after full GCs. */
    private double[] heldSessions(ServerProcess server, String app, int sessions) throws Exception {
        long before = server.heapAfterFullGcKilobytes();
        server.saveHistogram(WORK.resolve("histogram-" + app + "-before.txt"));
        LoadRecorder.reset();
        double[] perSession = new double[2];
        Exception[] failure = new Exception[1];
        Thread measure = new Thread(() -> {
            try {
                String[] gates = {HeldSessionsSimulation.STEP_ONE, HeldSessionsSimulation.RESULT};
                for (int gate = 0; gate < gates.length; gate++) {
                    int arrived = awaitArrivals(gates[gate], sessions);
                    perSession[gate] = (server.heapAfterFullGcKilobytes() - before) / (double) arrived;
                    server.saveHistogram(WORK.resolve("histogram-" + app + "-" + gates[gate] + ".txt"));
                    if (System.getenv("BENCH_HEAP_DUMP") != null && gates[gate].equals(HeldSessionsSimulation.RESULT)) {
                        server.dumpHeap(WORK.resolve("heap-" + app + "-" + gates[gate] + ".hprof"));
                    }
                    LoadRecorder.open(gates[gate]);
                }
            } catch (Exception e) {
                failure[0] = e;
                LoadRecorder.open(HeldSessionsSimulation.STEP_ONE);
                LoadRecorder.open(HeldSessionsSimulation.RESULT);
            }
        });
        measure.start();
        GatlingRun.Counts counts = GatlingRun.run(HeldSessionsSimulation.class, server.url(),
                Map.of("bench.users", String.valueOf(sessions), "bench.app", app), WORK.resolve("gatling"));
        measure.join();
        if (failure[0] != null) {
            throw failure[0];
        }
        report.note(String.format(Locale.ROOT, "Held sessions (%s): %d requests, %d failed.", app, counts.total(),
                counts.ko()));
        return perSession;
    }

    private static int awaitArrivals(String gate, int sessions) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        int arrived = 0;
        int unchangedFor = 0;
        while (System.nanoTime() < deadline) {
            int now = LoadRecorder.arrived(gate);
            unchangedFor = now == arrived ? unchangedFor + 1 : 0;
            arrived = now;
            if (arrived >= sessions || (arrived > 0 && unchangedFor > 150)) {
                return arrived;
            }
            // None yet is no reason to stop: 300 sessions walking every step on one core take more than half a minute.
            Thread.sleep(100);
        }
        throw new IllegalStateException("no session of " + sessions + " reached " + gate + "; see the Gatling report");
    }

    // ---- 300 users finishing and downloading; the database must hold exactly the finished ones --------------------

    private void loadRun() throws Exception {
        int users = quick ? 60 : 300;
        Path data = Files.createTempDirectory("readiness-bench-load");
        GatlingRun.Counts counts;
        java.util.Set<String> finished;
        try (ServerProcess app = startApp("load", data)) {
            counts = gatling(JourneySimulation.class, app, Map.of("bench.users", String.valueOf(users),
                    "bench.think-millis", "500"), users + " users, each finishing once");
            finished = LoadRecorder.finishedTokens();
        }
        StoredAssessments stored = StoredAssessments.read(data, finished);
        // A journey a failed request ended (a start that timed out) is an error, not a lost assessment: lost is one
        // the browser saw finished that the database does not hold finished.
        long unfinished = users - finished.size();
        long lost = finished.size() - stored.finishedMatchingTokens();
        report.single(users + " users at once, each finishing an assessment and downloading its PDF",
                String.format(Locale.ROOT, "%d requests, %d failed (%d journeys ended by a failed request), request "
                                + "p95 %d ms; %d assessments finished in the browser, the database holds %d finished "
                                + "(%d of them by those users' tokens) and %d drafts; lost (finished in the browser, "
                                + "not in the database): %d",
                        counts.total(), counts.ko(), unfinished, counts.p95Millis(), finished.size(), stored.finished(),
                        stored.finishedMatchingTokens(), stored.drafts(), lost));
        report.target("load: " + users + " users, 0 errors, 0 lost assessments, request p95 ≤ 1 s",
                String.format(Locale.ROOT, "%d errors, %d lost, p95 %d ms", counts.ko(), lost, counts.p95Millis()),
                counts.ko() == 0 && lost == 0 && stored.finished() == finished.size() && counts.p95Millis() <= 1000);
    }

    // ---- a workshop: 30 respondents of one team at once, the coordinator's page open ------------------------------

    private void teamWorkshop() throws Exception {
        int respondents = 30;
        TeamWorkshop.Outcome workshop;
        try (ServerProcess app = startApp("team")) {
            gatling(JourneySimulation.class, app, Map.of("bench.users", "4", "bench.seconds", quick ? "8" : "18"),
                    "warm-up");
            workshop = TeamWorkshop.run(app.url(), respondents, WORK.resolve("gatling"));
        }
        List<Double> lag = workshop.updateLagMillis();
        report.single(respondents + " respondents answering one team assessment at once, the coordinator's page open "
                        + "in Chromium", String.format(Locale.ROOT, "%d requests, %d failed, request p95 %d ms; %d sent "
                                + "their answers in the browser, %d finished in the database; %d answers sent, %d stored; "
                                + "the page showed %d finishes, from the sending click to the page showing it p50 %.0f ms, "
                                + "p95 %.0f ms, max %.0f ms", workshop.counts().total(), workshop.counts().ko(),
                        workshop.counts().p95Millis(), workshop.sentInBrowser(), workshop.finishedStored(),
                        workshop.answersSent(), workshop.answersStored(), lag.size(), Percentiles.of(lag, 50),
                        Percentiles.of(lag, 95), lag.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN)));
        boolean everyFinishShown = lag.size() == workshop.sentInBrowser() && workshop.sentInBrowser() == respondents;
        report.target("workshop: " + respondents + " respondents, 0 lost answers, the coordinator's page updated within "
                        + "1 s of each finish (p95)", String.format(Locale.ROOT, "%d of %d sent, %d lost respondents, %d "
                                + "lost answers, %d of them shown, p95 %.0f ms", workshop.sentInBrowser(), respondents,
                        workshop.lostRespondents(), workshop.lostAnswers(), lag.size(), Percentiles.of(lag, 95)),
                everyFinishShown && workshop.lostRespondents() == 0 && workshop.lostAnswers() == 0
                        && workshop.counts().ko() == 0 && Percentiles.of(lag, 95) <= 1000);
        report.target("workshop: from the sending click to the coordinator's page showing it, p95 ≤ 250 ms",
                String.format(Locale.ROOT, "%.0f ms", Percentiles.of(lag, 95)), Percentiles.of(lag, 95) <= 250);
    }

    // ---- the stateless plan call at 16 users: projection, gains and the cheapest way to the next band ----------------

    private void planCall() throws Exception {
        int seconds = quick ? 8 : 20;
        Path accessLogs = Files.createTempDirectory("readiness-bench-plan-access");
        Path data = Files.createTempDirectory("readiness-bench-plan");
        List<String> arguments = new ArrayList<>(appArguments(data));
        arguments.addAll(PlanCall.accessLogArguments(accessLogs));
        PlanCall.Times sixteen;
        try (ServerProcess app = ServerProcess.start("app-plan", appJar, WORK.resolve("logs"), arguments)) {
            System.out.println("==== Gatling: PlanCallSimulation, warm-up");
            PlanCall.run(app.url(), accessLogs, 4, seconds, WORK.resolve("gatling"));
            System.out.println("==== Gatling: PlanCallSimulation, 16 users");
            sixteen = PlanCall.run(app.url(), accessLogs, 16, seconds, WORK.resolve("gatling"));
        }
        for (int percentile : new int[] {50, 95, 99}) {
            report.single("plan call (POST …/plan: projection, gains, cheapest next band), server time p" + percentile
                    + " at 16 users", String.format(Locale.ROOT, "%.2f ms", Percentiles.of(sixteen.serverMillis(),
                    percentile)));
        }
        report.single("plan call, client p95 at 16 users", String.format(Locale.ROOT, "%.1f ms (%d calls, %d failed)",
                Percentiles.of(sixteen.clientMillis(), 95), sixteen.counts().total(), sixteen.counts().ko()));
        double p95 = Percentiles.of(sixteen.serverMillis(), 95);
        report.target("plan call server time p95 ≤ 20 ms at 16 users", String.format(Locale.ROOT, "%.2f ms", p95),
                p95 <= 20 && sixteen.counts().ko() == 0);
    }

    // ---- open model: how many new merchants a second one core serves -------------------------------------------------

    /**
     * New merchants arrive at a rate (open model: they keep coming however slow the server gets), each doing the
     * whole assessment and the PDF. The rate doubles from 2 a second while the run has no error and a request p95
     * ≤ 300 ms, then the gap between the last good rate and the first bad one is halved twice (once in a quick run).
     */
    private void arrivals() throws Exception {
        int seconds = quick ? 10 : 20;
        double bestRate = 0;
        double failedRate = Double.NaN;
        try (ServerProcess app = startApp("arrivals")) {
            gatling(JourneySimulation.class, app, Map.of("bench.users", "4", "bench.seconds", String.valueOf(seconds)),
                    "warm-up");
            double rate = 2;
            while (Double.isNaN(failedRate) && rate <= 64) {
                if (arrivalsHold(app, rate, seconds)) {
                    bestRate = rate;
                    rate *= 2;
                } else {
                    failedRate = rate;
                }
            }
            for (int halving = 0; halving < (quick ? 1 : 2) && !Double.isNaN(failedRate)
                    && failedRate - bestRate > 1; halving++) {
                double between = Math.floor((bestRate + failedRate) / 2);
                if (arrivalsHold(app, between, seconds)) {
                    bestRate = between;
                } else {
                    failedRate = between;
                }
            }
        }
        String measured = String.format(Locale.ROOT, "%.0f per second", bestRate)
                + (Double.isNaN(failedRate) ? "" : String.format(Locale.ROOT, " (%.0f per second was too many)",
                failedRate));
        report.single("new merchants per second one core serves (open model, arrivals ramping up; each does the "
                + "whole assessment and the PDF) with request p95 ≤ 300 ms and 0 errors", measured);
        report.target("new merchants per second one core serves with request p95 ≤ 300 ms and 0 errors ≥ 20",
                measured, bestRate >= 20);
    }

    private boolean arrivalsHold(ServerProcess app, double rate, int seconds) throws Exception {
        long cpuBefore = app.cpuMillis();
        GatlingRun.Counts counts = gatling(ArrivalsSimulation.class, app, Map.of("bench.rate", String.valueOf(rate),
                "bench.seconds", String.valueOf(seconds)), rate + " new merchants a second");
        long visits = LoadRecorder.finishedTokens().size();
        double cpuPerVisit = visits == 0 ? Double.NaN : (app.cpuMillis() - cpuBefore) / (double) visits;
        boolean holds = counts.ko() == 0 && counts.p95Millis() >= 0 && counts.p95Millis() <= 300 && app.alive();
        report.note(String.format(Locale.ROOT, "Open model, %.0f new merchants a second for %d s: %d requests, %d "
                        + "failed, request p95 %d ms, server CPU %.0f ms per finished visit (%d): %s.", rate, seconds,
                counts.total(), counts.ko(), counts.p95Millis(), cpuPerVisit, visits, holds ? "held" : "too many"));
        return holds;
    }

    // ---- how many result-page sessions 512 MB holds ------------------------------------------------------------------

    private void maximumSessions() throws Exception {
        int step = quick ? 500 : 1000;
        int cap = quick ? 1000 : 6000;
        try (ServerProcess app = startApp("sessions")) {
            gatling(JourneySimulation.class, app, Map.of("bench.users", "1"), "one finished assessment");
            String token = LoadRecorder.finishedTokens().iterator().next();
            long maxHeap = 512L * 1024;
            long previousHeap = app.heapAfterFullGcKilobytes();
            int held = 0;
            String stop = "stopped at the cap of " + cap;
            while (held < cap) {
                GatlingRun.Counts counts;
                try {
                    counts = gatling(ResultSessionsSimulation.class, app, Map.of("bench.users", String.valueOf(step),
                            "bench.token", token), (held + step) + " result sessions");
                } catch (IllegalStateException e) {
                    stop = "the round to " + (held + step) + " failed: " + e.getMessage();
                    break;
                }
                if (counts.ko() > 0 || !app.alive()) {
                    stop = "the round to " + (held + step) + " had " + counts.ko() + " failed requests";
                    break;
                }
                long heap = app.heapAfterFullGcKilobytes();
                held += step;
                report.note(String.format(Locale.ROOT, "%d result sessions: %.0f MB live heap after full GC.", held,
                        heap / 1024.0));
                long nextRound = heap + (heap - previousHeap);
                previousHeap = heap;
                if (nextRound > 0.85 * maxHeap) {
                    // A round that fills the heap fails slowly (GC thrash, timeouts) and adds minutes to the run.
                    stop = String.format(Locale.ROOT, "another %d would need about %.0f MB of live heap, over 85 %% "
                            + "of -Xmx512m", step, nextRound / 1024.0);
                    break;
                }
            }
            report.single("concurrent sessions on the result page that -Xmx512m holds without an error",
                    held + " (" + stop + ")");
            report.target("concurrent result-page sessions in -Xmx512m ≥ 5,000", String.valueOf(held), held >= 5000);
        }
    }

    // ---- JMH -----------------------------------------------------------------------------------------------------

    private void microBenchmarks() throws Exception {
        List<JmhRun.Result> single = JmhRun.run("org.readiness.bench.micro", "thrpt,sample", 1,
                WORK.resolve("jmh-1.json"), quick);
        List<JmhRun.Result> two = JmhRun.run("ScoreCardBenchmark", "thrpt", 2, WORK.resolve("jmh-2.json"), quick);
        double pdfMedian = Double.NaN;
        double pdfOneThread = Double.NaN;
        double pdfTwoThreads = Double.NaN;
        for (JmhRun.Result result : single) {
            if (result.mode().equals("sample")) {
                report.single("JMH " + result.benchmark() + ", median (sample mode, 1 thread)",
                        String.format(Locale.ROOT, "%.3f %s", result.median(), result.unit()));
                if (result.benchmark().contains("pdf")) {
                    pdfMedian = result.median();
                }
            } else {
                report.single("JMH " + result.benchmark() + ", 1 thread", perSecond(result));
                if (result.benchmark().contains("pdf")) {
                    pdfOneThread = result.score();
                }
            }
        }
        for (JmhRun.Result result : two) {
            report.single("JMH " + result.benchmark() + ", 2 threads", perSecond(result));
            pdfTwoThreads = result.score();
        }
        report.target("score card PDF, warm median, 1 thread ≤ 10 ms", String.format(Locale.ROOT, "%.1f ms",
                pdfMedian), pdfMedian <= 10);
        double scaling = pdfTwoThreads / pdfOneThread;
        report.target("PDF throughput, 2 threads against 1 ≥ 1.8 × (2 cores)", String.format(Locale.ROOT, "%.2f ×",
                scaling), scaling >= 1.8);
    }

    private static String perSecond(JmhRun.Result throughput) {
        return String.format(Locale.ROOT, "%,.1f per second", throughput.score() * 1000);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private ServerProcess startApp(String purpose) throws Exception {
        return startApp(purpose, Files.createTempDirectory("readiness-bench-" + purpose));
    }

    private ServerProcess startApp(String purpose, Path data) throws Exception {
        return ServerProcess.start("app-" + purpose, appJar, WORK.resolve("logs"), appArguments(data));
    }

    /** The app's arguments, and any from {@code -Dbench.app-arguments="--a=b --c=d"} for trying a setting out. */
    private static List<String> appArguments(Path data) {
        List<String> arguments = new ArrayList<>(List.of("--readiness.data.dir=" + data.toAbsolutePath(),
                "--readiness.admin.password=" + ADMIN_PASSWORD));
        String extra = System.getProperty("bench.app-arguments", "").strip();
        if (!extra.isEmpty()) {
            arguments.addAll(List.of(extra.split("\\s+")));
        }
        return arguments;
    }

    private ServerProcess startTwin(String purpose) throws Exception {
        return ServerProcess.start("twin-" + purpose, twinJar, WORK.resolve("logs"), List.of());
    }

    private static GatlingRun.Counts gatling(Class<?> simulation, ServerProcess server, Map<String, String> properties,
                                             String description) throws Exception {
        System.out.println("==== Gatling: " + simulation.getSimpleName() + ", " + description);
        return GatlingRun.run(simulation, server.url(), properties, WORK.resolve("gatling"));
    }

    /** A complete set of answers to the bundled questionnaire, for the first-PDF request. */
    private static final String SAMPLE_ANSWERS = """
            {"answers": {"company-size": "251-1000", "business-model": "both", "digital-team-size": "16-50",
              "main-goal": "Open a B2B portal for our 400 resellers before spring.",
              "experience-owner": "yes", "touchpoints-owned": ["product-assortment", "promotions", "order-updates"],
              "customer-needs": 4, "sales-manager-involved": "occasionally", "customer-service-involved": "no",
              "platforms": ["oms", "erp"], "it-from-day-one": "later", "technology-owner": "yes",
              "erp-technicians": "partner", "back-office-readiness": "being-prepared", "integration-plan": "no",
              "executive-sponsor": "yes", "c-suite-backing": "several", "checkpoint-meetings": "ad-hoc",
              "budget-approved": "approved", "leadership-priority": 4}}""";
}
