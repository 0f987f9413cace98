package org.readiness.scorecard;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

/**
 * The score card's TrueType files, parsed once and lent to one PDF at a time, with their glyph widths, which every
 * PDF shares. At most one PDF per processor is drawn at once: more would not finish sooner, and each drawing holds
 * a few megabytes, so a burst of downloads (the load test had 60 at once) would otherwise run a 512 MB server out
 * of memory. Others wait their turn.
 * <p>
 * Glyph substitution (GSUB) is off: for these fonts it only joins "fi", "fl" and "ff" into ligatures, and PDFBox
 * did it by compiling regular expressions for every word drawn, a quarter of a score card's time. Without it the
 * drawn text is exactly as wide as it was measured, and copies out of the PDF letter by letter.
 */
final class ParsedFonts {

    private static final byte[] REGULAR = read("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("/fonts/DejaVuSans-Bold.ttf");
    private static final Semaphore TURNS = new Semaphore(Runtime.getRuntime().availableProcessors(), true);
    private static final ConcurrentLinkedQueue<ParsedFonts> IDLE = new ConcurrentLinkedQueue<>();

    private static GlyphWidths regularWidths;
    private static GlyphWidths boldWidths;
    private static GlyphWidths fallbackWidths;

    private final TrueTypeFont regular;
    private final TrueTypeFont bold;
    private final GlyphWidths regularGlyphs;
    private final GlyphWidths boldGlyphs;
    private TrueTypeFont fallback;
    private GlyphWidths fallbackGlyphs;

    private ParsedFonts() throws IOException {
        regular = parse(REGULAR);
        bold = parse(BOLD);
        synchronized (ParsedFonts.class) {
            if (regularWidths == null) {
                regularWidths = GlyphWidths.of(regular);
                boldWidths = GlyphWidths.of(bold);
            }
            regularGlyphs = regularWidths;
            boldGlyphs = boldWidths;
        }
    }

    /** Waits for a turn to draw a PDF and lends a set of parsed fonts for it. */
    static ParsedFonts borrow() throws IOException {
        try {
            TURNS.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to draw a PDF");
        }
        ParsedFonts fonts = IDLE.poll();
        try {
            return fonts != null ? fonts : new ParsedFonts();
        } catch (IOException | RuntimeException e) {
            TURNS.release();
            throw e;
        }
    }

    void giveBack() {
        IDLE.add(this);
        TURNS.release();
    }

    TrueTypeFont regular() {
        return regular;
    }

    TrueTypeFont bold() {
        return bold;
    }

    GlyphWidths regularGlyphs() {
        return regularGlyphs;
    }

    GlyphWidths boldGlyphs() {
        return boldGlyphs;
    }

    TrueTypeFont fallback() throws IOException {
        if (fallback == null) {
            fallback = parse(Fallback.FILE);
            synchronized (ParsedFonts.class) {
                if (fallbackWidths == null) {
                    fallbackWidths = GlyphWidths.of(fallback);
                }
                fallbackGlyphs = fallbackWidths;
            }
        }
        return fallback;
    }

    GlyphWidths fallbackGlyphs() throws IOException {
        fallback();
        return fallbackGlyphs;
    }

    /** The 4 MB CJK font, read from the jar only when a text first needs it. */
    private static final class Fallback {
        static final byte[] FILE = read("/fonts/DroidSansFallbackFull.ttf");
    }

    private static TrueTypeFont parse(byte[] file) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
        font.setEnableGsub(false);
        return font;
    }

    private static byte[] read(String resource) {
        try (InputStream in = ParsedFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
