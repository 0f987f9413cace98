package org.readiness.studio;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One version of a questionnaire the studio can show, copy and compare: a file in {@code questionnaires/} (read-only
 * there), a version published from the studio, or an older definition an assessment was answered under.
 */
public record QuestionnaireVersion(Kind kind, String questionnaireId, String version, String contentHash,
                                   String content, @Nullable String by, @Nullable Instant at) {

    public enum Kind { FILE, PUBLISHED, STORED }

    /** Identifies the version among all others (content hashes are unique to their content). */
    public String ref() {
        return contentHash;
    }
}
