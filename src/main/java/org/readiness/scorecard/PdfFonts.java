package org.readiness.scorecard;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts of one PDF, embedded as subsets: DejaVu Sans cut down to the Latin alphabets and punctuation, DejaVu Sans
 * whole for its other characters (Greek, Cyrillic, ...), Droid Sans Fallback for Chinese, Japanese and Korean; the
 * last two loaded only when the text needs them. A character no font has, such as an emoji, is drawn as a visible
 * box instead of breaking the document.
 * <p>
 * Parsing a TrueType file costs megabytes of short-lived memory, so the parsed files are kept in {@link ParsedFonts}
 * and lent to one PDF at a time.
 */
final class PdfFonts {

    static final String MISSING = "\u25A1";
    private static final int MISSING_CODE_POINT = 0x25A1;
    /** A character the text leaves out (a control or format character). */
    private static final int LEFT_OUT = -1;

    private final PDDocument document;
    private final ParsedFonts parsed;
    private final PDFont regular;
    private final PDFont bold;
    private PDFont wholeRegular;
    private PDFont wholeBold;
    private PDFont fallback;

    PdfFonts(PDDocument document, ParsedFonts parsed) throws IOException {
        this.document = document;
        this.parsed = parsed;
        this.regular = PDType0Font.load(document, parsed.regular(), true);
        this.bold = PDType0Font.load(document, parsed.bold(), true);
    }

    /** Text cut into runs, each in the first font that has its characters. */
    List<Run> runs(String text, boolean isBold) throws IOException {
        List<Run> runs = new ArrayList<>(1);
        PDFont primary = isBold ? bold : regular;
        GlyphWidths primaryGlyphs = glyphs(isBold);
        StringBuilder current = new StringBuilder(text.length());
        PDFont currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int character = text.codePointAt(i);
            i += Character.charCount(character);
            int codePoint = printable(character);
            if (codePoint == LEFT_OUT) {
                continue;
            }
            PDFont font = primary;
            if (!primaryGlyphs.has(codePoint)) {
                if (parsed.wholeGlyphs(isBold).has(codePoint)) {
                    font = wholeFont(isBold);
                } else if (inFallback(codePoint)) {
                    font = fallbackFont();
                } else {
                    codePoint = MISSING_CODE_POINT;
                }
            }
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(codePoint);
        }
        if (current.length() > 0) {
            runs.add(new Run(current.toString(), currentFont));
        }
        return runs;
    }

    float width(String text, boolean isBold, float size) throws IOException {
        return units(text, isBold) / 1000f * size;
    }

    /** The width of the text in thousandths of the font size: a sum, so the widths of parts add up. */
    int units(CharSequence text, boolean isBold) throws IOException {
        int units = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            i += Character.charCount(codePoint);
            units += units(codePoint, isBold);
        }
        return units;
    }

    /** The width of one character as {@link #runs} draws it, in thousandths of the font size. */
    int units(int character, boolean isBold) throws IOException {
        int codePoint = printable(character);
        if (codePoint == LEFT_OUT) {
            return 0;
        }
        GlyphWidths primary = glyphs(isBold);
        if (primary.has(codePoint)) {
            return primary.width(codePoint);
        }
        GlyphWidths whole = parsed.wholeGlyphs(isBold);
        if (whole.has(codePoint)) {
            return whole.width(codePoint);
        }
        return inFallback(codePoint) ? parsed.fallbackGlyphs().width(codePoint) : primary.width(MISSING_CODE_POINT);
    }

    private GlyphWidths glyphs(boolean isBold) {
        return isBold ? parsed.boldGlyphs() : parsed.regularGlyphs();
    }

    /** Whitespace controls print as a space, other controls and format characters not at all. */
    private static int printable(int codePoint) {
        if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
            return Character.isWhitespace(codePoint) ? ' ' : LEFT_OUT;
        }
        return codePoint;
    }

    /** Loading the 4 MB fallback font is worth it only for scripts DejaVu lacks, such as CJK. */
    private boolean inFallback(int codePoint) throws IOException {
        return codePoint >= 0x2E80 && codePoint <= 0xFFEF && parsed.fallbackGlyphs().has(codePoint);
    }

    private PDFont wholeFont(boolean isBold) throws IOException {
        if (isBold) {
            if (wholeBold == null) {
                wholeBold = PDType0Font.load(document, parsed.whole(true), true);
            }
            return wholeBold;
        }
        if (wholeRegular == null) {
            wholeRegular = PDType0Font.load(document, parsed.whole(false), true);
        }
        return wholeRegular;
    }

    private PDFont fallbackFont() throws IOException {
        if (fallback == null) {
            fallback = PDType0Font.load(document, parsed.fallback(), true);
        }
        return fallback;
    }

    record Run(String text, PDFont font) {
    }
}
