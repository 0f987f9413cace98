package org.readiness.assessment;

import java.time.Instant;

/** One stored answer, as JSON, with the revision that detects a second tab answering the same question. */
record AnswerRecord(String questionId, String answerJson, int revision, Instant answeredAt) {
}
