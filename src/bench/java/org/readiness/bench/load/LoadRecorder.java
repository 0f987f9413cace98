package org.readiness.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the simulations tell the harness that Gatling's own statistics do not: the server's request timing per
 * request name, the resume tokens of finished assessments, and the gates where held sessions wait to be measured.
 * Gatling runs in the harness's JVM, so plain static state is shared.
 */
public final class LoadRecorder {

    private static final Map<String, List<Double>> SERVER_MILLIS = new ConcurrentHashMap<>();
    private static final Map<String, List<Double>> CLIENT_MILLIS = new ConcurrentHashMap<>();
    private static final Set<String> FINISHED = ConcurrentHashMap.newKeySet();
    private static final Map<String, AtomicInteger> ARRIVED = new ConcurrentHashMap<>();
    private static final Set<String> OPEN_GATES = ConcurrentHashMap.newKeySet();
    private static final Map<String, Sent> SENT = new ConcurrentHashMap<>();

    /** A team respondent's answers sent: when the sending click left the browser, and how many answers it held. */
    public record Sent(long atMillis, int answers) {
    }

    private LoadRecorder() {
    }

    public static void reset() {
        SERVER_MILLIS.clear();
        CLIENT_MILLIS.clear();
        FINISHED.clear();
        ARRIVED.clear();
        OPEN_GATES.clear();
        SENT.clear();
    }

    static void serverTime(String request, double millis) {
        add(SERVER_MILLIS, request, millis);
    }

    /** Records the response time Gatling measured; true, so that it can sit in a check. */
    static boolean clientTime(String request, int millis) {
        add(CLIENT_MILLIS, request, millis);
        return true;
    }

    /** The server's own time (Vaadin's request timing) of each request of that name, in milliseconds. */
    public static List<Double> serverTimes(String request) {
        return copy(SERVER_MILLIS, request);
    }

    /** The response time Gatling saw for each request of that name, in milliseconds. */
    public static List<Double> clientTimes(String request) {
        return copy(CLIENT_MILLIS, request);
    }

    private static void add(Map<String, List<Double>> times, String request, double millis) {
        List<Double> list = times.computeIfAbsent(request, name -> new ArrayList<>());
        synchronized (list) {
            list.add(millis);
        }
    }

    private static List<Double> copy(Map<String, List<Double>> times, String request) {
        List<Double> list = times.getOrDefault(request, List.of());
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    static void finished(String resumeToken) {
        FINISHED.add(resumeToken);
    }

    public static Set<String> finishedTokens() {
        return Set.copyOf(FINISHED);
    }

    static void sent(String respondent, long atMillis, int answers) {
        SENT.put(respondent, new Sent(atMillis, answers));
    }

    /** The team respondents who sent their answers, by name. */
    public static Map<String, Sent> sent() {
        return Map.copyOf(SENT);
    }

    static void arrive(String gate) {
        ARRIVED.computeIfAbsent(gate, name -> new AtomicInteger()).incrementAndGet();
    }

    public static int arrived(String gate) {
        AtomicInteger count = ARRIVED.get(gate);
        return count == null ? 0 : count.get();
    }

    static boolean isOpen(String gate) {
        return OPEN_GATES.contains(gate);
    }

    public static void open(String gate) {
        OPEN_GATES.add(gate);
    }
}
