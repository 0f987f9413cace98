package org.readiness;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tomcat's own error page, for a request it refuses before the app sees it (a malformed address gets 400), carries
 * the security headers too: a Content-Security-Policy that allows its inline style and nothing else, and no framing.
 * It replaces the error page Spring Boot sets up, after Spring Boot has (which shows no server version or report).
 */
@Component
class TomcatErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'none'";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            // The host adds an error page valve of this class at its start unless it has one: it has.
            host.setErrorReportValveClass(WithHeaders.class.getName());
            var pipeline = host.getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new WithHeaders());
        });
    }

    /** Tomcat's error page, without its version or report, with the headers. */
    static final class WithHeaders extends ErrorReportValve {

        WithHeaders() {
            setShowServerInfo(false);
            setShowReport(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (!response.isCommitted() && response.getStatus() >= 400) {
                response.setHeader("Content-Security-Policy", POLICY);
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("X-Frame-Options", "DENY");
                response.setHeader("Referrer-Policy", "no-referrer");
            }
            super.report(request, response, throwable);
        }
    }
}
