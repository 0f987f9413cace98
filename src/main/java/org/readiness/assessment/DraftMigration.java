package org.readiness.assessment;

import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Question;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.answer.AnswerCheck;
import org.readiness.questionnaire.answer.AnswerJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Moves a draft to the catalog's current version of its questionnaire when the user comes back to it, keeping the
 * answers that still fit. Finished assessments keep the version they were answered under.
 */
@Component
class DraftMigration {

    private static final Logger log = LoggerFactory.getLogger(DraftMigration.class);

    private final AssessmentRepository repository;
    private final DefinitionStore definitions;
    private final AssessmentLoader loader;
    private final Clock clock;

    DraftMigration(AssessmentRepository repository, DefinitionStore definitions, AssessmentLoader loader,
                   Clock clock) {
        this.repository = repository;
        this.definitions = definitions;
        this.loader = loader;
        this.clock = clock;
    }

    /** What changed, or null when the draft is up to date (or finished). */
    @Nullable QuestionnaireUpdate migrateIfOutdated(AssessmentRecord record) {
        if (record.state() != AssessmentState.DRAFT) {
            return null;
        }
        Optional<Questionnaire> current = definitions.current(record.questionnaireId());
        if (current.isEmpty() || current.get().contentHash().equals(record.contentHash())) {
            return null;
        }
        Questionnaire from = loader.definitionOf(record);
        Questionnaire to = definitions.store(current.get());
        List<String> dropped = new ArrayList<>();
        for (AnswerRecord stored : repository.answers(record.id())) {
            if (!fits(to.question(stored.questionId()).orElse(null), stored.answerJson())) {
                dropped.add(stored.questionId());
            }
        }
        repository.deleteAnswers(record.id(), dropped);
        repository.updateDefinition(record.id(), to.contentHash(), clock.instant());
        log.info("Assessment {} moved from version {} to {} of {}; {} answer(s) dropped", record.id(),
                from.version(), to.version(), to.id(), dropped.size());
        return new QuestionnaireUpdate(from.version(), to.version(), dropped);
    }

    private boolean fits(@Nullable Question question, String answerJson) {
        if (question == null) {
            return false;
        }
        AnswerJson.Parsed parsed = loader.parse(question, answerJson);
        return parsed.problem() == null && AnswerCheck.check(question, parsed.answer()).isEmpty();
    }
}
