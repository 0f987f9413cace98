package org.readiness.api;

import org.readiness.studio.Draft;
import org.readiness.studio.DraftService;
import org.readiness.studio.QuestionnaireVersion;
import org.readiness.studio.StudioVersions;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The studio's drafts and versions for an author's own tools: the list, and each file exactly as {@code --validate}
 * reads it. Administrators and authors only (403 for anyone else, see SecurityConfiguration).
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
