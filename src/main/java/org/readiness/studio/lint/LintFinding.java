package org.readiness.studio.lint;

import java.util.List;

/**
 * Something the linter would have the author look at, though the file is valid: the rule that found it (which names
 * its sentence, {@code studio.lint.<rule>} in the translations), where (a JSON pointer), and the sentence's words.
 */
public record LintFinding(String rule, String pointer, List<String> arguments) {

    public LintFinding {
        arguments = List.copyOf(arguments);
    }
}
