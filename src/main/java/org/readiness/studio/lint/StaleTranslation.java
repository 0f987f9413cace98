package org.readiness.studio.lint;

import java.time.Instant;
import java.util.Optional;

/**
 * A translation older than its source text: the text in the file's first language changed after the text in
 * another language was last written (the English changed after the Swedish was written).
 */
final class StaleTranslation extends TranslationRule {

    @Override
    public String name() {
        return "stale-translation";
    }

    @Override
    boolean flags(LintInput input, String key, TextKeys.Text text, String source, String language) {
        Optional<Instant> sourceChanged = input.ages().of(key, source);
        Optional<Instant> written = input.ages().of(key, language);
        return sourceChanged.isPresent() && written.isPresent() && written.get().isBefore(sourceChanged.get());
    }
}
