package org.readiness.studio;

import org.readiness.questionnaire.file.FileProblem;

import java.util.List;

/** What became of a publish. */
public sealed interface PublishResult {

    /** Served to new assessments from now on, on every instance. */
    record Published(PublishedVersion version, Draft draft) implements PublishResult {
    }

    /** Refused: the file does not pass the checks of {@code --validate}; here is what they say. */
    record Invalid(List<FileProblem> problems) implements PublishResult {
    }

    /** Refused: the version number must be above every version of the questionnaire so far. */
    record VersionTooLow(String highest) implements PublishResult {
    }

    /** Refused: the draft was saved since this publish was asked for; nothing was published. */
    record Stale(Draft current) implements PublishResult {
    }
}
