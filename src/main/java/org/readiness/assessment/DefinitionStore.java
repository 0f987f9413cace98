package org.readiness.assessment;

import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.file.QuestionnaireCatalog;
import org.readiness.questionnaire.file.QuestionnaireReader;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The questionnaire definitions assessments were answered under, by content hash: the catalog's current ones,
 * and older ones read back from the database (and kept in memory, since a hash's content never changes).
 */
@Component
class DefinitionStore {

    private final QuestionnaireCatalog catalog;
    private final AssessmentRepository repository;
    private final Map<String, Questionnaire> byHash = new ConcurrentHashMap<>();
    private final QuestionnaireReader reader = new QuestionnaireReader();
    private final Clock clock;

    DefinitionStore(QuestionnaireCatalog catalog, AssessmentRepository repository, Clock clock) {
        this.catalog = catalog;
        this.repository = repository;
        this.clock = clock;
    }

    /** Makes sure the database holds the definition, so the assessment can be re-opened after the file changes. */
    Questionnaire store(Questionnaire questionnaire) {
        String content = new String(catalog.contentOf(questionnaire.contentHash()).orElseThrow(), StandardCharsets.UTF_8);
        repository.storeDefinitionIfAbsent(questionnaire.contentHash(), questionnaire.id(), questionnaire.version(),
                content, clock.instant());
        return questionnaire;
    }

    Optional<Questionnaire> find(String contentHash) {
        Questionnaire known = byHash.get(contentHash);
        if (known != null) {
            return Optional.of(known);
        }
        for (Questionnaire current : catalog.all()) {
            if (contentHash.equals(current.contentHash())) {
                byHash.put(contentHash, current);
                return Optional.of(current);
            }
        }
        return repository.definition(contentHash).map(content -> {
            QuestionnaireReader.Result result = reader.read("stored:" + contentHash,
                    content.getBytes(StandardCharsets.UTF_8));
            if (!result.isAccepted()) {
                throw new IllegalStateException("A stored questionnaire definition no longer reads: "
                        + result.problems());
            }
            byHash.put(contentHash, result.questionnaire());
            return result.questionnaire();
        });
    }

    Optional<Questionnaire> current(String questionnaireId) {
        return catalog.find(questionnaireId);
    }
}
