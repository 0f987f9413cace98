package org.readiness;

import java.util.List;
import java.util.function.IntFunction;

/**
 * A hostile text as a user types it, and what the outputs must show of it: {@code stored} is what every page, the
 * JSON and the CSV give back (control characters dropped), {@code printed} what the PDF shows (no bidi or joiner
 * controls, a box for a character no font has); {@code formula} says whether a spreadsheet would run it.
 */
record HostileText(String typed, String stored, String printed, boolean formula) {

    static final String BOX = "\u25A1";
    /** Thumbs up, a family joined by zero-width joiners, the Swedish flag (two regional indicators). */
    private static final String EMOJI = "Team \uD83D\uDC4D \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"
            + "\u200D\uD83D\uDC66 \uD83C\uDDF8\uD83C\uDDEA";

    /** One string of the sweep; most are the same in every field, one fills each field to its limit. */
    record Sample(String name, IntFunction<HostileText> atLimit) {

        HostileText forLimit(int limit) {
            return atLimit.apply(limit);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Sample> SAMPLES = List.of(
            literal("script tag", "<script>alert(1)</script>", false),
            literal("img onerror", "<img src=x onerror=alert(1)>", false),
            literal("HYPERLINK formula", "=HYPERLINK(\"http://evil.example\",\"x\")", true),
            literal("DDE command", "+cmd|' /C calc'!A0", true),
            literal("minus formula", "-2+3", true),
            literal("at formula", "@SUM(A1)", true),
            literal("quotes, commas and line breaks", "Acme, \"Inc\"\r\n\"=1+1\",x", false),
            new Sample("right-to-left override", limit ->
                    new HostileText("\u202Eevil\u202C", "evil", "evil", false)),
            new Sample("emoji with a ZWJ family", limit -> new HostileText(EMOJI, EMOJI,
                    "Team " + BOX + " " + BOX.repeat(4) + " " + BOX.repeat(2), false)),
            new Sample("NUL and control characters", limit -> new HostileText(
                    "\u0000=1+1\u0007 a\tb\u001B\nc\u007F", "=1+1 a\tb\nc", "=1+1 a b c", true)),
            new Sample("text at the field's limit", HostileText::filling));

    private static Sample literal(String name, String text, boolean formula) {
        return new Sample(name, limit -> new HostileText(text, text, text, formula));
    }

    /**
     * Exactly {@code limit} characters (code points): a word wider than a page's line, then words with Swedish
     * letters, Japanese and an emoji (two UTF-16 units each, one character).
     */
    static HostileText filling(int limit) {
        StringBuilder text = new StringBuilder("W".repeat(Math.min(150, limit / 2)));
        while (text.codePointCount(0, text.length()) < limit) {
            text.append(" Långa ord från Växjö och 東京 \uD83D\uDE80");
        }
        String cut = text.substring(0, text.offsetByCodePoints(0, limit - 1)) + ".";
        return new HostileText(cut, cut, cut.replace("\uD83D\uDE80", BOX), false);
    }
}
