package org.readiness.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One Playwright and one Chromium for the whole test run (each Playwright.create() unpacks its driver anew).
 * The browser is, in this order: the one at {@code CHROMIUM_PATH}; a Chromium or Chrome on the PATH (Debian's
 * /usr/bin/chromium here); otherwise Playwright's own Chromium, which Playwright downloads on first use.
 */
final class Browsers {

    private static final List<String> ON_THE_PATH = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable", "chrome");
    private static Browser browser;

    private Browsers() {
    }

    static synchronized Browser chromium() {
        if (browser == null) {
            Optional<Path> local = localChromium();
            Playwright playwright;
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run"));
            if (local.isPresent()) {
                playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                options.setExecutablePath(local.get());
            } else {
                try {
                    playwright = Playwright.create();
                } catch (RuntimeException downloadFailed) {
                    throw new IllegalStateException(NONE_FOUND, downloadFailed);
                }
            }
            browser = launch(playwright, options);
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return browser;
    }

    private static Browser launch(Playwright playwright, BrowserType.LaunchOptions options) {
        try {
            return playwright.chromium().launch(options);
        } catch (RuntimeException e) {
            throw new IllegalStateException(NONE_FOUND, e);
        }
    }

    private static final String NONE_FOUND = "End-to-end tests need Chromium. Any of these works: set CHROMIUM_PATH "
            + "to a Chromium or Chrome; or install one on the PATH (e.g. 'apt-get install -y chromium' on Debian); or "
            + "let Playwright download its own on the first run (needs internet). See README, 'Tests'.";

    /** CHROMIUM_PATH when set (and then it must be there), else the first Chromium or Chrome on the PATH. */
    static Optional<Path> localChromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            if (!Files.isExecutable(path)) {
                throw new IllegalStateException("CHROMIUM_PATH is " + configured + ", which is not an executable. "
                        + NONE_FOUND);
            }
            return Optional.of(path);
        }
        String searchPath = System.getenv().getOrDefault("PATH", "");
        return Stream.of(searchPath.split(File.pathSeparator)).filter(folder -> !folder.isBlank())
                .flatMap(folder -> ON_THE_PATH.stream().flatMap(name -> Stream.of(name, name + ".exe"))
                        .map(name -> Path.of(folder, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
