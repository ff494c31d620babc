package org.securebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.securebase.threads.ImportService;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadRepository;
import org.securebase.threads.ThreadService;
import org.securebase.threads.WxrFile;
import org.springframework.beans.factory.annotation.Autowired;

/** Two colleagues on one thread; the imported seed discussion; hostile input in a real browser. */
class ThreadJourneyIT extends BrowserTest {

    @Autowired
    GroupService groups;

    @Autowired
    ThreadService threads;

    @Autowired
    org.securebase.threads.ThreadModeration threadModeration;

    @Autowired
    ImportService imports;

    @Autowired
    ThreadRepository threadRepository;

    private long group(long admin, Set<Long> members) {
        accounts.signInAs(admin);
        long id =
                groups.create(new GroupForm("Journey " + UUID.randomUUID(), "Consultation.", false, Set.of(), members));
        accounts.signOut();
        return id;
    }

    @Test
    void aCommentAppearsForAColleagueWithoutReloading() {
        long admin = accounts.active("Admin", Role.ADMIN);
        long ana = accounts.active("Ana", Role.THERAPIST);
        long ben = accounts.active("Ben", Role.THERAPIST);
        long group = group(admin, Set.of(ana, ben));
        accounts.signInAs(ana);
        long thread = threads.create(
                group,
                ThreadKind.CASE_CONSULTATION,
                "Repair after a missed session",
                "A client who went silent after I cancelled at short notice.",
                "How do you open the repair conversation?",
                false,
                new org.securebase.vignettes.Disclosure(true, Set.of()),
                java.util.List.of("repair"));
        accounts.signInAs(admin);
        threadModeration.review(thread, org.securebase.threads.ThreadStatus.PUBLISHED, null);
        accounts.signOut();

        Page a = person();
        signIn(a, accounts.emailOf(ana), TestAccounts.PASSWORD);
        a.navigate(url("threads/" + thread));
        Page b = person();
        signIn(b, accounts.emailOf(ben), TestAccounts.PASSWORD);
        b.navigate(url("threads/" + thread));
        assertThat(b.locator("#thread-title")).hasText("Repair after a missed session");

        fill(a, "comment-body", "I name it first: *I cancelled, and that may have felt like being dropped.*");
        a.locator("#post-comment").click();
        assertThat(a.locator(".sb-comment[data-number='1']")).isVisible();

        assertThat(b.locator("#new-comments")).isVisible();
        assertThat(b.locator("#new-comments")).containsText("1 new comment");
        assertThat(b.locator(".sb-comment[data-number='1']")).containsText("I name it first");
        screenshot(b, "10-thread-live");
    }

