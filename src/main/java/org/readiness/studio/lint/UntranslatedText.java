package org.readiness.studio.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A text missing in a language, though the file has one there: the same words as in the source language, copied and
 * not translated yet. Texts without a word of four letters or more (numbers, "1–5", "B2B") may rightly be the same.
 * (A text with no version at all in a language is a validity error; see TextCheck.)
 */
final class UntranslatedText implements LintRule {

    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

    @Override
    public String name() {
        return "untranslated-text";
    }

    @Override
    public List<LintFinding> check(LintInput input, Reach reach) {
        List<String> languages = input.questionnaire().languages();
        String source = languages.get(0);
        List<LintFinding> findings = new ArrayList<>();
        TextKeys.of(input.document()).forEach((key, text) -> {
            String original = text.values().getOrDefault(source, "").strip();
            for (String language : languages.subList(1, languages.size())) {
                String translated = text.values().getOrDefault(language, "").strip();
                if (!original.isEmpty() && translated.equals(original) && WORD.matcher(original).find()) {
                    findings.add(new LintFinding(name(), text.pointer() + "/" + language, List.of(key, language, source)));
                }
            }
        });
        return findings;
    }
}
