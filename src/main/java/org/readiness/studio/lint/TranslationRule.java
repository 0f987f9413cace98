package org.readiness.studio.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule about translations: each text in each language after the file's first (the source language) is flagged or
 * not, and a finding names the text, its language and the source language.
 */
abstract class TranslationRule implements LintRule {

    /** Whether the text in {@code language} is to be looked at again. */
    abstract boolean flags(LintInput input, String key, TextKeys.Text text, String source, String language);

    @Override
    public final List<LintFinding> check(LintInput input, Reach reach) {
        List<String> languages = input.questionnaire().languages();
        String source = languages.get(0);
        List<LintFinding> findings = new ArrayList<>();
        TextKeys.of(input.document()).forEach((key, text) -> {
            for (String language : languages.subList(1, languages.size())) {
                if (flags(input, key, text, source, language)) {
                    findings.add(new LintFinding(name(), text.pointer() + "/" + language, List.of(key, language, source)));
                }
            }
        });
        return findings;
    }
}
