package org.readiness.api;

import org.readiness.assessment.ResultWording;
import org.readiness.base.ReadinessProperties;
import org.readiness.questionnaire.file.QuestionnaireCatalog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What the API's controllers need in a {@code @WebMvcTest} besides themselves, their advice, filter and interceptor:
 * the app's settings (its filters read them), the questionnaires of the test folder, and the public API's security
 * as the app sets it (open to all, no CSRF token, since the API takes no cookie-based login). No database, no Vaadin.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadinessProperties.class)
class ApiSlice {

    @Bean
    QuestionnaireCatalog questionnaireCatalog(@Value("${readiness.questionnaires.dir}") Path folder) throws IOException {
        return QuestionnaireCatalog.of(QuestionnaireCatalog.filesIn(folder));
    }

    /** Results of the answers a request brings are made now, by the real wording. */
    @Bean
    ResultWording resultWording() {
        return new ResultWording(Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC));
    }

    @Bean
    SecurityFilterChain publicApi(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
