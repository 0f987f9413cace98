package org.readiness;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.readiness.consultant.ThrottledAuthentication;
import org.readiness.consultant.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Merchants' pages and the public API are open to all; consultants' pages need a login. Security headers for all.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true, securedEnabled = true)
class SecurityConfiguration {

    /**
     * What Vaadin needs: its bundles, inline bootstrap script and styles, and the websocket of dev mode;
     * nothing may frame the app.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; "
            + "object-src 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ThrottledAuthentication authentication) throws Exception {
        RequestMatcher publicApi = new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher("/api/questionnaires/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/api/questionnaires"),
                PathPatternRequestMatcher.withDefaults().matcher("/api/assessments/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/schemas/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/health/**"));
        http.authenticationProvider(authentication);
        http.authorizeHttpRequests(requests -> requests.requestMatchers(publicApi).permitAll());
        // The public API takes no cookie-based login, so cross-site requests can do nothing there.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(publicApi));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .frameOptions(frame -> frame.deny()));
        // Every other address reaches Vaadin, whose navigation access control guards each view by its annotations,
        // so an unknown address gets the not-found page rather than the login.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .defaultSuccessUrl("/consultant")
                .anyRequest(any -> any.permitAll()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