    @Test
    void theImportedSeedReadsNumberedAndNestedAsInTheBlog() throws Exception {
        long admin = accounts.active("Admin", Role.ADMIN);
        long reader = accounts.active("Reader", Role.THERAPIST);
        long group = group(admin, Set.of(reader));
        String site = "https://journey-" + UUID.randomUUID() + ".example";
        String xml;
        try (InputStream in = getClass().getResourceAsStream("/data/sample-discussion.wxr")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceFirst("<link>https://blog.example.org</link>", "<link>" + site + "</link>");
        }
        accounts.signInAs(admin);
        String groupName = groups.allGroups().stream()
                .filter(g -> g.groupId() == group)
                .findFirst()
                .orElseThrow()
                .name();
        imports.importAsAdmin(
                WxrFile.read(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))),
                groupName,
                false,
                p -> {});
        accounts.signOut();
        long thread = threadRepository
                .findByImportKey("wxr:" + site + ":101")
                .orElseThrow()
                .getId();

        Page page = person();
        signIn(page, accounts.emailOf(reader), TestAccounts.PASSWORD);
        page.navigate(url("threads/" + thread));
        assertThat(page.locator("#thread-title")).hasText("How to Rebuild Secure Attachment After Trauma");
        assertThat(page.locator(".sb-comment[data-number='1']")).containsText("guest: Nora");
        Locator seventh = page.locator(".sb-comment[data-number='7']");
        scrollCommentsUntil(page, seventh);
        assertThat(seventh).containsText("guest: Carollyne");
        String seventhId = seventh.getAttribute("data-comment-id");
        Locator replies = page.locator(".sb-comment.depth-1[data-parent-id='" + seventhId + "']");
        assertThat(replies.first()).containsText("guest: Christine");
        scrollCommentsUntil(page, replies.nth(1));
        assertThat(replies.nth(1)).containsText("guest: Lynda");
        screenshot(page, "11-imported-seed-thread");
    }

    /** The virtual list renders only what is on screen: scroll it until the comment is there. */
    private static void scrollCommentsUntil(Page page, Locator target) {
        for (int i = 0; i < 60 && target.count() == 0; i++) {
            page.locator("#comments").evaluate("el => el.shadowRoot.querySelector('#table').scrollTop += 400");
            page.waitForTimeout(150);
        }
        target.scrollIntoViewIfNeeded();
    }

    @Test
    void hostileInputRunsNoScriptAndBreaksNothing() throws Exception {
        long admin = accounts.active("Admin", Role.ADMIN);
        long writer = accounts.active("Writer", Role.THERAPIST);
        long group = group(admin, Set.of(writer));
        List<String> cases;
        try (InputStream in = getClass().getResourceAsStream("/data/hostile-inputs.txt")) {
            cases = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.replace("\\n", "\n"))
                    .toList();
        }
        accounts.signInAs(writer);
        long thread = threads.create(
                group,
                ThreadKind.DISCUSSION,
                "<script>alert('title')</script>",
                String.join("\n\n", cases.subList(0, 60)),
                null,
                false);
        for (String hostile : cases) {
            threads.postComment(thread, null, hostile, false);
        }
        accounts.signOut();

        Page page = person();
        List<String> problems = new ArrayList<>();
        page.onDialog(dialog -> {
            problems.add("dialog: " + dialog.message());
            dialog.dismiss();
        });
        page.onPageError(error -> problems.add("page error: " + error));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                problems.add("console: " + message.text());
            }
        });
        page.onResponse(response -> {
            if (response.status() >= 400) {
                problems.add("HTTP " + response.status() + " " + response.url());
            }
        });
        signIn(page, accounts.emailOf(writer), TestAccounts.PASSWORD);
        page.navigate(url("threads/" + thread));
        assertThat(page.locator("#thread-title")).hasText("<script>alert('title')</script>");
        Locator list = page.locator("#comments");
        for (int i = 0; i < 40; i++) {
            list.evaluate("el => el.shadowRoot.querySelector('#table').scrollTop += 2000");
            page.waitForTimeout(100);
        }
        fill(page, "comment-body", cases.get(2));
        page.locator("#post-comment").click();
        page.waitForTimeout(1000);
        screenshot(page, "12-hostile-thread");
        assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
        assertThat(problems).isEmpty();
    }

    @Test
    void aLongThreadReadsAsOnePageThatKeepsTheReadersPlace() {
        long admin = accounts.active("Admin", Role.ADMIN);
        long reader = accounts.active("Long Reader", Role.THERAPIST);
        long writer = accounts.active("Long Writer", Role.THERAPIST);
        long group = group(admin, Set.of(reader, writer));
        accounts.signInAs(writer);
        long thread = threads.create(
                group,
                ThreadKind.DISCUSSION,
                "Forty-seven ways to say goodbye at the end of therapy",
                "How do you prepare a client with an avoidant pattern for the last session?",
                null,
                false);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 47; i++) {
            ids.add(threads.postComment(
                    thread,
                    null,
                    "Comment " + i + ": we counted down the sessions together and named the ending early.",
                    false));
        }
        accounts.signOut();

        Page page = person();
        signIn(page, accounts.emailOf(reader), TestAccounts.PASSWORD);
        page.navigate(url("threads/" + thread));
        assertThat(page.locator("#thread-body")).containsText("avoidant pattern");
        assertThat(page.locator("#thread-position")).hasText("47 comments");
        // One scroll region: the page itself does not scroll, the list (post first, then comments) does.
        assertThat(page.evaluate("() => document.scrollingElement.scrollHeight <= window.innerHeight + 1"))
                .isEqualTo(true);
        page.locator("#comments").evaluate("el => el.shadowRoot.querySelector('#table').scrollTop += 1500");
        assertThat(page.locator("#thread-position")).hasText(java.util.regex.Pattern.compile("^\\d+ / 47$"));
        assertThat(page.locator("#thread-title")).isVisible();
        screenshot(page, "13-long-thread-one-scroll");

        page.locator("#jump-to input").fill("12");
        page.locator("#jump-to input").press("Enter");
        assertThat(page.locator(".sb-comment[data-number='12']")).isInViewport();

        page.navigate(url("threads/" + thread + "?comment=" + ids.get(39)));
        Locator fortieth = page.locator("#comment-" + ids.get(39));
        assertThat(fortieth).isInViewport();
        assertThat(fortieth).hasClass(java.util.regex.Pattern.compile("sb-comment-linked"));

        page.locator("#jump-newest").click();
        assertThat(page.locator("#comment-" + ids.get(46))).isInViewport();
        screenshot(page, "14-long-thread-newest");

        Page phone = person(375);
        signIn(phone, accounts.emailOf(reader), TestAccounts.PASSWORD);
        phone.navigate(url("threads/" + thread));
        assertThat(phone.locator("#thread-position")).hasText("47 comments");
        screenshot(phone, "15-long-thread-375px");
    }
}
