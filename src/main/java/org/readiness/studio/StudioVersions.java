package org.readiness.studio;

import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.file.QuestionnaireCatalog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every version of every questionnaire the studio knows: the files (read-only sources), the published versions
 * (with who and when), and older definitions stored with assessments. One entry per content.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR')")
public class StudioVersions {

    private final QuestionnaireCatalog catalog;
    private final StudioRepository repository;

    StudioVersions(QuestionnaireCatalog catalog, StudioRepository repository) {
        this.catalog = catalog;
        this.repository = repository;
    }

    /** By questionnaire id, then newest version first. */
    public List<QuestionnaireVersion> all() {
        Map<String, QuestionnaireVersion> byHash = new LinkedHashMap<>();
        for (PublishedVersion published : repository.versions()) {
            byHash.putIfAbsent(published.contentHash(), new QuestionnaireVersion(QuestionnaireVersion.Kind.PUBLISHED,
                    published.questionnaireId(), published.version(), published.contentHash(), published.content(),
                    published.publishedBy(), published.publishedAt()));
        }
        for (Questionnaire file : catalog.files()) {
            byHash.putIfAbsent(file.contentHash(), new QuestionnaireVersion(QuestionnaireVersion.Kind.FILE, file.id(),
                    file.version(), file.contentHash(), text(catalog.contentOf(file.contentHash()).orElseThrow()),
                    null, null));
        }
        for (StudioRepository.StoredDefinition stored : repository.storedDefinitions()) {
            if (!byHash.containsKey(stored.contentHash())) {
                repository.storedDefinition(stored.contentHash()).ifPresent(content -> byHash.put(stored.contentHash(),
                        new QuestionnaireVersion(QuestionnaireVersion.Kind.STORED, stored.questionnaireId(),
                                stored.version(), stored.contentHash(), content, null, stored.storedAt())));
            }
        }
        List<QuestionnaireVersion> all = new ArrayList<>(byHash.values());
        all.sort(Comparator.comparing(QuestionnaireVersion::questionnaireId)
                .thenComparing((a, b) -> org.readiness.questionnaire.file.VersionNumber.compare(b.version(), a.version())));
        return all;
    }

    public List<QuestionnaireVersion> of(String questionnaireId) {
        return all().stream().filter(version -> version.questionnaireId().equals(questionnaireId)).toList();
    }

    public Optional<QuestionnaireVersion> find(String ref) {
        return all().stream().filter(version -> version.ref().equals(ref)).findFirst();
    }

    /** The version new assessments of the questionnaire use now, if it is served. */
    public Optional<Questionnaire> served(String questionnaireId) {
        return catalog.find(questionnaireId);
    }

    /** The questionnaires served now: the files' and the published ones, each at its current version. */
    public List<Questionnaire> servedAll() {
        return catalog.all();
    }

    public boolean isFile(String contentHash) {
        return catalog.files().stream().anyMatch(file -> file.contentHash().equals(contentHash));
    }

    static String text(byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }
}
