package org.readiness.security;

import com.sun.management.HotSpotDiagnosticMXBean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Whether a text is still reachable anywhere in this JVM (the test's server runs in it). It dumps the live heap and
 * looks for a long run of one character, as a string keeps it: one byte a character (Latin-1) or two (UTF-16, in the
 * machine's order). Unlike a heap total, nothing else the JVM does at the same time can change the answer.
 */
final class LiveHeapText {

    private LiveHeapText() {
    }

    /**
     * True when some live object still holds the run after {@code grace}: the server's thread may still be unwinding
     * the request whose answer the client has already read, with the body in one of its frames, so the test waits
     * for a dump without the run rather than trusting the first one.
     */
    static boolean keepsARunOf(char character, int length, Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        while (holdsARunOf(character, length)) {
            if (System.nanoTime() - deadline > 0) {
                return true;
            }
        }
        return false;
    }

    /** True when some live object holds at least {@code length} of {@code character} in a row. */
    static boolean holdsARunOf(char character, int length) {
        Path dump = dumpLiveHeap();
        try (InputStream in = Files.newInputStream(dump)) {
            return containsRun(in, character, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            dump.toFile().delete();
        }
    }

    /** The same search in any stream of bytes; {@code character} must be one of ASCII's, other than NUL. */
    static boolean containsRun(InputStream in, char character, int length) throws IOException {
        int wanted = character;
        int latin1Run = 0;
        int utf16Run = 0;
        byte[] buffer = new byte[1 << 16];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            for (int i = 0; i < read; i++) {
                int value = buffer[i] & 0xff;
                latin1Run = value == wanted ? latin1Run + 1 : 0;
                boolean next = utf16Run % 2 == 0 ? value == wanted : value == 0;
                utf16Run = next ? utf16Run + 1 : (value == wanted ? 1 : 0);
                if (latin1Run >= length || utf16Run >= 2 * length) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Path dumpLiveHeap() {
        try {
            Path directory = Files.createTempDirectory("live-heap");
            Path dump = directory.resolve("heap.hprof");
            directory.toFile().deleteOnExit();
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(dump.toString(), true);
            return dump;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
