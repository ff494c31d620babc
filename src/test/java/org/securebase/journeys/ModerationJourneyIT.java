package org.securebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.moderation.ModerationService;
import org.securebase.security.Role;
import org.securebase.threads.FlagReason;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.springframework.beans.factory.annotation.Autowired;

/** A supervisor and members, each in their own browser: case review, flags, and a risk alert arriving live. */
class ModerationJourneyIT extends BrowserTest {

    @Autowired
    GroupService groups;

    @Autowired
    ThreadService threads;

    @Autowired
    ModerationService moderation;

    record People(long supervisor, long author, long ben, long cara, long dev, long group) {}

    private People people() {
        long admin = accounts.active("Admin", Role.ADMIN);
        long supervisor = accounts.active("Supervisor Sam", Role.SUPERVISOR);
        long author = accounts.active("Author Ana", Role.THERAPIST);
        long ben = accounts.active("Member Ben", Role.THERAPIST);
        long cara = accounts.active("Member Cara", Role.THERAPIST);
        long dev = accounts.active("Member Dev", Role.THERAPIST);
        accounts.signInAs(admin);
        long group = groups.create(new GroupForm(
                "Moderated circle " + UUID.randomUUID().toString().substring(0, 6),
                "Private.",
                false,
                Set.of(supervisor),
                Set.of(author, ben, cara, dev)));
        accounts.signOut();
        return new People(supervisor, author, ben, cara, dev, group);
    }

    private Locator card(Page page, String kind) {
        return page.locator(".sb-queue-item[data-kind=" + kind + "]");
    }

    @Test
    void aCaseIsReviewedSentBackResubmittedApprovedThenAFlaggedCommentIsHiddenAndRestored() {
        People p = people();
        Page ana = person();
        signIn(ana, accounts.emailOf(p.author()), TestAccounts.PASSWORD);
        ana.navigate(url("groups/" + p.group() + "/new"));
        ana.locator("#thread-kind").click();
        ana.locator("vaadin-select-item:has-text('Case consultation')").click();
        fill(ana, "thread-title-field", "A young woman who texts dozens of times between sessions");
        ana.locator("vaadin-text-area:has-text('Presenting concern') textarea")
                .fill("She fears I will leave and texts dozens of times before every break.");
        fill(ana, "thread-question-field", "How do you prepare her for a break?");
        ana.locator(".sb-suggestion[data-slug=ambivalent]").click();
        ana.locator("#attest-removed").click();
        ana.locator("#attest-consent").click();
        ana.locator("#attest-no-media").click();
        ana.locator("#post-thread").click();
        ana.waitForTimeout(1500);
        screenshot(ana, "29-case-posted");
        assertThat(ana.locator("#thread-status")).containsText("Waiting for a supervisor's approval");
        String threadUrl = ana.url();

        Page sam = person();
        signIn(sam, accounts.emailOf(p.supervisor()), TestAccounts.PASSWORD);
        sam.navigate(url("moderation"));
        Locator review = card(sam, "CASE_REVIEW");
        assertThat(review).containsText("A young woman who texts dozens of times");
        screenshot(sam, "30-review-queue");
        review.locator(".ask-changes").click();
        review.locator(".ask-changes-text textarea").fill("Please say what you have already tried.");
        review.locator(".ask-changes-send").click();
        assertThat(card(sam, "CASE_REVIEW")).hasCount(0);

        ana.navigate(threadUrl);
        assertThat(ana.locator("#thread-status")).containsText("Please say what you have already tried.");
        ana.locator("#edit-and-resubmit").click();
        Locator body = ana.locator("#resubmit-body textarea");
        body.fill(body.inputValue() + "\n\n### What I have tried\n\nNaming each break a month ahead.");
        screenshot(ana, "31-edit-and-resubmit");
        ana.locator("#resubmit").click();
        assertThat(ana.locator("#thread-status")).containsText("Waiting for a supervisor's approval");

        sam.navigate(url("moderation"));
        card(sam, "CASE_REVIEW").locator(".approve").click();
        assertThat(card(sam, "CASE_REVIEW")).hasCount(0);
        ana.navigate(threadUrl);
        assertThat(ana.locator("#thread-status")).hasCount(0);
        assertThat(ana.locator("#thread-body")).containsText("Naming each break a month ahead.");

        long thread = Long.parseLong(threadUrl.substring(threadUrl.lastIndexOf('/') + 1));
        accounts.signInAs(p.author());
        long comment = threads.postComment(thread, null, "Buy my course on secure attachment, 50% off today!", false);
        accounts.signInAs(p.ben());
        moderation.flag(thread, comment, FlagReason.SPAM, null);
        accounts.signInAs(p.cara());
        moderation.flag(thread, comment, FlagReason.OFF_TOPIC, null);
        accounts.signOut();

        Page dev = person();
        signIn(dev, accounts.emailOf(p.dev()), TestAccounts.PASSWORD);
        dev.navigate(threadUrl);
        Locator ad = dev.locator(".sb-comment[data-comment-id='" + comment + "']");
        assertThat(ad).containsText("Buy my course");
        ad.locator("vaadin-button:has-text('Flag')").click();
        dev.locator("#flag-reason vaadin-radio-button:has-text('Spam or advertising')")
                .click();
        dev.locator("#send-flag").click();
        assertThat(dev.locator("vaadin-notification-card")).containsText("Your flag was received");
        dev.reload();
        ad = dev.locator(".sb-comment[data-comment-id='" + comment + "']");
        assertThat(ad).containsText("hidden while the group's supervisors review it");
        assertThat(ad).not().containsText("Buy my course");
        screenshot(dev, "32-comment-hidden-after-flags");

        sam.navigate(url("moderation"));
        Locator flagged = card(sam, "FLAG");
        assertThat(flagged).containsText("3 flags");
        screenshot(sam, "33-flags-in-queue");
        flagged.locator(".dismiss-flags").click();
        assertThat(card(sam, "FLAG")).hasCount(0);
        dev.reload();
        assertThat(dev.locator(".sb-comment[data-comment-id='" + comment + "']"))
                .containsText("Buy my course");
        dev.navigate(url("notifications"));
        assertThat(dev.locator("#my-flags")).containsText("Reviewed: left up");
    }

