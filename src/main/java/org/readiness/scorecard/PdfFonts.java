package org.readiness.scorecard;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts of one PDF, embedded as subsets: DejaVu Sans for Latin, Greek and Cyrillic, Droid Sans Fallback for
 * Chinese, Japanese and Korean (loaded only when the text needs it). A character no font has, such as an emoji,
 * is drawn as a visible box instead of breaking the document.
 * <p>
 * Parsing a TrueType file costs megabytes of short-lived memory, so the parsed files are kept in {@link ParsedFonts}
 * and lent to one PDF at a time.
 */
final class PdfFonts {

    static final String MISSING = "\u25A1";

    private final PDDocument document;
    private final ParsedFonts parsed;
    private final PDFont regular;
    private final PDFont bold;
    private PDFont fallback;
    private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();

    PdfFonts(PDDocument document, ParsedFonts parsed) throws IOException {
        this.document = document;
        this.parsed = parsed;
        this.regular = PDType0Font.load(document, parsed.regular(), true);
        this.bold = PDType0Font.load(document, parsed.bold(), true);
    }

    /** Text cut into runs, each in the first font that has its characters. */
    List<Run> runs(String text, boolean isBold) throws IOException {
        List<Run> runs = new ArrayList<>();
        PDFont primary = isBold ? bold : regular;
        StringBuilder current = new StringBuilder();
        PDFont currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
                codePoint = Character.isWhitespace(codePoint) ? ' ' : -1;
                if (codePoint < 0) {
                    continue;
                }
            }
            String character = new String(Character.toChars(codePoint));
            PDFont font = has(primary, codePoint) ? primary : hasFallback(codePoint) ? fallback : null;
            if (font == null) {
                font = primary;
                character = MISSING;
            }
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = font;
            current.append(character);
        }
        if (current.length() > 0) {
            runs.add(new Run(current.toString(), currentFont));
        }
        return runs;
    }

    float width(String text, boolean isBold, float size) throws IOException {
        float width = 0;
        for (Run run : runs(text, isBold)) {
            width += run.font().getStringWidth(run.text()) / 1000 * size;
        }
        return width;
    }

    private boolean hasFallback(int codePoint) throws IOException {
        if (fallback == null) {
            if (!mightBeInFallback(codePoint)) {
                return false;
            }
            fallback = PDType0Font.load(document, parsed.fallback(), true);
        }
        return has(fallback, codePoint);
    }

    /** Loading the 4 MB fallback font is worth it only for scripts DejaVu lacks, such as CJK. */
    private static boolean mightBeInFallback(int codePoint) {
        return codePoint >= 0x2E80 && codePoint <= 0xFFEF;
    }

    private boolean has(PDFont font, int codePoint) {
        return glyphs.computeIfAbsent(font, ignored -> new HashMap<>()).computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IOException | IllegalArgumentException | IllegalStateException noGlyph) {
                return false;
            }
        });
    }

    record Run(String text, PDFont font) {
    }
}
