package org.readiness.studio.lint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A translation older than its source text: the text in the file's first language changed after the text in
 * another language was last written (the English changed after the Swedish was written).
 */
final class StaleTranslation implements LintRule {

    @Override
    public String name() {
        return "stale-translation";
    }

    @Override
    public List<LintFinding> check(LintInput input, Reach reach) {
        List<String> languages = input.questionnaire().languages();
        String source = languages.get(0);
        List<LintFinding> findings = new ArrayList<>();
        TextKeys.of(input.document()).forEach((key, text) -> {
            Optional<Instant> sourceChanged = input.ages().of(key, source);
            for (String language : languages.subList(1, languages.size())) {
                Optional<Instant> written = input.ages().of(key, language);
                if (sourceChanged.isPresent() && written.isPresent() && written.get().isBefore(sourceChanged.get())) {
                    findings.add(new LintFinding(name(), text.pointer() + "/" + language, List.of(key, language, source)));
                }
            }
        });
        return findings;
    }
}
