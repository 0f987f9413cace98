package org.readiness;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A score card PDF as a reader sees it: its pages, the text above the page footers, and every glyph drawn outside
 * the side margins (where a line that does not wrap would run off the page).
 */
public record PrintedPdf(int pages, String text, List<String> outsideMargins) {

    /** The score card's margin (PdfPages.MARGIN) less half a point for rounding. */
    private static final float MARGIN = 49.5f;
    /** The footers are printed below this distance from the top of an A4 page. */
    private static final float ABOVE_FOOTER = 790;

    public static PrintedPdf read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripperByArea area = new PDFTextStripperByArea();
            area.addRegion("content", new Rectangle2D.Float(0, 0, document.getPage(0).getMediaBox().getWidth(),
                    ABOVE_FOOTER));
            StringBuilder text = new StringBuilder();
            for (PDPage page : document.getPages()) {
                area.extractRegions(page);
                text.append(area.getTextForRegion("content"));
            }
            Margins margins = new Margins();
            margins.getText(document);
            return new PrintedPdf(document.getNumberOfPages(), text.toString(), margins.outside);
        }
    }

    /** Whether the text contains {@code expected} with line breaks and spaces (where lines wrap) ignored. */
    public boolean shows(String expected) {
        return squeeze(text).contains(squeeze(expected));
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static final class Margins extends PDFTextStripper {

        private final List<String> outside = new ArrayList<>();

        Margins() throws IOException {
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            float width = getCurrentPage().getMediaBox().getWidth();
            for (TextPosition position : positions) {
                float left = position.getXDirAdj();
                float right = left + position.getWidthDirAdj();
                if (left < MARGIN || right > width - MARGIN) {
                    outside.add("page " + getCurrentPageNo() + " '" + position.getUnicode() + "' at x " + left + "-"
                            + right);
                }
            }
            super.writeString(text, positions);
        }
    }
}
