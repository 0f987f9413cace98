package org.readiness.scorecard;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table on score card pages: columns as shares of the page's width, each cell's text wrapped in its column, a row
 * moved whole to the next page when it does not fit, and the header repeated there.
 */
final class PdfTable {

    private static final float SIZE = 8.5f;
    private static final float LINE = SIZE * 1.3f;
    private static final float GAP = 6;

    private final PdfPages pages;
    private final float[] widths;
    private final List<String> header;

    /** @param shares each column's share of the width; they add up to 1 */
    PdfTable(PdfPages pages, float[] shares, List<String> header) throws IOException {
        this.pages = pages;
        this.widths = new float[shares.length];
        for (int i = 0; i < shares.length; i++) {
            widths[i] = PdfPages.WIDTH * shares[i];
        }
        this.header = List.copyOf(header);
        row(header, true);
    }

    void row(List<String> cells) throws IOException {
        row(cells, false);
    }

    private void row(List<String> cells, boolean bold) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        int most = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> wrapped = pages.wrap(cells.get(i), SIZE, bold, widths[i] - GAP);
            lines.add(wrapped);
            most = Math.max(most, wrapped.size());
        }
        float height = most * LINE + 3;
        if (pages.y() + height > PdfPages.SIZE.getHeight() - PdfPages.MARGIN - PdfPages.FOOTER_SPACE) {
            pages.newPage();
            if (!bold) {
                row(header, true);
            }
        }
        float top = pages.y();
        float x = PdfPages.MARGIN;
        for (int i = 0; i < lines.size(); i++) {
            for (int line = 0; line < lines.get(i).size(); line++) {
                pages.drawText(lines.get(i).get(line), x, top + SIZE + line * LINE, SIZE, bold,
                        PdfPages.TEXT);
            }
            x += widths[i];
        }
        pages.space(height);
    }
}
