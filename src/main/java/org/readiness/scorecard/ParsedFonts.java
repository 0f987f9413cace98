package org.readiness.scorecard;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

/**
 * The score card's TrueType files, parsed once and lent to one PDF at a time, with their glyph widths, which every
 * PDF shares. At most one PDF per processor is drawn at once: more would not finish sooner, and each drawing holds
 * a few megabytes, so a burst of downloads (the load test had 60 at once) would otherwise run a 512 MB server out
 * of memory. Others wait their turn.
 * <p>
 * DejaVu Sans comes twice: cut down to the {@link #COMMON} characters, which nearly every score card is written in,
 * and whole, for any other character it has (Greek, Cyrillic, ...), parsed only when a text needs it. PDFBox builds
 * a width array of every glyph of each font it embeds, even when it embeds a subset: for the whole font, 6,000
 * glyphs, that was 40 % of a score card's allocation.
 * <p>
 * Glyph substitution (GSUB) is off: for these fonts it only joins "fi", "fl" and "ff" into ligatures, and PDFBox
 * did it by compiling regular expressions for every word drawn, a quarter of a score card's time. Without it the
 * drawn text is exactly as wide as it was measured, and copies out of the PDF letter by letter.
 */
final class ParsedFonts {

    /** The Latin alphabets, punctuation, currency signs, arrows and shapes (the missing-character box among them). */
    static final Set<Integer> COMMON = characters(new int[][] {{0x20, 0x24F}, {0x2000, 0x206F}, {0x20A0, 0x20CF},
            {0x2190, 0x21FF}, {0x25A0, 0x25FF}});

    private static final byte[] WHOLE_REGULAR = read("/fonts/DejaVuSans.ttf");
    private static final byte[] WHOLE_BOLD = read("/fonts/DejaVuSans-Bold.ttf");
    private static final byte[] REGULAR = common(WHOLE_REGULAR);
    private static final byte[] BOLD = common(WHOLE_BOLD);
    private static final Semaphore TURNS = new Semaphore(Runtime.getRuntime().availableProcessors(), true);
    private static final ConcurrentLinkedQueue<ParsedFonts> IDLE = new ConcurrentLinkedQueue<>();

    private static GlyphWidths regularWidths;
    private static GlyphWidths boldWidths;
    private static GlyphWidths fallbackWidths;

    private final TrueTypeFont regular;
    private final TrueTypeFont bold;
    private final GlyphWidths regularGlyphs;
    private final GlyphWidths boldGlyphs;
    private TrueTypeFont wholeRegular;
    private TrueTypeFont wholeBold;
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

    /** DejaVu Sans whole, for the characters beyond {@link #COMMON}: parsed for this set when first asked for. */
    TrueTypeFont whole(boolean isBold) throws IOException {
        if (isBold) {
            if (wholeBold == null) {
                wholeBold = parse(WHOLE_BOLD);
            }
            return wholeBold;
        }
        if (wholeRegular == null) {
            wholeRegular = parse(WHOLE_REGULAR);
        }
        return wholeRegular;
    }

    /** The widths of the whole font's glyphs: read once, when a text first has a character beyond the common ones. */
    GlyphWidths wholeGlyphs(boolean isBold) {
        return isBold ? WholeWidths.BOLD : WholeWidths.REGULAR;
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

    /** Read by the JVM once, when a text first has a character beyond the common ones; shared without a lock after. */
    private static final class WholeWidths {
        static final GlyphWidths REGULAR = widths(WHOLE_REGULAR);
        static final GlyphWidths BOLD = widths(WHOLE_BOLD);

        private static GlyphWidths widths(byte[] file) {
            try {
                return GlyphWidths.of(parse(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The 4 MB CJK font, read from the jar only when a text first needs it. */
    private static final class Fallback {
        static final byte[] FILE = read("/fonts/DroidSansFallbackFull.ttf");
    }

    private static Set<Integer> characters(int[][] ranges) {
        Set<Integer> characters = new HashSet<>();
        for (int[] range : ranges) {
            for (int codePoint = range[0]; codePoint <= range[1]; codePoint++) {
                characters.add(codePoint);
            }
        }
        return Set.copyOf(characters);
    }

    /** The font cut down to the common characters, with every table a PDF or a measurement needs (cmap among them). */
    private static byte[] common(byte[] whole) {
        try {
            TTFSubsetter subsetter = new TTFSubsetter(parse(whole));
            subsetter.addAll(COMMON);
            ByteArrayOutputStream file = new ByteArrayOutputStream(whole.length / 4);
            subsetter.writeToStream(file);
            return file.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
