package org.readiness.scorecard;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GlyphWidthsTest {

    @Test
    void every_character_is_as_wide_and_as_present_as_pdfbox_measures_it_in_the_embedded_font() throws IOException {
        ParsedFonts parsed = ParsedFonts.borrow();
        try (PDDocument document = new PDDocument()) {
            compare(PDType0Font.load(document, parsed.regular(), true), parsed.regularGlyphs(), 500);
            compare(PDType0Font.load(document, parsed.bold(), true), parsed.boldGlyphs(), 500);
            compare(PDType0Font.load(document, parsed.whole(false), true), parsed.wholeGlyphs(false), 2000);
            compare(PDType0Font.load(document, parsed.whole(true), true), parsed.wholeGlyphs(true), 2000);
        } finally {
            parsed.giveBack();
        }
    }

    @Test
    void the_small_fonts_have_every_common_character_of_the_whole_font_as_wide_and_no_other() throws IOException {
        ParsedFonts parsed = ParsedFonts.borrow();
        try {
            for (boolean bold : new boolean[] {false, true}) {
                GlyphWidths small = bold ? parsed.boldGlyphs() : parsed.regularGlyphs();
                GlyphWidths whole = parsed.wholeGlyphs(bold);
                for (int codePoint = 0x20; codePoint < 0x3000; codePoint++) {
                    assertThat(small.has(codePoint)).as("U+%04X", codePoint)
                            .isEqualTo(ParsedFonts.COMMON.contains(codePoint) && whole.has(codePoint));
                    if (small.has(codePoint)) {
                        assertThat(small.width(codePoint)).as("U+%04X", codePoint).isEqualTo(whole.width(codePoint));
                    }
                }
            }
        } finally {
            parsed.giveBack();
        }
    }

    private static void compare(PDType0Font font, GlyphWidths glyphs, int atLeast) throws IOException {
        int present = 0;
        for (int codePoint = 0x20; codePoint < 0x3000; codePoint++) {
            if (Character.isSurrogate((char) codePoint)) {
                continue;
            }
            String character = Character.toString(codePoint);
            boolean encodes;
            try {
                font.encode(character);
                encodes = true;
            } catch (IllegalArgumentException | IllegalStateException noGlyph) {
                encodes = false;
            }
            assertThat(glyphs.has(codePoint)).as("U+%04X", codePoint).isEqualTo(encodes);
            if (encodes) {
                present++;
                assertThat((float) glyphs.width(codePoint)).as("U+%04X", codePoint)
                        .isEqualTo(font.getStringWidth(character));
            }
        }
        assertThat(present).isGreaterThan(atLeast);
    }

    @Test
    void a_line_is_as_wide_as_its_words_and_spaces_and_a_missing_character_as_the_box() throws IOException {
        ParsedFonts parsed = ParsedFonts.borrow();
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document, parsed);
            assertThat(fonts.units("Växjö Verktyg", false))
                    .isEqualTo(fonts.units("Växjö", false) + fonts.units(' ', false) + fonts.units("Verktyg", false));
            assertThat(fonts.units("\uD83D\uDE80", true)).isEqualTo(fonts.units(PdfFonts.MISSING, true));
            assertThat(fonts.units("a\u200Bb", false)).isEqualTo(fonts.units("ab", false));
            assertThat(fonts.runs("東京 Łódź", false)).extracting(PdfFonts.Run::text).containsExactly("東京", " Łódź");
            List<PdfFonts.Run> greek = fonts.runs("Åsa Ελλάδα", false);
            assertThat(greek).extracting(PdfFonts.Run::text).containsExactly("Åsa ", "Ελλάδα");
            assertThat(greek.get(1).font()).isNotSameAs(greek.get(0).font());
            assertThat(fonts.units("Åsa Ελλάδα", false))
                    .isEqualTo(fonts.units("Åsa ", false) + fonts.units("Ελλάδα", false));
        } finally {
            parsed.giveBack();
        }
    }
}
