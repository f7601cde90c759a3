package org.custodia.testing;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * axe-core (from its WebJar) run in the page. It is evaluated through the DevTools protocol rather
 * than added as a script tag, so the application's Content-Security-Policy needs no exception.
 */
public final class Axe {

    private static final String SCRIPT = load();

    private static final String SERIOUS_VIOLATIONS = """
            async () => {
              // Pages with errors move focus (and the view) to the error summary as they load. axe-core
              // judges contrast by what is drawn at each point, and a header half scrolled away during that
              // move reads as white on white: check the settled page, from the top.
              if (document.readyState !== 'complete') {
                await new Promise(done => window.addEventListener('load', done, { once: true }));
              }
              await document.fonts.ready;
              window.scrollTo(0, 0);
              await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
              const results = await axe.run();
              if (results.passes.length === 0) throw new Error('axe-core checked nothing on ' + location.href);
              return results.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
            }
            """;

    private Axe() {}

    /** Each serious or critical violation on the page as it is now, described in one line. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(Page page) {
        page.evaluate(SCRIPT);
        List<String> violations = (List<String>) page.evaluate(SERIOUS_VIOLATIONS);
        if (!violations.isEmpty()) {
            // A real violation is there every time; one seen only while the page is still moving (the
            // focus going to an error summary) is gone a moment later. Judge the page once it is still.
            page.waitForTimeout(500);
            violations = (List<String>) page.evaluate(SERIOUS_VIOLATIONS);
        }
        return violations;
    }

    private static String load() {
        Properties webJar = new Properties();
        try (InputStream pom = resource("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            webJar.load(pom);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream script =
                resource("META-INF/resources/webjars/axe-core/" + webJar.getProperty("version") + "/axe.min.js")) {
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Axe.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing: is org.webjars.npm:axe-core a test dependency?");
        }
        return in;
    }
}
