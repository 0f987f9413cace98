package org.readiness.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One Playwright and one Chromium for the whole test run (each Playwright.create() unpacks its driver anew).
 * Chromium is Debian's /usr/bin/chromium; Playwright never downloads a browser here.
 */
final class Browsers {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static Browser browser;

    private Browsers() {
    }

    static synchronized Browser chromium() {
        if (browser == null) {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException("End-to-end tests need Chromium at " + CHROMIUM + ": install it with "
                        + "'apt-get install -y chromium' (Debian) or set CHROMIUM_PATH. See README, 'Tests'.");
            }
            Playwright playwright = Playwright.create();
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return browser;
    }
}
