package org.readiness.studio;

import java.time.Instant;

/** A version published from the studio: what new assessments of the questionnaire use, with who and when. */
public record PublishedVersion(long id, String questionnaireId, String version, String contentHash, String content,
                               ChangeKind changeKind, String publishedBy, Instant publishedAt) {

    /** What a version changed against the one before it, which decides the number it is offered. */
    public enum ChangeKind {
        /** The first version of the questionnaire. */
        FIRST,
        /** Wording only: the scores, rules and recommendations of every answer stay the same. */
        TEXTS,
        /** Anything else: questions, options, points, conditions, bands, structure, owners or actions. */
        SCORING
    }
}
