package org.readiness.studio;

import org.readiness.assessment.OpenAssessment;

import java.util.List;

/**
 * The stored assessments an author may look at in the studio: their own clients' (an administrator's: every one).
 * Who owns what is the consultants' business, so they provide it; the studio only asks.
 */
public interface AssessmentsInReach {

    /** The finished assessments of a questionnaire, under whichever version they were answered. */
    List<Reached> finished(String questionnaireId);

    /** Every assessment (finished or not) whose answers the author may load into the preview. */
    List<Reached> all();

    /** An assessment with the words that tell it apart (the client's name, the date). */
    record Reached(OpenAssessment assessment, String label) {
    }
}
