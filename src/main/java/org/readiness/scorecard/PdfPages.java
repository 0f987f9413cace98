package org.readiness.scorecard;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes flowing text onto A4 pages: wraps lines, starts a new page when one is full, and never draws outside the
 * margins. Coordinates: x from the left margin, y downwards from the top of the page's writing area.
 */
final class PdfPages {

    static final float MARGIN = 50;
    static final float FOOTER_SPACE = 30;
    static final PDRectangle SIZE = PDRectangle.A4;
    static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
    static final Color TEXT = new Color(0x1f, 0x2d, 0x3d);
    static final Color MUTED = new Color(0x55, 0x60, 0x6e);
    static final Color ACCENT = new Color(0x1a, 0x5b, 0xbf);
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\R");

    /** Null when these pages only measure (see {@link #measuring()}): then nothing is drawn or tagged. */
    private final PDDocument document;
    private final PdfFonts fonts;
    private final PdfTags tags;
    private final List<PDPage> pages = new ArrayList<>();
    private int pageCount;
    /**
     * One resource dictionary for all pages: each font is added to it once, not once per page (adding walks the
     * font's whole dictionary, a tenth of a score card's time when every page did it).
     */
    private final PDResources resources = new PDResources();
    private PDPageContentStream content;
    /** Distance from the top of the page to the next line's top. */
    private float y;

    PdfPages(PDDocument document, PdfFonts fonts, PdfTags tags) throws IOException {
        this.document = document;
        this.fonts = fonts;
        this.tags = tags;
        newPage();
    }

    /**
     * Pages that lay out text exactly as these do but draw nothing: how many pages some content takes, learnt
     * without drawing it into the document.
     */
    PdfPages measuring() throws IOException {
        return new PdfPages(null, fonts, null);
    }

    List<PDPage> pages() {
        return pages;
    }

    int pageCount() {
        return pageCount;
    }

    private boolean draws() {
        return document != null;
    }

    PDPageContentStream content() {
        return content;
    }

    void newPage() throws IOException {
        pageCount++;
        y = MARGIN;
        if (!draws()) {
            return;
        }
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(SIZE);
        page.setResources(resources);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
    }

    /** Makes sure {@code height} points fit on this page, else moves to the next. */
    void need(float height) throws IOException {
        if (y + height > SIZE.getHeight() - MARGIN - FOOTER_SPACE) {
            newPage();
        }
    }

    void space(float points) {
        y += points;
    }

    float y() {
        return y;
    }

    /** A paragraph, wrapped to the width, starting {@code indent} points in. */
    void paragraph(String text, float size, boolean bold, Color color, float indent) throws IOException {
        paragraph(StandardStructureTypes.P, text, size, bold, color, indent);
    }

    /** Text of a structure type (a heading such as "H1", or "P"), wrapped to the width, {@code indent} points in. */
    void paragraph(String type, String text, float size, boolean bold, Color color, float indent) throws IOException {
        PDStructureElement element = draws() ? tags.element(type) : null;
        float lineHeight = size * 1.35f;
        for (String line : wrap(text, size, bold, WIDTH - indent)) {
            need(lineHeight);
            if (draws()) {
                float baseline = y + size;
                tags.mark(element, currentPage(), content, () -> drawText(line, MARGIN + indent, baseline, size, bold,
                        color));
            }
            y += lineHeight;
        }
    }

    /** A figure, {@code height} points high, drawn on one page and described in words for a screen reader. */
    void figure(String description, float height, PdfTags.Drawing drawing) throws IOException {
        need(height);
        if (!draws()) {
            return;
        }
        PDStructureElement figure = tags.element(StandardStructureTypes.Figure);
        figure.setAlternateDescription(description);
        tags.mark(figure, currentPage(), content, drawing);
    }

    private PDPage currentPage() {
        return pages.get(pages.size() - 1);
    }

    /** Draws one line of text with its baseline at {@code baselineFromTop} points from the top of the page. */
    void drawText(String text, float x, float baselineFromTop, float size, boolean bold, Color color)
            throws IOException {
        drawText(content, fonts, text, x, baselineFromTop, size, bold, color);
    }

    static void drawText(PDPageContentStream content, PdfFonts fonts, String text, float x, float baselineFromTop,
                         float size, boolean bold, Color color) throws IOException {
        content.beginText();
        content.setNonStrokingColor(color);
        content.newLineAtOffset(x, SIZE.getHeight() - baselineFromTop);
        for (PdfFonts.Run run : fonts.runs(text, bold)) {
            content.setFont(run.font(), size);
            content.showText(run.text());
        }
        content.endText();
    }

    PdfFonts fonts() {
        return fonts;
    }

    /** Lines no wider than {@code width}: words moved to the next line, a word wider than a line cut. */
    List<String> wrap(String text, float size, boolean bold, float width) throws IOException {
        // Widths in thousandths of the font size add up, so each word is measured once.
        int room = (int) Math.floor(width / size * 1000);
        int space = fonts.units(' ', bold);
        List<String> lines = new ArrayList<>();
        for (String paragraph : LINE_BREAK.split(text, -1)) {
            StringBuilder line = new StringBuilder();
            int lineUnits = 0;
            for (String word : paragraph.split(" ")) {
                int wordUnits = fonts.units(word, bold);
                int joined = line.length() == 0 ? wordUnits : lineUnits + space + wordUnits;
                if (joined <= room) {
                    if (line.length() > 0) {
                        line.append(' ');
                    }
                    line.append(word);
                    lineUnits = joined;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineUnits = 0;
                }
                // A word wider than the line (a long name, or text without spaces such as Chinese) is cut.
                for (int i = 0; i < word.length(); ) {
                    int codePoint = word.codePointAt(i);
                    int characterUnits = fonts.units(codePoint, bold);
                    if (lineUnits + characterUnits > room && line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                        lineUnits = 0;
                        continue;
                    }
                    line.appendCodePoint(codePoint);
                    lineUnits += characterUnits;
                    i += Character.charCount(codePoint);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    void close() throws IOException {
        if (content != null) {
            content.close();
        }
    }
}
