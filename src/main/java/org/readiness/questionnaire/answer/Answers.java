package org.readiness.questionnaire.answer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The answers given so far, by question id. Immutable: {@link #with} returns a new set. */
public final class Answers {

    private static final Answers NONE = new Answers(Map.of());

    private final Map<String, Answer> byQuestion;

    private Answers(Map<String, Answer> byQuestion) {
        this.byQuestion = byQuestion;
    }

    public static Answers none() {
        return NONE;
    }

    public static Answers of(Map<String, Answer> byQuestion) {
        return new Answers(Collections.unmodifiableMap(new LinkedHashMap<>(byQuestion)));
    }

    public Optional<Answer> get(String questionId) {
        return Optional.ofNullable(byQuestion.get(questionId));
    }

    public boolean has(String questionId) {
        return byQuestion.containsKey(questionId);
    }

    public Answers with(String questionId, Answer answer) {
        Map<String, Answer> copy = new LinkedHashMap<>(byQuestion);
        copy.put(questionId, answer);
        return new Answers(Collections.unmodifiableMap(copy));
    }

    public Answers without(String questionId) {
        if (!byQuestion.containsKey(questionId)) {
            return this;
        }
        Map<String, Answer> copy = new LinkedHashMap<>(byQuestion);
        copy.remove(questionId);
        return new Answers(Collections.unmodifiableMap(copy));
    }

    public Map<String, Answer> asMap() {
        return byQuestion;
    }

    public int size() {
        return byQuestion.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers answers && answers.byQuestion.equals(byQuestion);
    }

    @Override
    public int hashCode() {
        return byQuestion.hashCode();
    }

    @Override
    public String toString() {
        return byQuestion.toString();
    }
}
