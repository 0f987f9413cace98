package org.readiness.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.Answer;
import org.readiness.questionnaire.answer.AnswerJson;
import org.readiness.questionnaire.answer.Answers;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns stored rows into an {@link OpenAssessment} under the definition it was answered with, and answers into JSON. */
@Component
class AssessmentLoader {

    private final AssessmentRepository repository;
    private final DefinitionStore definitions;
    private final ObjectMapper json;

    AssessmentLoader(AssessmentRepository repository, DefinitionStore definitions, ObjectMapper json) {
        this.repository = repository;
        this.definitions = definitions;
        this.json = json;
    }

    OpenAssessment load(AssessmentRecord record, @Nullable QuestionnaireUpdate update) {
        return load(record, repository.answers(record.id()), repository.notes(record.id()), update);
    }

    /** An assessment whose answers were read already (with others, in one query); its notes are left out. */
    OpenAssessment loadWithoutNotes(AssessmentRecord record, List<AnswerRecord> stored) {
        return load(record, stored, Map.of(), null);
    }

    private OpenAssessment load(AssessmentRecord record, List<AnswerRecord> storedAnswers, Map<String, String> notes,
                                @Nullable QuestionnaireUpdate update) {
        Questionnaire questionnaire = definitionOf(record);
        Map<String, Answer> answers = new LinkedHashMap<>();
        Map<String, Integer> revisions = new LinkedHashMap<>();
        for (AnswerRecord stored : storedAnswers) {
            questionnaire.question(stored.questionId()).ifPresent(question -> {
                answers.put(stored.questionId(), read(question, stored.answerJson()));
                revisions.put(stored.questionId(), stored.revision());
            });
        }
        return new OpenAssessment(record.id(), questionnaire, record.language(), record.state(),
                record.currentStep(), record.organisation(), Answers.of(answers), revisions, record.createdAt(),
                record.updatedAt(), record.finishedAt(), update, record.clientId(), notes, record.scope());
    }

    Questionnaire definitionOf(AssessmentRecord record) {
        return definitions.find(record.contentHash()).orElseThrow(() ->
                new IllegalStateException("assessment " + record.id() + " lacks its stored definition"));
    }

    String write(Answer answer) {
        return AnswerJson.write(answer).toString();
    }

    /** Reads an answer stored under the same definition; it was checked when saved, so it always reads. */
    Answer read(Question question, String answerJson) {
        AnswerJson.Parsed parsed = parse(question, answerJson);
        if (parsed.problem() != null) {
            throw new IllegalStateException("a stored answer does not fit its question: " + parsed.problem().message());
        }
        return parsed.answer();
    }

    /** Reads an answer against any question, which it may no longer fit. */
    AnswerJson.Parsed parse(Question question, String answerJson) {
        return AnswerJson.read(question, tree(answerJson));
    }

    private JsonNode tree(String answerJson) {
        try {
            return json.readTree(answerJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored answer is not JSON", e);
        }
    }
}
