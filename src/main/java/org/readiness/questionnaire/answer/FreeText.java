package org.readiness.questionnaire.answer;

/**
 * What people type, made storable everywhere: NUL and other control characters (which PostgreSQL refuses in text,
 * and which no one means to type) are dropped; tabs and line breaks stay. Everything else is kept literally.
 */
public final class FreeText {

    private FreeText() {
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\t' || c == '\n' || c == '\r' || !Character.isISOControl(c)) {
                clean.appendCodePoint(c);
            }
        });
        return clean.toString();
    }

    /** An answer with its text cleaned the same way; answers without text stay as they are. */
    public static Answer clean(Answer answer) {
        return answer instanceof Answer.Text text ? Answer.text(clean(text.value())) : answer;
    }
}
