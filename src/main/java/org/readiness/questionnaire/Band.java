package org.readiness.questionnaire;

/** A named range of scores, both ends included, such as "ready" from 70 to 100. */
public record Band(String id, int min, int max, LocalizedText label, LocalizedText summary) {

    public boolean contains(int score) {
        return score >= min && score <= max;
    }
}
