package org.readiness.scorecard;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which characters one TrueType file has and how wide each is, in thousandths of an em rounded as the PDF's width
 * array has them: read once per file and shared by every PDF, read-only. Measuring text this way costs an array
 * look-up per character, where PDFBox's {@code getStringWidth} encoded and decoded every string again (the profile
 * showed it as a third of the time and half the allocation of a score card).
 */
final class GlyphWidths {

    private static final int NO_GLYPH = -1;

    private final int[] basic = new int[Character.MIN_SUPPLEMENTARY_CODE_POINT];
    private final Map<Integer, Integer> supplementary;

    private GlyphWidths(TrueTypeFont font) throws IOException {
        Arrays.fill(basic, NO_GLYPH);
        CmapLookup characters = font.getUnicodeCmapLookup();
        HorizontalMetricsTable metrics = font.getHorizontalMetrics();
        float scale = 1000f / font.getHeader().getUnitsPerEm();
        Map<Integer, Integer> beyondBasic = new HashMap<>();
        for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
            List<Integer> codePoints = characters.getCharCodes(glyph);
            if (codePoints == null) {
                continue;
            }
            int width = Math.round(metrics.getAdvanceWidth(glyph) * scale);
            for (int codePoint : codePoints) {
                if (codePoint < basic.length) {
                    basic[codePoint] = width;
                } else {
                    beyondBasic.put(codePoint, width);
                }
            }
        }
        supplementary = Map.copyOf(beyondBasic);
    }

    static GlyphWidths of(TrueTypeFont font) throws IOException {
        return new GlyphWidths(font);
    }

    boolean has(int codePoint) {
        return width(codePoint) != NO_GLYPH;
    }

    /** The advance width in thousandths of an em, or -1 when the font has no glyph for the character. */
    int width(int codePoint) {
        if (codePoint >= 0 && codePoint < basic.length) {
            return basic[codePoint];
        }
        return supplementary.getOrDefault(codePoint, NO_GLYPH);
    }
}
