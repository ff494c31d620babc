package org.securebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.Cookie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.securebase.Eventually;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The README's "Running several instances", in a browser: two instances of the packaged app in their own JVMs on
 * one PostgreSQL database, behind HAProxy from config/haproxy.cfg. Two members pinned to different instances see
 * each other's comments live; then one instance is killed, and its member signs in again on the other and finds
 * the comment they had typed but not posted. PostgreSQL only (one database for both), and only where HAProxy is
 * installed (.ci/run installs it).
 */
@EnabledIfSystemProperty(named = "securebase.test.db", matches = "postgres")
@EnabledIf("org.securebase.journeys.Haproxy#installed")
class HaproxyJourneyIT extends BrowserTest {

    private static final String STICKY = "SB_SERVER";
    private static final double LIVE_MS = 5_000;
    private static final Path FOLDER = Path.of("target", "haproxy-journey").toAbsolutePath();

    @Autowired
    GroupService groups;

    @Autowired
    ThreadService threads;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    private AppInstance instance1;
    private AppInstance instance2;
    private Haproxy haproxy;

    @BeforeAll
    void startTwoInstancesBehindHaproxy() throws Exception {
        Files.createDirectories(FOLDER);
        // One database (this test's context uses it too) and the same secrets for both, as the README asks.
        Map<String, String> shared = Map.of(
                "SECUREBASE_DB_URL", environment.getRequiredProperty("spring.datasource.url"),
                "SECUREBASE_DB_USER", environment.getRequiredProperty("spring.datasource.username"),
                "SECUREBASE_DB_PASSWORD", environment.getProperty("spring.datasource.password", ""),
                "SECUREBASE_DRAFTS_SECRET", randomSecret(),
                "SECUREBASE_LOGIN_DEVICESECRET", randomSecret(),
                "SERVER_FORWARDHEADERSSTRATEGY", "native");
        instance1 = AppInstance.start("instance1", shared, FOLDER);
        instance2 = AppInstance.start("instance2", shared, FOLDER);
        instance1.awaitReady(Duration.ofMinutes(3));
        instance2.awaitReady(Duration.ofMinutes(3));
        haproxy = Haproxy.start(instance1, instance2, FOLDER);
    }

    @AfterAll
    void stopThem() throws InterruptedException {
        if (haproxy != null) {
            haproxy.stop();
        }
        for (AppInstance instance : new AppInstance[] {instance1, instance2}) {
            if (instance != null) {
                instance.stop();
            }
        }
    }

    /** Every page goes through HAProxy, never to an instance directly. */
    @Override
    String url(String path) {
        return "http://localhost:" + haproxy.port + "/" + path;
    }

