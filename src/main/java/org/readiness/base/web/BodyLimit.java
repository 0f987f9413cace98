package org.readiness.base.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body read no further than a limit, whether the request announced its length or not (a chunked body
 * announces none): reading past the limit throws {@link TooLarge}, so nothing over it is ever held.
 */
public final class BodyLimit {

    private BodyLimit() {
    }

    /** The request, its body counted as it is read. */
    public static HttpServletRequest capped(HttpServletRequest request, long maxBytes) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public ServletInputStream getInputStream() throws IOException {
                return new CountingStream(super.getInputStream(), maxBytes);
            }
        };
    }

    /** The whole body, or {@link TooLarge} as soon as it passes the limit. */
    static byte[] readAll(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (body.size() + (long) n > maxBytes) {
                throw new TooLarge(maxBytes);
            }
            body.write(buffer, 0, n);
        }
        return body.toByteArray();
    }

    /** The body went past the limit; what was read of it is dropped. */
    public static final class TooLarge extends IOException {

        private final long maxBytes;

        TooLarge(long maxBytes) {
            super("request body over the limit of " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        CountingStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > maxBytes) {
                throw new TooLarge(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
