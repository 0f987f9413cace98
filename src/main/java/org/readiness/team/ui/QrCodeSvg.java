package org.readiness.team.ui;

import io.nayuki.qrcodegen.QrCode;
import org.readiness.chart.XmlText;

import java.util.Locale;
import java.util.Optional;

/** A QR code as an SVG image: one path of dark modules inside a quiet zone, sharp at any size. */
final class QrCodeSvg {

    private static final int QUIET_ZONE = 4;

    private QrCodeSvg() {
    }

    /**
     * The code of {@code text} with its accessible name; empty when the text is too long for any QR code (about
     * 2,300 characters at this error correction), which a very long public address can be.
     */
    static Optional<String> of(String text, String label) {
        QrCode code;
        try {
            code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        } catch (io.nayuki.qrcodegen.DataTooLongException tooLong) {
            return Optional.empty();
        }
        int size = code.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append(String.format(Locale.ROOT, "M%d,%dh1v1h-1z", x + QUIET_ZONE, y + QUIET_ZONE));
                }
            }
        }
        return Optional.of(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                        + "role=\"img\" aria-label=\"%s\" shape-rendering=\"crispEdges\">"
                        + "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/><path d=\"%s\" fill=\"#000000\"/></svg>",
                size, size, XmlText.escape(label), size, size, path));
    }
}
