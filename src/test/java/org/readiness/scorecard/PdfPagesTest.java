package org.readiness.scorecard;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class PdfPagesTest {

    private static final String LONG_PARAGRAPH = "Kundtjänst i Łódź tar emot beställningar. ".repeat(50);

    @Test
    void measuring_pages_take_as_many_pages_as_drawing_does_and_add_none_to_the_document() throws IOException {
        ParsedFonts parsed = ParsedFonts.borrow();
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document, parsed);
            PdfPages drawn = new PdfPages(document, fonts, new PdfTags(document, "sv", "Test"));
            PdfPages measured = drawn.measuring();
            for (PdfPages pages : new PdfPages[] {measured, drawn}) {
                for (int i = 0; i < 6; i++) {
                    PdfScoreCard.heading(pages, "Rubrik " + i);
                    pages.paragraph(LONG_PARAGRAPH, 9.5f, false, PdfPages.TEXT, 12);
                    pages.figure("Diagram", 120, () -> { });
                }
            }
            drawn.close();
            assertThat(measured.pageCount()).isGreaterThan(2).isEqualTo(drawn.pageCount());
            assertThat(measured.y()).isEqualTo(drawn.y());
            assertThat(document.getNumberOfPages()).isEqualTo(drawn.pageCount());
        } finally {
            parsed.giveBack();
        }
    }
}
