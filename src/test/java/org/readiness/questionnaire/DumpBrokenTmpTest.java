package org.readiness.questionnaire;
import org.junit.jupiter.api.Test;
import org.readiness.questionnaire.file.QuestionnaireCatalog;
import java.nio.file.Path;
class DumpBrokenTmpTest {
    @Test void dump() throws Exception {
        var catalog = QuestionnaireCatalog.of(QuestionnaireCatalog.filesIn(Path.of("src/test/resources/questionnaires/broken")));
        catalog.problems().forEach(p -> System.out.println("DUMP " + p));
    }
}
