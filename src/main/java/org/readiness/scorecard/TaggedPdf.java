package org.readiness.scorecard;

import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.readiness.chart.Chart;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/**
 * The score card's PDF building blocks for other documents (a plan, a checkpoint's agenda and minutes): the same
 * embedded fonts, A4 pages with footers and page numbers, and tags for screen readers (title, language, headings,
 * paragraphs in reading order, charts as described figures), behind a small surface.
 */
public final class TaggedPdf {

    private final PdfPages pages;

    private TaggedPdf(PdfPages pages) {
        this.pages = pages;
    }

    /** What a document writes onto its pages. */
    public interface Content {
        void write(TaggedPdf pdf) throws IOException;
    }

    /** Writes a document: {@code footer} on every page beside its number. */
    public static void write(String title, String subject, String language, Instant created, String footer,
                             Content content, OutputStream out) throws IOException {
        PdfDocuments.write(new PdfDocuments.Info(title, subject, language, created, footer),
                pages -> content.write(new TaggedPdf(pages)), out);
    }

    public void title(String text) throws IOException {
        pages.paragraph(StandardStructureTypes.H1, text, 20, true, PdfPages.TEXT, 0);
    }

    public void heading(String text) throws IOException {
        PdfScoreCard.heading(pages, text);
    }

    public void paragraph(String text) throws IOException {
        pages.paragraph(text, 10, false, PdfPages.TEXT, 0);
    }

    public void strong(String text) throws IOException {
        pages.paragraph(text, 10.5f, true, PdfPages.TEXT, 0);
    }

    /** Small grey text, such as when the document was made. */
    public void note(String text) throws IOException {
        pages.paragraph(text, 9, false, PdfPages.MUTED, 0);
    }

    /** A paragraph set in from the left, such as an item's details. */
    public void indented(String text) throws IOException {
        pages.paragraph(text, 9, false, PdfPages.MUTED, 12);
    }

    /** A table: columns as shares of the width, the header repeated on every page it runs onto. */
    public void table(float[] shares, List<String> header, List<List<String>> rows) throws IOException {
        PdfTable table = new PdfTable(pages, shares, header);
        for (List<String> row : rows) {
            table.row(row);
        }
        pages.space(4);
    }

    /** A chart as vectors, a figure described in words for a screen reader. */
    public void chart(Chart chart, String description) throws IOException {
        PdfChart.draw(chart, description, pages);
    }

    public void space(float points) {
        pages.space(points);
    }
}
