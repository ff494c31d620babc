package org.securebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.moderation.ModerationService;
import org.securebase.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The whole loop: a therapist posts a case, two colleagues answer, one recuses, the author reflects and downloads. */
class ConsultationLoopJourneyIT extends BrowserTest {

    static final String QUESTION = "How do I stay warm when she cancels every third session?";
    static final String WILL_TRY = "Name the pattern of cancelling gently and keep her slot open.";
    static final String NOT_DOING = "Not charging for cancellations yet; it would confirm her fear of being dropped.";

    @Autowired
    GroupService groups;

    @Autowired
    ModerationService moderation;

    @Test
    void aCaseIsAnsweredSteppedOutOfReflectedOnAndItsNoteDownloaded() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 5);
        long admin = accounts.active("Admin", Role.ADMIN);
        long supervisor = accounts.active("Loop Supervisor", Role.SUPERVISOR);
        long author = accounts.active("Loop Author", Role.THERAPIST);
        long first = accounts.active("First Colleague", Role.THERAPIST);
        long second = accounts.active("Second Colleague", Role.THERAPIST);
        long knower = accounts.active("Knowing Colleague", Role.THERAPIST);
        accounts.signInAs(admin);
        long group = groups.create(new GroupForm(
                "Loop " + suffix,
                "Case consultation.",
                false,
                Set.of(supervisor),
                Set.of(author, first, second, knower)));
        accounts.signOut();

        Page page = person();
        signIn(page, accounts.emailOf(author), TestAccounts.PASSWORD);
        page.navigate(url("groups/" + group + "/new"));
        page.locator("#thread-kind").click();
        page.locator("vaadin-select-item:has-text('Case consultation')").click();
        fill(page, "thread-title-field", "A client who cancels every third session");
        page.locator("vaadin-text-area:has-text('Presenting concern') textarea")
                .fill("A woman in her thirties who cancels every third session, always by text.");
        page.locator("vaadin-text-area:has-text('Relevant history') textarea")
                .fill("She grew up with a parent who left without warning.");
        page.locator("vaadin-text-area:has-text('What I have tried') textarea")
                .fill("Reflecting on the cancellations when she returns.");
        fill(page, "thread-question-field", QUESTION);
        page.locator("vaadin-text-area:has-text('What I have tried') textarea").click();
        assertThat(page.locator("#identifier-status")).hasText("None found");
        page.locator("#attest-removed").click();
        page.locator("#attest-consent").click();
        page.locator("#attest-no-media").click();
        page.locator("#tag-picker input").fill("repair");
        page.locator("vaadin-multi-select-combo-box-item:has-text('Repair')")
                .first()
                .click();
        page.keyboard().press("Escape");
        page.locator("#post-thread").click();
        // the first post of a fresh context may wait for the risk model to finish training
        assertThat(page.locator("#thread-status"))
                .containsText(
                        "Waiting for a supervisor's approval",
                        new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        // the new view may render before the browser's address changes
        page.waitForURL(Pattern.compile(".*/threads/\\d+.*"));
        long thread = Long.parseLong(page.url().replaceAll(".*/threads/(\\d+).*", "$1"));

        accounts.signInAs(supervisor);
        moderation.queue().stream()
                .filter(e -> e.threadId() == thread && e.kind().review())
                .forEach(e -> moderation.approve(e.id()));
        accounts.signOut();

        for (var answer : List.of(
                new Object[] {first, "Her cancelling may be a test of whether you will still be there."},
                new Object[] {second, "I would name it warmly and ask what the text lets her avoid."})) {
            Page colleague = person();
            signIn(colleague, accounts.emailOf((Long) answer[0]), TestAccounts.PASSWORD);
            colleague.navigate(url("threads/" + thread));
            colleague.locator("#comment-body textarea").fill((String) answer[1]);
            colleague.locator("#post-comment").click();
            assertThat(colleague.locator(".sb-comment").last()).containsText((String) answer[1]);
        }

        Page knowing = person();
        signIn(knowing, accounts.emailOf(knower), TestAccounts.PASSWORD);
        knowing.navigate(url("threads/" + thread));
        knowing.locator("#may-know-client").click();
        knowing.locator("#confirm-recusal").click();
        knowing.navigate(url("threads/" + thread));
        assertThat(knowing.locator("#thread-recused")).hasText("You stepped out of this consultation");

        page.navigate(url("threads/" + thread));
        assertThat(page.locator("#loop-state")).hasText("Answered");
        page.locator(".sb-comment:has-text('test of whether') vaadin-button:has-text('Mark helpful')")
                .click();
        assertThat(page.locator(".sb-comment:has-text('test of whether')")).containsText("Marked helpful");
        page.locator("#write-reflection").click();
        page.locator("#reflection-will-try textarea").fill(WILL_TRY);
        page.locator("#reflection-not-doing textarea").fill(NOT_DOING);
        page.locator("#save-reflection").click();
        assertThat(page.locator("#loop-state")).hasText("Reflected");
        screenshot(page, "40-loop-reflected");

        page.locator("#consultation-note").click();
        page.locator("#prepare-note").click();
        assertThat(page.locator("#note-download")).isVisible();
        Download download =
                page.waitForDownload(() -> page.locator("#note-download").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains(QUESTION)
                .contains(WILL_TRY)
                .contains(NOT_DOING)
                .contains("test of whether you will still be there");
    }
}
