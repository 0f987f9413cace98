package org.readiness.scorecard;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class GlyphWidthsTest {

    @Test
    void every_character_is_as_wide_and_as_present_as_pdfbox_measures_it_in_the_embedded_font() throws IOException {
        ParsedFonts parsed = ParsedFonts.borrow();
        try (PDDocument document = new PDDocument()) {
            compare(PDType0Font.load(document, parsed.regular(), true), parsed.regularGlyphs());
            compare(PDType0Font.load(document, parsed.bold(), true), parsed.boldGlyphs());
        } finally {
            parsed.giveBack();
        }
    }

    private static void compare(PDType0Font font, GlyphWidths glyphs) throws IOException {
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
        assertThat(present).isGreaterThan(2000);
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
        } finally {
            parsed.giveBack();
        }
    }
}
