package org.readiness;

import org.apache.catalina.Engine;
import org.readiness.base.ReadinessProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Behind a balancer with cookie affinity (deploy/nginx.conf): {@code readiness.instance.route} (environment variable
 * {@code READINESS_INSTANCE_ROUTE}, letters, digits and dashes) ends every session id this instance makes
 * ("…F3A9.a"), so the balancer can send each session's requests to the instance that holds it. Empty: no route.
 */
@Configuration(proxyBeanMethods = false)
class InstanceRouteConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> instanceRoute(ReadinessProperties properties) {
        String route = properties.instance().route();
        if (!route.isEmpty() && !route.matches("[A-Za-z0-9-]{1,32}")) {
            throw new IllegalStateException("readiness.instance.route must be 1 to 32 letters, digits or dashes; got \""
                    + route + "\"");
        }
        return factory -> {
            if (!route.isEmpty()) {
                factory.addContextCustomizers(context -> ((Engine) context.getParent().getParent()).setJvmRoute(route));
            }
        };
    }
}
