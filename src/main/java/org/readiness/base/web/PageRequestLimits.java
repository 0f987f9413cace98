package org.readiness.base.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.readiness.base.ReadinessProperties;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Guards what the pages send the server before Vaadin reads it, which it would do whole and unchecked: a body over
 * {@code readiness.page-requests.max-body} gets 413 and is not read further; a UIDL or push message that is not one
 * well-formed JSON object, or that nests deeper than {@code readiness.page-requests.max-json-depth}, gets 400 and one
 * rate-limited WARN line instead of an error with a stack (a deeply nested one would overflow Vaadin's parser's
 * stack). The API ({@code /api/}) has its own limit; uploads have Vaadin's.
 */
@Component
class PageRequestLimits extends OncePerRequestFilter implements Ordered {

    /** Before Spring Security (at -100) and everything else that might read the body. */
    static final int ORDER = -110;

    private final long maxBody;
    private final JsonFactory json;
    private final RefusalLog refusals = new RefusalLog();

    PageRequestLimits(ReadinessProperties properties) {
        this.maxBody = properties.pageRequests().maxBody().toBytes();
        this.json = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(properties.pageRequests().maxJsonDepth()).build()).build();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || VaadinRequests.type(request).equals("upload");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBody) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "too large");
            return;
        }
        if (!VaadinRequests.isMessage(request)) {
            chain.doFilter(BodyLimit.capped(request, maxBody), response);
            return;
        }
        byte[] body;
        try {
            body = BodyLimit.readAll(request.getInputStream(), maxBody);
        } catch (BodyLimit.TooLarge e) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "too large");
            return;
        }
        if (!isOneJsonObject(body)) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "not one well-formed JSON object");
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private boolean isOneJsonObject(byte[] body) {
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException malformedOrTooDeep) {
            return false;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String why)
            throws IOException {
        refusals.refused("a page request (" + VaadinRequests.type(request) + ", " + why + ")", request.getRemoteAddr());
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(("The request was refused: " + why + ".").getBytes(StandardCharsets.UTF_8));
    }

    /** The request with its body already read, served again to whoever reads it next. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
