package org.readiness.e2e;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy in a real browser: Vaadin's own pages run, script injected into a page does not. The
 * other end-to-end tests walk every page under the same policy.
 */
class ContentSecurityPolicyIT extends E2eTest {

    /** Collects the browser's CSP reports; Playwright's init scripts run before the page's and are not policed. */
    private static final String RECORD_VIOLATIONS = """
            window.__violations = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
            """;

    @Test
    void the_app_runs_under_the_policy_and_injected_inline_script_does_not() {
        page.addInitScript(RECORD_VIOLATIONS);
        page.navigate(app.url(""));
        page.getByText("Start the assessment").click();
        expectPath("assessment/step/company");
        answer("en", "company-size", "1-10");
        expectAllSaved();
        assertThat(violations()).as("Vaadin's own scripts break no rule").isEmpty();

        // What an injection into the page would try: an inline script, an event handler, a javascript: address.
        page.evaluate("""
                () => {
                  const script = document.createElement('script');
                  script.textContent = 'window.__injected = "inline script ran"';
                  document.body.appendChild(script);
                  const button = document.createElement('button');
                  button.setAttribute('onclick', 'window.__injected = "event handler ran"');
                  document.body.appendChild(button);
                  button.click();
                  const link = document.createElement('a');
                  link.href = 'javascript:window.__injected = "javascript: address ran"';
                  document.body.appendChild(link);
                  link.click();
                }""");

        assertThat(page.evaluate("() => window.__injected === undefined")).isEqualTo(true);
        assertThat(violations()).anyMatch(violation -> violation.startsWith("script-src"));
        // ...and the page still works after it
        answer("en", "business-model", "b2c");
        expectAllSaved();
    }

    @Test
    void the_policy_carries_a_fresh_nonce_and_allows_no_connection_to_other_hosts() {
        var first = page.navigate(app.url("")).headers().get("content-security-policy");
        var second = page.navigate(app.url("")).headers().get("content-security-policy");

        assertThat(first).contains("script-src 'self' 'nonce-", "connect-src 'self';")
                .doesNotContain("'unsafe-inline' 'unsafe-eval'", "ws:", "wss:");
        assertThat(first).isNotEqualTo(second);
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        return (List<String>) page.evaluate("() => window.__violations");
    }
}
