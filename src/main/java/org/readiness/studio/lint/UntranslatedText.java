package org.readiness.studio.lint;

import java.util.regex.Pattern;

/**
 * A text missing in a language, though the file has one there: the same words as in the source language, copied and
 * not translated yet. Texts without a word of four letters or more (numbers, "1–5", "B2B") may rightly be the same.
 * (A text with no version at all in a language is a validity error; see TextCheck.)
 */
final class UntranslatedText extends TranslationRule {

    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

    @Override
    public String name() {
        return "untranslated-text";
    }

    @Override
    boolean flags(LintInput input, String key, TextKeys.Text text, String source, String language) {
        String original = text.values().getOrDefault(source, "").strip();
        String translated = text.values().getOrDefault(language, "").strip();
        return !original.isEmpty() && translated.equals(original) && WORD.matcher(original).find();
    }
}
