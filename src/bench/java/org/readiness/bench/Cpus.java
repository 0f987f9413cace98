package org.readiness.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Pinning with taskset: the server on core 0, the load driver on core 1, where the machine has both. */
final class Cpus {

    /** Read once, before this JVM pins itself; -XX:ActiveProcessorCount would hide the real number. */
    private static final int CORES = coresAvailable();

    private Cpus() {
    }

    static boolean canPin() {
        return CORES >= 2 && Files.isExecutable(Path.of("/usr/bin/taskset"));
    }

    private static int coresAvailable() {
        try {
            Process nproc = new ProcessBuilder("nproc").start();
            return Integer.parseInt(new String(nproc.getInputStream().readAllBytes()).trim());
        } catch (Exception | Error e) {
            return 1;
        }
    }

    /** The command prefix that runs a program on the given cores, or nothing where pinning is not possible. */
    static List<String> pinnedTo(String cores) {
        return canPin() ? List.of("/usr/bin/taskset", "-c", cores) : List.of();
    }

    static List<String> pinnedTo(int core) {
        return pinnedTo(String.valueOf(core));
    }

    /** Moves every thread of this JVM to the given core. */
    static void pinThisProcess(int core) throws Exception {
        if (canPin()) {
            new ProcessBuilder("/usr/bin/taskset", "-a", "-p", "-c", String.valueOf(core),
                    String.valueOf(ProcessHandle.current().pid())).redirectErrorStream(true).start().waitFor();
        }
    }

    static String describe() {
        return canPin() ? "server pinned to core 0, load driver to core 1 (taskset)" : "not pinned (taskset missing or one core)";
    }
}
