package org.readiness.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.LoadState;

import java.util.concurrent.atomic.AtomicLong;

/** Bytes a browser with an empty cache transfers to show a page: bodies and headers of every response. */
final class PageWeight {

    private PageWeight() {
    }

    static long firstLoadBytes(String url) {
        try (Playwright playwright = Chromium.playwright()) {
            Browser browser = Chromium.launch(playwright);
            Page page = browser.newContext().newPage();
            AtomicLong bytes = new AtomicLong();
            page.onRequestFinished(request -> bytes.addAndGet(transferred(request)));
            page.navigate(url);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.waitForTimeout(500);
            browser.close();
            return bytes.get();
        }
    }

    private static long transferred(Request request) {
        var sizes = request.sizes();
        return Math.max(0, sizes.responseBodySize) + Math.max(0, sizes.responseHeadersSize);
    }
}
