package org.readiness.studio;

import org.readiness.questionnaire.file.SourceFile;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The newest published version of each questionnaire, for the catalog, which asks at every look-up. */
@Component
public class PublishedVersions {

    private final StudioRepository repository;

    PublishedVersions(StudioRepository repository) {
        this.repository = repository;
    }

    public List<SourceFile> newest() {
        return repository.newestVersions().stream()
                .map(version -> new SourceFile("published:" + version.questionnaireId() + " " + version.version(),
                        version.content().getBytes(StandardCharsets.UTF_8)))
                .toList();
    }
}
