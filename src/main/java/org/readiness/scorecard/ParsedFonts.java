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
 * The score card's TrueType files, parsed once and lent to one PDF at a time. At most one PDF per processor is
 * drawn at once: more would not finish sooner, and each drawing holds a few megabytes, so a burst of downloads
 * (the load test had 60 at once) would otherwise run a 512 MB server out of memory. Others wait their turn.
 */
final class ParsedFonts {

    private static final byte[] REGULAR = read("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("/fonts/DejaVuSans-Bold.ttf");
    private static final byte[] FALLBACK = read("/fonts/DroidSansFallbackFull.ttf");
    private static final Semaphore TURNS = new Semaphore(Runtime.getRuntime().availableProcessors(), true);
    private static final ConcurrentLinkedQueue<ParsedFonts> IDLE = new ConcurrentLinkedQueue<>();

    private final TrueTypeFont regular;
    private final TrueTypeFont bold;
    private TrueTypeFont fallback;

    private ParsedFonts() throws IOException {
        regular = parse(REGULAR);
        bold = parse(BOLD);
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

    TrueTypeFont fallback() throws IOException {
        if (fallback == null) {
            fallback = parse(FALLBACK);
        }
        return fallback;
    }

    private static TrueTypeFont parse(byte[] file) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(file));
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
