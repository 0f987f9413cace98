package org.readiness.studio;

import org.readiness.studio.lint.TextKeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.readiness.questionnaire.Questionnaire;
import org.readiness.questionnaire.file.QuestionnaireCatalog;
import org.readiness.questionnaire.file.QuestionnaireReader;
import org.readiness.questionnaire.file.VersionNumber;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publishing a draft: a new version of its questionnaire, checked by the same reader as {@code --validate}, which new
 * assessments use at once here and within a second on every other instance (the catalog checks the database's
 * marker at most once a second, and is told of a publication here once it is committed); assessments already
 * answered keep the definition they were answered under.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR')")
public class PublishService {

    private static final Pattern VERSION_FIELD = Pattern.compile("(\"version\"\\s*:\\s*\")([^\"]*)(\")");

    private final StudioRepository repository;
    private final StudioVersions versions;
    private final Clock clock;
    private final QuestionnaireCatalog catalog;

    PublishService(StudioRepository repository, StudioVersions versions, Clock clock, QuestionnaireCatalog catalog) {
        this.repository = repository;
        this.catalog = catalog;
        this.versions = versions;
        this.clock = clock;
    }

    /** What publishing the draft would make: the kind of change against the version served now, and a number. */
    public Proposal propose(Draft draft) {
        Optional<Questionnaire> served = versions.served(draft.questionnaireId());
        String highest = highestVersion(draft.questionnaireId());
        if (served.isEmpty() || highest == null) {
            String own = DraftJson.parse(draft.content()).map(tree -> tree.path("version").asText("1.0.0"))
                    .orElse("1.0.0");
            return new Proposal(PublishedVersion.ChangeKind.FIRST, null, own);
        }
        String servedContent = versions.find(served.get().contentHash()).map(QuestionnaireVersion::content).orElse("");
        boolean scoring = !withoutTexts(servedContent).equals(withoutTexts(draft.content()));
        return new Proposal(scoring ? PublishedVersion.ChangeKind.SCORING : PublishedVersion.ChangeKind.TEXTS,
                served.get().version(), VersionNumber.next(highest, scoring));
    }

    /** The kind of change, the version served now (null for a new questionnaire) and the number offered. */
    public record Proposal(PublishedVersion.ChangeKind kind, @Nullable String servedVersion, String version) {
    }

    @Transactional
    public PublishResult publish(long draftId, int revision, String version) {
        Draft draft = repository.draft(draftId).orElseThrow();
        if (draft.revision() != revision) {
            return new PublishResult.Stale(draft);
        }
        String content = withVersion(draft.content(), version);
        QuestionnaireReader.Result read = new QuestionnaireReader().read(draft.questionnaireId() + ".json",
                content.getBytes(StandardCharsets.UTF_8));
        if (!read.isAccepted()) {
            return new PublishResult.Invalid(read.problems());
        }
        Questionnaire questionnaire = read.questionnaire();
        String highest = highestVersion(questionnaire.id());
        if (highest != null && VersionNumber.compare(version, highest) <= 0) {
            return new PublishResult.VersionTooLow(highest);
        }
        PublishedVersion.ChangeKind kind = propose(draft).kind();
        try {
            repository.insertVersion(questionnaire.id(), version, questionnaire.contentHash(), content, kind,
                    StudioUser.name(), clock.instant());
        } catch (DuplicateKeyException publishedMeanwhile) {
            return new PublishResult.VersionTooLow(version);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                catalog.published();
            }
        });
        if (!content.equals(draft.content())) {
            JsonNode before = DraftJson.parse(draft.content()).orElse(null);
            repository.updateDraft(draftId, revision, questionnaire.id(), content,
                    draft.textDates().changed(before, DraftJson.parse(content).orElse(null), clock.instant()).toJson(),
                    StudioUser.name(), clock.instant());
        }
        PublishedVersion published = repository.newestVersions().stream()
                .filter(each -> each.questionnaireId().equals(questionnaire.id())).findFirst().orElseThrow();
        return new PublishResult.Published(published, repository.draft(draftId).orElseThrow());
    }

    /** The highest version of the questionnaire anywhere: its file, published, or stored with an assessment. */
    @Nullable String highestVersion(String questionnaireId) {
        return versions.of(questionnaireId).stream().map(QuestionnaireVersion::version)
                .max(VersionNumber::compare).orElse(null);
    }

    /** The text with its version field set, the rest of it as it was typed. */
    static String withVersion(String content, String version) {
        Matcher field = VERSION_FIELD.matcher(content);
        if (field.find()) {
            return content.substring(0, field.start(2)) + version + content.substring(field.end(2));
        }
        return DraftJson.parse(content).map(tree -> DraftJson.write(tree.put("version", version))).orElse(content);
    }

    /** The document with every text and the version left out: what decides scores and recommendations. */
    static JsonNode withoutTexts(String content) {
        ObjectNode tree = DraftJson.parse(content).orElse(DraftJson.mapper().createObjectNode());
        tree.remove("version");
        strip(tree);
        return tree;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            var names = new java.util.ArrayList<String>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (TextKeys.isText(object.get(name))) {
                    object.put(name, "text");
                } else {
                    strip(object.get(name));
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(PublishService::strip);
        }
    }
}
