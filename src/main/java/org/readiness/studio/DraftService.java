package org.readiness.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.readiness.questionnaire.file.QuestionnaireReader;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Drafts of questionnaires: made from a copy of any version or empty, or imported from a file; saved as they are
 * written, each save based on the revision its writer last saw, so that two authors never overwrite each other.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR')")
public class DraftService {

    /** The most a draft's file may hold, as for a questionnaire file. */
    public static final int MAX_BYTES = QuestionnaireReader.MAX_FILE_BYTES;
    private static final String EMPTY = "/studio/empty-questionnaire.json";

    private final StudioRepository repository;
    private final Clock clock;

    DraftService(StudioRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public List<Draft> drafts() {
        return repository.drafts();
    }

    public Optional<Draft> find(long id) {
        return repository.draft(id);
    }

    /**
     * A draft that starts as a copy of a version. With the same id, publishing it makes the next version of that
     * questionnaire; with another id, a new questionnaire.
     */
    @Transactional
    public Draft copy(QuestionnaireVersion source, String questionnaireId) {
        String content = source.content();
        if (!questionnaireId.equals(source.questionnaireId())) {
            content = DraftJson.parse(content).map(tree -> DraftJson.write(tree.put("id", questionnaireId)))
                    .orElse(content);
        }
        return create(questionnaireId, source.questionnaireId() + " " + source.version(), content);
    }

    /** A small questionnaire that passes every check, to write over. */
    @Transactional
    public Draft empty(String questionnaireId) {
        ObjectNode tree = DraftJson.parse(resource(EMPTY)).orElseThrow();
        tree.put("id", questionnaireId);
        return create(questionnaireId, "", DraftJson.write(tree));
    }

    /** A draft holding an imported file as it is, problems and all: the editor shows them. */
    @Transactional
    public Draft importFile(String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("larger than " + MAX_BYTES + " bytes");
        }
        String text = new String(content, StandardCharsets.UTF_8);
        return create(DraftJson.idOf(text, "imported"), fileName, text);
    }

    private Draft create(String questionnaireId, String source, String content) {
        JsonNode tree = DraftJson.parse(content).orElse(null);
        TextDates dates = tree == null ? TextDates.none() : TextDates.allAt(tree, clock.instant());
        long id = repository.insertDraft(questionnaireId, source, content, dates.toJson(), StudioUser.name(),
                clock.instant());
        return repository.draft(id).orElseThrow();
    }

    /**
     * Saves the draft's new text, when nobody saved it since {@code baseRevision}; otherwise nothing is written and
     * the result says what the other save changed against {@code baseContent}, the text this save was based on.
     */
    @Transactional
    public SaveResult save(long id, int baseRevision, String baseContent, String content, TextDates dates) {
        if (content.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return new SaveResult.TooLarge(MAX_BYTES);
        }
        String questionnaireId = DraftJson.idOf(content, repository.draft(id).map(Draft::questionnaireId).orElse("draft"));
        if (repository.updateDraft(id, baseRevision, questionnaireId, content, dates.toJson(), StudioUser.name(),
                clock.instant())) {
            return new SaveResult.Saved(repository.draft(id).orElseThrow());
        }
        return repository.draft(id).<SaveResult>map(current -> new SaveResult.Stale(current,
                        JsonDiff.between(tree(baseContent), tree(current.content()))))
                .orElse(new SaveResult.Gone());
    }

    /**
     * Saves what a page had not sent when it was left ({@link UnsentChanges}): on the revision that page saw, or on a
     * later one saved by the same author (the page's own last change, on its way as the tab closed). A draft saved
     * since by someone else keeps theirs: the result is stale and nothing is written.
     */
    @Transactional
    public SaveResult saveUnsent(long id, UnsentChanges unsent) {
        Optional<Draft> found = repository.draft(id);
        if (found.isEmpty()) {
            return new SaveResult.Gone();
        }
        Draft draft = found.get();
        if (draft.revision() != unsent.revision() && !draft.updatedBy().equals(StudioUser.name())) {
            return new SaveResult.Stale(draft, List.of());
        }
        String content = unsent.applyTo(draft.content());
        if (content.equals(draft.content())) {
            return new SaveResult.Saved(draft);
        }
        TextDates dates = draft.textDates().changed(DraftJson.parse(draft.content()).orElse(null),
                DraftJson.parse(content).orElse(null), clock.instant());
        return save(id, draft.revision(), draft.content(), content, dates);
    }

    @Transactional
    public boolean delete(long id) {
        return repository.deleteDraft(id);
    }

    private static JsonNode tree(String content) {
        return DraftJson.parse(content).map(JsonNode.class::cast)
                .orElseGet(() -> DraftJson.mapper().getNodeFactory().textNode(content));
    }

    private static String resource(String path) {
        try (InputStream in = DraftService.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
