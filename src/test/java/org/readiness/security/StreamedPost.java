package org.readiness.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A POST over a plain socket whose body is made as it is written (a prefix, one character many times, a suffix), so
 * that a test can send far more than it holds; with its length announced, or chunked without one.
 */
final class StreamedPost {

    /** The server closed the connection before the whole body was sent, without an answer the client could read. */
    static final int CLOSED = -1;
    private static final int CHUNK = 64 * 1024;

    private StreamedPost() {
    }

    static int send(int port, String path, String sessionId, String prefix, char repeated, long count, String suffix,
                    boolean announceLength) {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
            byte[] tail = suffix.getBytes(StandardCharsets.UTF_8);
            String length = announceLength ? "Content-Length: " + (head.length + count + tail.length)
                    : "Transfer-Encoding: chunked";
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nCookie: JSESSIONID=" + sessionId
                    + "\r\nContent-Type: application/json; charset=UTF-8\r\n" + length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            try {
                write(out, head, announceLength);
                byte[] chunk = new byte[CHUNK];
                Arrays.fill(chunk, (byte) repeated);
                for (long left = count; left > 0; left -= CHUNK) {
                    write(out, left >= CHUNK ? chunk : Arrays.copyOf(chunk, (int) left), announceLength);
                }
                write(out, tail, announceLength);
                if (!announceLength) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException closedWhileSending) {
                return statusOrClosed(socket.getInputStream());
            }
            return statusOrClosed(socket.getInputStream());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(OutputStream out, byte[] bytes, boolean plain) throws IOException {
        if (!plain) {
            out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(bytes);
        if (!plain) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** The status of the answer, when one came before the connection closed. */
    private static int statusOrClosed(InputStream in) {
        try {
            byte[] start = in.readNBytes(12);
            String line = new String(start, StandardCharsets.US_ASCII);
            return line.startsWith("HTTP/1.1 ") ? Integer.parseInt(line.substring(9, 12)) : CLOSED;
        } catch (IOException | NumberFormatException e) {
            return CLOSED;
        }
    }
}
