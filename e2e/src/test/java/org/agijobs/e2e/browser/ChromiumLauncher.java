package org.agijobs.e2e.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Headless Chromium: Debian's where it is installed, otherwise a Chromium installed for Playwright beforehand. */
public final class ChromiumLauncher {

    static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

    private static final List<String> ARGUMENTS = List.of(
            "--no-sandbox", // Chromium refuses to start as root with its sandbox on
            "--disable-gpu",
            // The network here reaches package registries only: Chromium must not keep calling home.
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");

    private ChromiumLauncher() {
    }

    /** A Playwright whose driver never downloads a browser. */
    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser launch(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGUMENTS);
        if (Files.isExecutable(SYSTEM_CHROMIUM)) {
            options.setExecutablePath(SYSTEM_CHROMIUM);
        }
        return playwright.chromium().launch(options);
    }
}
