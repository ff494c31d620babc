package org.securebase.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.lang.management.ManagementFactory;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.securebase.Application;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A thread with 1,000 comments: time until the first comments are visible in Chromium, and the server heap one
 * open view of it holds. A documented bench command, not a test (see docs/benchmarks.md):
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.securebase.bench.ThreadBench}
 */
public final class ThreadBench {

    private static final int COMMENTS = Integer.getInteger("comments", 1_000);
    private static final int VIEWS = Integer.getInteger("views", 10);

    private ThreadBench() {}

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .properties("server.port=0", "logging.threshold.console=WARN")
                .run()) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            TestAccounts accounts = app.getBean(TestAccounts.class);
            ThreadService threads = app.getBean(ThreadService.class);
            long reader = accounts.active("Bench Reader", Role.THERAPIST);
            accounts.signInAs(reader);
            long open =
                    app.getBean(GroupService.class).visibleGroups().getFirst().id();
            long thread = threads.create(open, ThreadKind.DISCUSSION, "A thousand comments", "Bench.", null, false);
            for (int i = 1; i <= COMMENTS; i++) {
                threads.postComment(
                        thread,
                        null,
                        "Comment " + i + ": attunement, misattunement and repair, "
                                + "in a paragraph of ordinary length for a consultation reply.",
                        false);
            }
            accounts.signOut();
            String email = accounts.emailOf(reader);
            String url = "http://localhost:" + port + "/threads/" + thread;

            try (Playwright playwright = Playwright.create()) {
                Browser browser = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setHeadless(true)
                                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                                .setArgs(List.of(
                                        "--no-sandbox",
                                        "--disable-gpu",
                                        "--disable-background-networking",
                                        "--disable-component-update",
                                        "--disable-sync",
                                        "--no-first-run")));
                List<Long> firstVisible = new ArrayList<>();
                long heapBefore = usedHeapAfterGc();
                List<BrowserContext> open_views = new ArrayList<>();
                for (int i = 0; i < VIEWS; i++) {
                    BrowserContext context = browser.newContext();
                    open_views.add(context);
                    Page page = context.newPage();
                    page.navigate("http://localhost:" + port + "/login");
                    page.locator("vaadin-login-form input[name=username]").fill(email);
                    page.locator("vaadin-login-form input[name=password]").fill(TestAccounts.PASSWORD);
                    page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
                    page.waitForURL("**/");
                    long start = System.nanoTime();
                    page.navigate(url);
                    try {
                        page.locator(".sb-comment[data-number='1']").waitFor();
                    } catch (RuntimeException e) {
                        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "bench-failure.png")));
                        System.out.println("URL at failure: " + page.url());
                        throw e;
                    }
                    firstVisible.add((System.nanoTime() - start) / 1_000_000);
                    if (i == 0) {
                        System.out.println("comments rendered in the browser for one view: "
                                + page.locator(".sb-comment").count() + " of " + COMMENTS);
                    }
                }
                long heapAfter = usedHeapAfterGc();
                firstVisible.sort(Long::compare);
                System.out.printf(
                        "first comments visible: median %d ms, slowest %d ms over %d views%n",
                        firstVisible.get(firstVisible.size() / 2), firstVisible.getLast(), VIEWS);
                System.out.printf(
                        "server heap per open view (session, UI and its comment page): %.1f MB%n",
                        (heapAfter - heapBefore) / (double) VIEWS / 1024 / 1024);
                open_views.forEach(BrowserContext::close);
                browser.close();
            }
        }
    }

    /** Collects until the used heap stops shrinking, so the figure is what is really held. */
    private static long usedHeapAfterGc() {
        long previous = Long.MAX_VALUE;
        long used = heapUsed();
        for (int i = 0; i < 10 && used < previous; i++) {
            previous = used;
            System.gc();
            used = heapUsed();
        }
        return Math.min(used, previous);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
