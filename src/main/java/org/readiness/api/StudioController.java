package org.readiness.api;

import org.readiness.studio.Draft;
import org.readiness.studio.DraftService;
import org.readiness.studio.QuestionnaireVersion;
import org.readiness.studio.SaveResult;
import org.readiness.studio.UnsentChanges;
import org.readiness.studio.StudioVersions;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The studio's drafts and versions for an author's own tools: the list, and each file exactly as {@code --validate}
 * reads it; and what a draft's page had not sent when it was left, by {@code navigator.sendBeacon} with the session
 * cookie and CSRF token. Administrators and authors only (403 for anyone else, see SecurityConfiguration).
 */
@RestController
@RequestMapping(path = "/api/studio", produces = "application/json")
class StudioController {

    private final DraftService drafts;
    private final StudioVersions versions;

    StudioController(DraftService drafts, StudioVersions versions) {
        this.drafts = drafts;
        this.versions = versions;
    }

    record DraftSummary(long id, String questionnaire, int revision, String updatedBy, Instant updatedAt) {
    }

    record VersionSummary(String questionnaire, String version, String kind, String contentHash, String publishedBy,
                          Instant publishedAt) {
    }

    @GetMapping("/drafts")
    List<DraftSummary> drafts() {
        return drafts.drafts().stream().map(draft -> new DraftSummary(draft.id(), draft.questionnaireId(),
                draft.revision(), draft.updatedBy(), draft.updatedAt())).toList();
    }

    @GetMapping("/drafts/{id}/file")
    ResponseEntity<byte[]> draftFile(@PathVariable long id) {
        return drafts.find(id).map(Draft::content).map(StudioController::file)
                .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    /** 204 when saved (or nothing was left to save), 409 when someone else saved the draft since, 404, 400. */
    @PostMapping(path = "/drafts/{id}/unsent", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> unsent(@PathVariable long id, @RequestParam int revision, @RequestParam String changes) {
        return UnsentChanges.read(revision, changes).map(unsent -> drafts.saveUnsent(id, unsent))
                .map(StudioController::answer).orElse(ResponseEntity.badRequest().build());
    }

    private static ResponseEntity<Void> answer(SaveResult result) {
        HttpStatus status = result instanceof SaveResult.Saved ? HttpStatus.NO_CONTENT
                : result instanceof SaveResult.Stale ? HttpStatus.CONFLICT
                : result instanceof SaveResult.TooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.NOT_FOUND;
        return ResponseEntity.status(status).build();
    }

    @GetMapping("/versions")
    List<VersionSummary> versions() {
        return versions.all().stream().map(version -> new VersionSummary(version.questionnaireId(), version.version(),
                version.kind().name().toLowerCase(java.util.Locale.ROOT), version.contentHash(), version.by(),
                version.at())).toList();
    }

    @GetMapping("/versions/{contentHash}/file")
    ResponseEntity<byte[]> versionFile(@PathVariable String contentHash) {
        return versions.find(contentHash).map(QuestionnaireVersion::content).map(StudioController::file)
                .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    private static ResponseEntity<byte[]> file(String content) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(content.getBytes(StandardCharsets.UTF_8));
    }
}
