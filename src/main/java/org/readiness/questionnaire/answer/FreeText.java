package org.readiness.questionnaire.answer;

/**
 * What people type, made storable everywhere and shown as it reads: NUL and other control characters (which
 * PostgreSQL refuses in text, and which no one means to type) are dropped (tabs and line breaks stay), and so are the
 * invisible characters that change how text shows without showing themselves: the bidirectional controls
 * (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069: U+202E before "gnp.exe" makes it read "exe.png") and the
 * zero-width ones (U+200B, U+2060-U+2064, U+FEFF, U+180E). The two joiners (U+200C, U+200D) stay where they join two
 * characters, as in an emoji family or a Persian word, and go elsewhere (a name of joiners alone reads empty).
 * Everything else is kept literally.
 */
public final class FreeText {

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private FreeText() {
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        int[] kept = text.codePoints().filter(c -> !isDropped(c)).toArray();
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < kept.length; i++) {
            if (!isJoiner(kept[i]) || joinsTwo(kept, i)) {
                clean.appendCodePoint(kept[i]);
            }
        }
        return clean.toString();
    }

    /** An answer with its text cleaned the same way; answers without text stay as they are. */
    public static Answer clean(Answer answer) {
        return answer instanceof Answer.Text text ? Answer.text(clean(text.value())) : answer;
    }

    private static boolean isDropped(int c) {
        boolean control = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
        boolean bidi = c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
        boolean zeroWidth = c == 0x200B || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF || c == 0x180E;
        return control || bidi || zeroWidth;
    }

    private static boolean isJoiner(int c) {
        return c == ZERO_WIDTH_JOINER || c == ZERO_WIDTH_NON_JOINER;
    }

    private static boolean joinsTwo(int[] text, int at) {
        return at > 0 && at < text.length - 1 && isShown(text[at - 1]) && isShown(text[at + 1]);
    }

    private static boolean isShown(int c) {
        return !isJoiner(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c);
    }
}
