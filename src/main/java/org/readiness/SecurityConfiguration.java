package org.readiness;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.readiness.consultant.AccountService;
import org.readiness.consultant.AccountSessions;
import org.readiness.consultant.LoginFailure;
import org.readiness.consultant.LoginFormLimits;
import org.readiness.consultant.RevokedSessions;
import org.readiness.consultant.ThrottledAuthentication;
import org.readiness.consultant.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Merchants' pages and the public API are open to all; consultants' pages need a login. Security headers for all.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ThrottledAuthentication authenticationManager,
                                            AccountService accounts, AccountSessions sessions,
                                            RequestUtil vaadinRequests,
                                            ContentSecurityPolicy contentSecurityPolicy) throws Exception {
        // All of /api/, unknown addresses too: they answer 404 without a session (a CSRF check would make one). The
        // consultants' calls work with their session and its CSRF token (ConsultantApiSessions refuses them without).
        RequestMatcher consultantApi = PathPatternRequestMatcher.withDefaults().matcher("/api/consultant/**");
        // The studio's API likewise (its rule below; its last-moment save is a form post with the CSRF token).
        RequestMatcher studioApi = PathPatternRequestMatcher.withDefaults().matcher("/api/studio/**");
        RequestMatcher publicApi = new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher("/api"),
                new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                        new NegatedRequestMatcher(new OrRequestMatcher(consultantApi, studioApi))),
                PathPatternRequestMatcher.withDefaults().matcher("/schemas/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/health/**"));
        http.authenticationManager(authenticationManager);
        http.authorizeHttpRequests(requests -> requests.requestMatchers(publicApi).permitAll());
        // The studio's API: administrators and authors only; anyone else, signed in or not, gets 403.
        http.authorizeHttpRequests(requests -> requests.requestMatchers(studioApi).hasAnyRole("ADMIN", "AUTHOR"));
        http.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(new Http403ForbiddenEntryPoint(),
                studioApi));
        // The public API takes no cookie-based login, so cross-site requests can do nothing there. Vaadin's own
        // requests carry Vaadin's own token. The login form is checked: a cross-site post must not log anyone in
        // (Vaadin's configurer would exempt it, so its CSRF part is off and done here).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(publicApi, vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(new LoginFormLimits(), CsrfFilter.class);
        http.addFilterAfter(new RevokedSessions(accounts), SecurityContextHolderFilter.class);
        // The login page is named here too, before Vaadin's configurer does, or Spring would add its own login page.
        http.formLogin(form -> form.loginPage("/login").failureHandler(new LoginFailure()));
        http.sessionManagement(session -> session.addSessionAuthenticationStrategy(sessions));
        http.headers(headers -> headers
                .addHeaderWriter(contentSecurityPolicy)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .frameOptions(frame -> frame.deny()));
        // Every other address reaches Vaadin, whose navigation access control guards each view by its annotations,
        // so an unknown address gets the not-found page rather than the login.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                .defaultSuccessUrl("/consultant")
                .anyRequest(any -> any.permitAll()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
