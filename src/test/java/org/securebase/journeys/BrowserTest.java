package org.securebase.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.securebase.TestProfiles;
import org.securebase.accounts.TestAccounts;
import org.securebase.accounts.TestSecondFactors;
import org.securebase.groups.TestCovenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A journey in Debian's Chromium, headless, against the whole application on a random port. Each test gets fresh
 * browser contexts (one per person); screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final Path AXE = Paths.get("target", "axe");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestCovenants covenants;

    @Autowired
    TestSecondFactors secondFactors;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Playwright playwright;
    private Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> cspViolations = Collections.synchronizedList(new ArrayList<>());

    /**
     * Reports every Content-Security-Policy violation as a console error that {@link #closeContexts} fails the
     * journey on. Chromium logs a refusal itself too; the event also names what was blocked (an inline script, an
     * eval, a file from elsewhere). Playwright injects this script outside the page's policy.
     */
    private static final String REPORT_CSP_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e => console.error(
                'CSP violation: ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || '(inline)')
                    + ' in ' + e.documentURI + (e.sample ? ': ' + e.sample : '')));
            """;

    @BeforeAll
    void launch() throws Exception {
        // Every browser signs in from 127.0.0.1. Failed sign-ins that other tests left in the shared database for
        // that address (they age out after 15 minutes) would slow or refuse this journey's sign-ins: on PostgreSQL
        // in CI one journey timed out that way. Each journey starts with the address's record clean.
        jdbc.update("delete from login_failure where failure_key like 'address:%'");
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create();
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setHeadless(true)
                        .setExecutablePath(Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium")))
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--disable-quic")));
    }

    /** Every page a journey visited ran under the Content-Security-Policy without the browser refusing anything. */
    @AfterEach
    void closeContexts() {
        List<String> violations;
        synchronized (cspViolations) {
            violations = List.copyOf(cspViolations);
            cspViolations.clear();
        }
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        assertThat(violations)
                .as("Content-Security-Policy violations in the browser's console")
                .isEmpty();
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A new person at a desk: their own cookies and session. */
    Page person(int width) {
        return person(width, com.microsoft.playwright.options.ColorScheme.LIGHT);
    }

    /** A person whose device is set to light or dark colours. */
    Page person(int width, com.microsoft.playwright.options.ColorScheme scheme) {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(width, 900).setColorScheme(scheme));
        context.setDefaultTimeout(30_000); // generous: CI runs the journeys on two shared cores
        contexts.add(context);
        context.addInitScript(REPORT_CSP_VIOLATIONS);
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            String text = message.text();
            if ("error".equals(message.type())
                    && (text.contains("Content Security Policy") || text.startsWith("CSP violation"))) {
                cspViolations.add(page.url() + ": " + text);
            }
        });
        return page;
    }

    Page person() {
        return person(1280);
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /**
     * Signs in through the login page, having accepted every group's current covenant for the member first: journeys
     * that are not about the covenant open threads directly (CovenantViewTest covers the covenant page).
     */
    void signIn(Page page, String email, String password) {
        covenants.acceptAll(email);
        page.navigate(url("login"));
        try {
            page.locator("vaadin-login-form input[name=username]").fill(email);
        } catch (RuntimeException e) {
            screenshot(page, "sign-in-failed-" + System.currentTimeMillis());
            System.err.println("SIGN-IN PAGE " + page.url() + "\n" + page.content());
            throw e;
        }
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForLoadState();
        if (secondFactors.required(email) && secondFactors.passwordIsRight(email, password)) {
            giveSecondFactor(page, email);
        }
    }

    /**
     * The step after the password for staff (and therapists who chose it): the code their app would show, computed
     * from {@link TestSecondFactors#KEY}; or, for an account without one yet, the enrolment with the key read from
     * the page. Then waits until the app itself has loaded.
     */
    void giveSecondFactor(Page page, String email) {
        page.locator("#second-factor-code, #enrol-code").first().waitFor();
        if (page.locator("#enrol-code").count() > 0) {
            String key = page.locator("#totp-key").innerText().replace(" ", "");
            fill(page, "enrol-code", TestSecondFactors.codeNow(key));
            page.locator("#confirm-enrolment").click();
            page.locator("#recovery-codes-saved").click();
        } else {
            fill(page, "second-factor-code", secondFactors.nextCode(email));
            page.locator("#verify-code").click();
        }
        page.waitForURL(url -> !url.contains("second-factor"));
        page.waitForLoadState();
    }

    /**
     * Runs axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA, and Deque's best practices) on the page as it is now and fails on any serious or
     * critical finding; every finding, whatever its impact, is written to target/axe/NAME.txt.
     */
    void assertAccessible(Page page, String name) {
        page.waitForLoadState();
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .analyze();
        StringBuilder report = new StringBuilder(page.url()).append('\n');
        List<String> blocking = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            String line = rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                    + rule.getNodes().stream()
                            .map(n -> String.valueOf(n.getTarget()))
                            .toList();
            report.append(line).append('\n');
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                blocking.add(line);
            }
        }
        try {
            Files.createDirectories(AXE);
            Files.writeString(AXE.resolve(name + ".txt"), report);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (Boolean.getBoolean("axe.reportOnly")) {
            return;
        }
        org.assertj.core.api.Assertions.assertThat(blocking)
                .as("serious or critical accessibility findings on " + name)
                .isEmpty();
    }

    void fill(Page page, String fieldId, String value) {
        page.locator("#" + fieldId + " input, #" + fieldId + " textarea")
                .first()
                .fill(value);
    }

    /** Saves a picture of the page and audits it with axe-core (see {@link #assertAccessible}). */
    void screenshot(Page page, String name) {
        page.waitForTimeout(300); // let Lumo's transitions settle so the picture shows the final state
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
        assertAccessible(page, name); // every page a journey photographs is also audited
    }
}
