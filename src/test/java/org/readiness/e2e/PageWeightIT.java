package org.readiness.e2e;

import com.microsoft.playwright.Request;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards what a merchant downloads on the first visit. Raise {@link #COMMITTED_BYTES} on purpose, when something
 * is worth the weight.
 */
class PageWeightIT extends E2eTest {

    /** Bytes transferred on the first load of the start page (production build), measured 2026-11-28. */
    static final long COMMITTED_BYTES = 410_000;

    @Test
    void the_first_load_of_the_start_page_stays_within_ten_percent_of_the_committed_weight() {
        AtomicLong bytes = new AtomicLong();
        page.onRequestFinished(request -> bytes.addAndGet(transferred(request)));

        page.navigate(app.url(""));
        assertThat(page.locator("vaadin-button.start-button")).isVisible();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);

        System.out.println("First load of the start page: " + bytes.get() + " bytes");
        assertThat(bytes.get()).isLessThanOrEqualTo(COMMITTED_BYTES * 110 / 100);
    }

    private static long transferred(Request request) {
        var sizes = request.sizes();
        return Math.max(0, sizes.responseBodySize) + Math.max(0, sizes.responseHeadersSize);
    }
}