    @Test
    void membersOnTwoInstancesTalkLiveAndADraftOutlivesItsInstance() throws InterruptedException {
        long admin = accounts.active(TestAccounts.unique("Admin"), Role.ADMIN);
        long ana = accounts.active(TestAccounts.unique("Ana"), Role.THERAPIST);
        long ben = accounts.active(TestAccounts.unique("Ben"), Role.THERAPIST);
        accounts.signInAs(admin);
        long group = groups.create(
                new GroupForm("Failover " + UUID.randomUUID(), "Consultation.", false, Set.of(), Set.of(ana, ben)));
        accounts.signInAs(ana);
        long thread = threads.create(
                group,
                ThreadKind.DISCUSSION,
                "Endings when a colleague leaves",
                "How do you tell clients?",
                null,
                false);
        accounts.signOut();

        Page a = person();
        String anaServer = pin(a, null);
        Page b = person();
        String benServer = pin(b, anaServer);
        assertThat(benServer).as("the two members are on different instances").isNotEqualTo(anaServer);

        signIn(a, accounts.emailOf(ana), TestAccounts.PASSWORD);
        a.navigate(url("threads/" + thread));
        signIn(b, accounts.emailOf(ben), TestAccounts.PASSWORD);
        b.navigate(url("threads/" + thread));
        assertThat(b.locator("#thread-title")).hasText("Endings when a colleague leaves");
        assertThat(stickyServer(a)).as("signing in keeps Ana on her instance").isEqualTo(anaServer);
        assertThat(stickyServer(b)).isEqualTo(benServer);

        post(a, "I tell them early, with a date, marker-ana-" + thread, 1);
        assertThat(b.locator(".sb-comment[data-number='1']"))
                .containsText("marker-ana-" + thread, new LocatorAssertions.ContainsTextOptions().setTimeout(LIVE_MS));
        post(b, "And I offer a named colleague, marker-ben-" + thread, 2);
        assertThat(a.locator(".sb-comment[data-number='2']"))
                .containsText("marker-ben-" + thread, new LocatorAssertions.ContainsTextOptions().setTimeout(LIVE_MS));
        screenshot(b, "50-haproxy-live-on-the-other-instance");
        assertThat(storedComments(thread))
                .as("both acknowledged comments are stored")
                .isEqualTo(2);

        String draft = "Half-written: the client who asked whether I was leaving because of them";
        Instant typed = Instant.now();
        fill(a, "comment-body", draft);
        Eventually.within(
                Duration.ofSeconds(10),
                () -> assertThat(draftSavedSince(ana, thread, typed))
                        .as("the draft reached the server")
                        .isTrue());

        (anaServer.equals(instance1.name) ? instance1 : instance2).kill();

        a.navigate(url("threads/" + thread));
        assertThat(a).hasURL(java.util.regex.Pattern.compile("/login"));
        signIn(a, accounts.emailOf(ana), TestAccounts.PASSWORD);
        assertThat(stickyServer(a))
                .as("Ana is now on the instance still running")
                .isEqualTo(benServer);
        a.navigate(url("threads/" + thread));
        assertThat(a.locator("#comment-body textarea")).hasValue(draft);
        assertThat(a.locator(".sb-comment[data-number='2']")).containsText("marker-ben-" + thread);
        screenshot(a, "51-haproxy-draft-after-its-instance-died");
        assertThat(storedComments(thread))
                .as("no acknowledged comment was lost")
                .isEqualTo(2);

        post(a, draft, 3);
        assertThat(b.locator(".sb-comment[data-number='3']"))
                .containsText("Half-written", new LocatorAssertions.ContainsTextOptions().setTimeout(LIVE_MS));
        assertThat(storedComments(thread)).isEqualTo(3);
    }

    /**
     * Opens the sign-in page so HAProxy picks an instance and sets its cookie. Round robin alternates, so a browser
     * given {@code avoid} gets the other instance when it asks again with no cookie.
     */
    private String pin(Page page, String avoid) {
        for (int attempt = 0; attempt < 4; attempt++) {
            page.context().clearCookies();
            page.navigate(url("login"));
            String server = stickyServer(page);
            if (server != null && !server.equals(avoid)) {
                return server;
            }
        }
        throw new AssertionError("HAProxy set no " + STICKY + " cookie for another instance than " + avoid);
    }

    private static String stickyServer(Page page) {
        List<Cookie> cookies = page.context().cookies();
        return cookies.stream()
                .filter(c -> STICKY.equals(c.name))
                .map(c -> c.value)
                .findFirst()
                .orElse(null);
    }

    /** Posts and waits for the page to show the comment: that is the acknowledgement a member sees. */
    private void post(Page page, String text, int number) {
        fill(page, "comment-body", text);
        page.locator("#post-comment").click();
        // generous: CI runs two instances, HAProxy and two browsers on two shared cores
        assertThat(page.locator(".sb-comment[data-number='" + number + "']"))
                .containsText(text.substring(0, 12), new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
    }

    private int storedComments(long thread) {
        return jdbc.queryForObject("select count(*) from thread_comment where thread_id = ?", Integer.class, thread);
    }

    private boolean draftSavedSince(long account, long thread, Instant since) {
        return jdbc.queryForObject(
                        "select count(*) from draft where account_id = ? and draft_key = ? and updated_at >= ?",
                        Integer.class,
                        account,
                        "comment:" + thread,
                        Timestamp.from(since))
                > 0;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
