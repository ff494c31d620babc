package org.securebase.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.securebase.TestProfiles;
import org.securebase.accounts.TestAccounts;
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

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    private Playwright playwright;
    private Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    void launch() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setExecutablePath(Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
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
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900));
        context.setDefaultTimeout(30_000); // generous: CI runs the journeys on two shared cores
        contexts.add(context);
        return context.newPage();
    }

    Page person() {
        return person(1280);
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    void signIn(Page page, String email, String password) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(email);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForLoadState();
    }

    void fill(Page page, String fieldId, String value) {
        page.locator("#" + fieldId + " input, #" + fieldId + " textarea").first().fill(value);
    }

    void screenshot(Page page, String name) {
        page.waitForTimeout(300); // let Lumo's transitions settle so the picture shows the final state
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
