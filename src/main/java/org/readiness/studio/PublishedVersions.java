package org.readiness.studio;

import org.readiness.questionnaire.file.PublishedSource;
import org.readiness.questionnaire.file.SourceFile;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The newest published version of each questionnaire, for the catalog: it asks the marker (how many versions there
 * are and the highest id, one indexed query) at most once a second, and the versions only when the marker changed.
 */
@Component
public class PublishedVersions implements PublishedSource {

    private final StudioRepository repository;

    PublishedVersions(StudioRepository repository) {
        this.repository = repository;
    }

    @Override
    public String marker() {
        return repository.versionMarker();
    }

    @Override
    public List<SourceFile> newest() {
        return repository.newestVersions().stream()
                .map(version -> new SourceFile("published:" + version.questionnaireId() + " " + version.version(),
                        version.content().getBytes(StandardCharsets.UTF_8)))
                .toList();
    }
}
