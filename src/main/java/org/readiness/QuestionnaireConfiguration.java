package org.readiness;

import org.readiness.base.ReadinessProperties;
import org.readiness.questionnaire.file.FileProblem;
import org.readiness.questionnaire.file.PublishedSource;
import org.readiness.questionnaire.file.QuestionnaireCatalog;
import org.readiness.questionnaire.file.SourceFile;
import org.readiness.studio.PublishedVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Loads the questionnaires from the folder set by {@code readiness.questionnaires.dir}, or, when that folder does
 * not exist, from the copies packaged in the jar, so {@code java -jar} works from any folder. They are read and
 * checked against their schema on a thread of their own once the server's port is open; a request that needs them
 * before then waits, and {@code /health/ready} says "not ready" until they are there.
 */
@Configuration(proxyBeanMethods = false)
class QuestionnaireConfiguration {

    private static final Logger log = LoggerFactory.getLogger(QuestionnaireConfiguration.class);

    @Bean
    QuestionnaireCatalog questionnaireCatalog(ReadinessProperties properties, ObjectProvider<PublishedVersions> published) {
        Path folder = properties.questionnaires().dir();
        QuestionnaireCatalog catalog = QuestionnaireCatalog.readLater(() -> files(folder));
        // The studio's published versions, from the database every instance shares.
        catalog.publishedFrom(new PublishedSource() {
            @Override
            public String marker() {
                return published.getObject().marker();
            }

            @Override
            public Collection<SourceFile> newest() {
                return published.getObject().newest();
            }
        });
        catalog.whenLoaded(() -> report(catalog, folder),
                failure -> log.error("The questionnaires could not be read from {}", folder.toAbsolutePath(), failure));
        return catalog;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startReading(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(QuestionnaireCatalog.class).startReading();
    }

    private static List<SourceFile> files(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            log.info("Loading questionnaires from {}", folder.toAbsolutePath());
            return QuestionnaireCatalog.filesIn(folder);
        }
        log.info("No folder {}: loading the questionnaires packaged with the app", folder.toAbsolutePath());
        return packagedFiles();
    }

    private static void report(QuestionnaireCatalog catalog, Path folder) {
        catalog.all().forEach(questionnaire -> log.info("Serving questionnaire {} {}",
                questionnaire.id(), questionnaire.version()));
        for (FileProblem problem : catalog.problems()) {
            log.warn("Refused questionnaire file: {}", problem);
        }
        if (catalog.all().isEmpty()) {
            log.error("No questionnaire could be loaded; the wizard has nothing to ask. Check {}", folder.toAbsolutePath());
        }
    }

    private static List<SourceFile> packagedFiles() throws IOException {
        List<SourceFile> files = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:questionnaires/*.json")) {
            try (InputStream in = resource.getInputStream()) {
                files.add(new SourceFile("classpath:questionnaires/" + resource.getFilename(), in.readAllBytes()));
            }
        }
        return files;
    }
}
