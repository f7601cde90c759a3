package org.custodia.testing;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Debian's Chromium driven by Playwright: one browser per test class, and a fresh context (cookies,
 * storage) with one {@link Page} for each test that asks for one, pointed at the running application.
 * Playwright never downloads a browser of its own here (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1).
 */
public class Browser implements BeforeAllCallback, AfterAllCallback, AfterEachCallback, ParameterResolver {

    /** Where CI installs it ({@code apt-get install chromium}); {@code -Dcustodia.chromium=...} overrides. */
    static final Path CHROMIUM = Path.of(System.getProperty("custodia.chromium", "/usr/bin/chromium"));

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final List<String> ARGUMENTS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Browser tests need Chromium at " + CHROMIUM
                    + ", which is missing. Install it with `apt-get install chromium` (as .ci/run does),"
                    + " or point -Dcustodia.chromium at another Chromium binary.");
        }
        Playwright playwright = Playwright.create();
        Chromium chromium = new Chromium(
                playwright,
                playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(CHROMIUM)
                                .setHeadless(true)
                                .setArgs(ARGUMENTS)));
        context.getStore(NAMESPACE).put(Chromium.class, chromium);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Chromium chromium = context.getStore(NAMESPACE).remove(Chromium.class, Chromium.class);
        if (chromium != null) {
            chromium.playwright().close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Page.class;
    }

    @Override
    public Page resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Chromium chromium = context.getStore(NAMESPACE).get(Chromium.class, Chromium.class);
        BrowserContext browserContext = chromium.browser()
                .newContext(new com.microsoft.playwright.Browser.NewContextOptions().setBaseURL(baseUrl(context)));
        browserContext.setDefaultTimeout(10_000);
        context.getStore(NAMESPACE).put(BrowserContext.class, browserContext);
        return browserContext.newPage();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        BrowserContext browserContext = context.getStore(NAMESPACE).remove(BrowserContext.class, BrowserContext.class);
        if (browserContext == null) {
            return;
        }
        if (context.getExecutionException().isPresent()
                && !browserContext.pages().isEmpty()) {
            screenshot(
                    browserContext.pages().get(0),
                    "failed-" + context.getRequiredTestMethod().getName());
        }
        browserContext.close();
    }

    /** Saves what the page shows now as {@code target/screenshots/<name>.png}. */
    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    private record Chromium(Playwright playwright, com.microsoft.playwright.Browser browser) {}

    private static String baseUrl(ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getRequiredProperty("local.server.port");
        return "http://localhost:" + port;
    }
}
