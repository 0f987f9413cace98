package org.readiness.team.ui;

import io.nayuki.qrcodegen.QrCode;

import java.util.Locale;

/** A QR code as an SVG image: one path of dark modules inside a quiet zone, sharp at any size. */
final class QrCodeSvg {

    private static final int QUIET_ZONE = 4;

    private QrCodeSvg() {
    }

    /** @param label the image's accessible name; the caller has escaped nothing, and neither text needs it */
    static String of(String text, String label) {
        QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = code.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append(String.format(Locale.ROOT, "M%d,%dh1v1h-1z", x + QUIET_ZONE, y + QUIET_ZONE));
                }
            }
        }
        return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                        + "role=\"img\" aria-label=\"%s\" shape-rendering=\"crispEdges\">"
                        + "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/><path d=\"%s\" fill=\"#000000\"/></svg>",
                size, size, escape(label), size, size, path);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
