package org.readiness.studio.lint;

import java.util.List;

/** One check of the linter: what a valid file may still get wrong. */
public interface LintRule {

    /** The rule's name, which also names its sentence ({@code studio.lint.<name>}). */
    String name();

    List<LintFinding> check(LintInput input, Reach reach);
}