    @Test
    void aMemberInCrisisSeesCrisisLinesAndTheSupervisorsQueueShowsTheAlertWithoutAReload() {
        People p = people();
        accounts.signInAs(p.author());
        long thread =
                threads.create(p.group(), ThreadKind.DISCUSSION, "End of a long week", "How is everyone?", null, false);
        accounts.signOut();

        Page sam = person();
        signIn(sam, accounts.emailOf(p.supervisor()), TestAccounts.PASSWORD);
        sam.navigate(url("moderation"));
        assertThat(sam.locator("#queue-count")).isVisible();
        assertThat(card(sam, "RISK_SELF")).hasCount(0);

        Page ben = person();
        signIn(ben, accounts.emailOf(p.ben()), TestAccounts.PASSWORD);
        ben.navigate(url("threads/" + thread));
        ben.locator("#comment-body textarea").fill("Honestly I'm just waiting to die at this point.");
        ben.locator("#post-comment").click();
        assertThat(ben.getByText("988").first()).isVisible();
        screenshot(ben, "34-crisis-resources");

        // No reload: the alert reaches the supervisor's open queue through the push connection.
        Locator alert = card(sam, "RISK_SELF");
        assertThat(alert)
                .isVisible(
                        new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(5_000));
        assertThat(alert).containsText("waiting to die");
        assertThat(sam.locator("vaadin-notification-card").first()).containsText("Risk alert");
        screenshot(sam, "35-risk-alert-live");
        alert.locator(".record-outreach").click();
        alert.locator(".record-outreach-text textarea").fill("I phoned Ben; he is with his partner tonight.");
        alert.locator(".record-outreach-send").click();
        assertThat(card(sam, "RISK_SELF")).containsText("I phoned Ben");
        card(sam, "RISK_SELF").locator(".resolve").click();
        assertThat(card(sam, "RISK_SELF")).hasCount(0);

        sam.navigate(url("moderation/dashboard"));
        assertThat(sam.locator("#risk-chart[data-rendered] svg")).isVisible();
        assertThat(sam.locator("#first-action")).containsText("median");
        screenshot(sam, "36-moderation-dashboard");
    }
}
