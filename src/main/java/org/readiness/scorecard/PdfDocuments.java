package org.readiness.scorecard;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.readiness.words.Words;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * What every score card PDF shares: the document's information (title shown by readers, language), the fonts, the
 * pages its content flows onto, and the footers with the page numbers, written last.
 */
final class PdfDocuments {

    private PdfDocuments() {
    }

    /** What a reader's title bar and file properties show, and the footer's left-hand text. */
    record Info(String title, String subject, String language, Instant created, String footer) {
    }

    /** The content of a document, flowing onto its pages. */
    interface Content {
        void write(PdfPages pages) throws IOException;
    }

    /** Drawn in memory within a turn (see {@link ParsedFonts}); a slow client then holds no turn while it reads. */
    static void write(Info info, Content content, OutputStream out) throws IOException {
        ByteArrayOutputStream drawn = new ByteArrayOutputStream(64 * 1024);
        ParsedFonts parsed = ParsedFonts.borrow();
        try (PDDocument document = new PDDocument()) {
            describe(document, info);
            PdfFonts fonts = new PdfFonts(document, parsed);
            PdfTags tags = new PdfTags(document, info.language(), info.title());
            PdfPages pages = new PdfPages(document, fonts, tags);
            content.write(pages);
            pages.close();
            footers(document, pages.pages(), fonts, info);
            tags.finish();
            document.save(drawn);
        } finally {
            parsed.giveBack();
        }
        drawn.writeTo(out);
    }

    private static void describe(PDDocument document, Info info) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(info.title());
        information.setAuthor("Commerce Readiness");
        information.setCreator("Commerce Readiness");
        information.setSubject(info.subject());
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(info.created().toEpochMilli());
        information.setCreationDate(created);
        document.getDocumentCatalog().setLanguage(info.language());
        document.getDocumentCatalog().setViewerPreferences(new PDViewerPreferences(new COSDictionary()));
        document.getDocumentCatalog().getViewerPreferences().setDisplayDocTitle(true);
    }

    /** Written last, when the number of pages is known. */
    private static void footers(PDDocument document, List<PDPage> pages, PdfFonts fonts, Info info)
            throws IOException {
        Words words = Words.in(info.language());
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream content = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String right = words.get("scorecard.page", i + 1, pages.size());
                float baseline = PdfPages.SIZE.getHeight() - PdfPages.MARGIN + 12;
                PdfTags.artifact(content, () -> {
                    PdfPages.drawText(content, fonts, info.footer(), PdfPages.MARGIN, baseline, 8, false,
                            PdfPages.MUTED);
                    float width = fonts.width(right, false, 8);
                    PdfPages.drawText(content, fonts, right, PdfPages.MARGIN + PdfPages.WIDTH - width, baseline, 8,
                            false, PdfPages.MUTED);
                });
            }
        }
    }
}
