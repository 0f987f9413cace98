package org.readiness;

import org.assertj.core.api.SoftAssertions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans and counts the checks of a sweep, for its summary. Failures are AssertJ's soft assertions: a check that
 * fails does not stop the others, and each run reports them all at its end.
 */
final class SweepTally {

    private final Set<String> strings = new LinkedHashSet<>();
    private final Set<String> fields = new LinkedHashSet<>();
    private final Set<String> outputs = new LinkedHashSet<>();
    private final Set<String> fieldOutputs = new LinkedHashSet<>();
    private int checks;
    private int failures;

    /** An assertion that may throw anything: a failed assertion, or an output that cannot be read at all. */
    interface Check {
        void run() throws Exception;
    }

    /** The checks of one string; {@code planned} names each check as "field output", as {@link Run#check} does. */
    synchronized Run run(String string, List<String> planned) {
        strings.add(string);
        return new Run(string, planned);
    }

    synchronized int checks() {
        return checks;
    }

    synchronized int failures() {
        return failures;
    }

    /** E.g. "Sweep: 9 strings x 4 fields x 4 outputs (PAGE, PDF, JSON, CSV; 12 where the field appears) = ...". */
    synchronized String summary(String what) {
        return String.format("%s: %d strings x %d fields x %d outputs (%s; %d where the field appears) = %d checks,"
                + " %d failures", what, strings.size(), fields.size(), outputs.size(), String.join(", ", outputs),
                fieldOutputs.size(), checks, failures);
    }

    static void write(Path file, String... lines) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join(System.lineSeparator(), lines) + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void count(String field, String output, boolean passed) {
        fields.add(field);
        outputs.add(output);
        fieldOutputs.add(field + " " + output);
        checks++;
        if (!passed) {
            failures++;
        }
    }

    /** The checks of one string. */
    final class Run {

        private final String string;
        private final Set<String> open;
        private final SoftAssertions softly = new SoftAssertions();

        private Run(String string, List<String> planned) {
            this.string = string;
            this.open = new LinkedHashSet<>(planned);
        }

        void check(Object field, Object output, Check check) {
            String name = field + " " + output;
            if (!open.remove(name)) {
                throw new IllegalStateException("not planned, or checked twice: " + name);
            }
            boolean passed = true;
            try {
                check.run();
            } catch (Exception | AssertionError e) {
                passed = false;
                softly.fail("\"" + string + "\" " + name + ": " + e.getMessage(), e);
            }
            count(field.toString(), output.toString(), passed);
        }

        /** The way through the pages broke: every check not made yet fails with the reason. */
        void abort(Throwable reason) {
            for (String name : List.copyOf(open)) {
                String[] fieldAndOutput = name.split(" ", 2);
                check(fieldAndOutput[0], fieldAndOutput[1], () -> {
                    throw new AssertionError("not reached: " + reason, reason);
                });
            }
        }

        /** Fails with every failed check of this string, if any failed, and with any check planned but not made. */
        void finish() {
            if (!open.isEmpty()) {
                throw new IllegalStateException("planned but not checked: " + open);
            }
            softly.assertAll();
        }
    }
}
