package org.readiness.studio;

import java.time.Instant;

/**
 * A questionnaire being written: its file as last saved ({@code content}, exactly as exported), when each language
 * of each text last changed, and the revision a save must be based on. Drafts are never served to anyone answering.
 */
public record Draft(long id, String questionnaireId, String source, String content, TextDates textDates,
                    int revision, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {
}
