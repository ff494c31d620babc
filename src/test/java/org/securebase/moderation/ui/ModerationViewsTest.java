package org.securebase.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.securebase.audit.AuditTrail;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.moderation.ModerationService;
import org.securebase.moderation.QueueEntry;
import org.securebase.moderation.QueueKind;
import org.securebase.moderation.WatchedAction;
import org.securebase.moderation.WatchedWords;
import org.securebase.security.Role;
import org.securebase.shell.NotificationsView;
import org.securebase.threads.FlagReason;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.securebase.threads.ThreadStatus;
import org.securebase.ui.ViewTest;
import org.securebase.vignettes.Disclosure;
import org.springframework.beans.factory.annotation.Autowired;

class ModerationViewsTest extends ViewTest {

    @Autowired
    GroupService groups;

    @Autowired
    ThreadService threads;

    @Autowired
    ModerationService moderation;

    @Autowired
    WatchedWords watched;

    @Autowired
    AuditTrail audit;

    long admin;
    long supervisor;
    long author;
    long member;
    long group;

    @BeforeEach
    void groupWithPeople() {
        admin = accounts.active("Admin", Role.ADMIN);
        supervisor = accounts.active("Supervisor", Role.SUPERVISOR);
        author = accounts.active("Author", Role.THERAPIST);
        member = accounts.active("Member", Role.THERAPIST);
        accounts.signInAs(admin);
        group = groups.create(new GroupForm(
                "Queue views " + UUID.randomUUID(), "Private.", false, Set.of(supervisor), Set.of(author, member)));
    }

    private long caseConsultation() {
        accounts.signInAs(author);
        return threads.create(
                group,
                ThreadKind.CASE_CONSULTATION,
                "A hard case",
                "A vignette.",
                "What now?",
                false,
                new Disclosure(true, Set.of()),
                List.of("repair"));
    }

    private long discussionWithComment() {
        accounts.signInAs(author);
        long thread = threads.create(group, ThreadKind.DISCUSSION, "A discussion", "Body.", null, false);
        threads.postComment(thread, null, "A comment.", false);
        return thread;
    }

    private Div card(long threadId, QueueKind kind) {
        return $(Div.class)
                .withClassName("sb-queue-item")
                .withAttribute("data-thread-id", Long.toString(threadId))
                .withAttribute("data-kind", kind.name())
                .single();
    }

    private Button button(Div card, String className) {
        return $(Button.class).from(card).withClassName(className).single();
    }

    private void writeAndSend(Div card, String className, String text) {
        test(button(card, className)).click();
        test($(TextArea.class).from(card).withClassName(className + "-text").single())
                .setValue(text);
        test(button(card, className + "-send")).click();
    }

    @Test
    void approvingFromTheQueuePublishesTheCase() {
        long id = caseConsultation();
        accounts.signInAs(supervisor);
        navigate(ModerationView.class);
        test(button(card(id, QueueKind.CASE_REVIEW), "approve")).click();
        assertThat(threads.open(id).status()).isEqualTo(ThreadStatus.PUBLISHED);
        assertThat($(Div.class)
                        .withClassName("sb-queue-item")
                        .withAttribute("data-thread-id", Long.toString(id))
                        .all())
                .isEmpty();
    }

    @Test
    void askingForChangesSendsTheMessageAndAnEmptyMessageIsRefusedInPlace() {
        long id = caseConsultation();
        accounts.signInAs(supervisor);
        navigate(ModerationView.class);
        Div card = card(id, QueueKind.CASE_REVIEW);
        test(button(card, "ask-changes")).click();
        test(button(card, "ask-changes-send")).click();
        assertThat($(TextArea.class)
                        .from(card)
                        .withClassName("ask-changes-text")
                        .single()
                        .isInvalid())
                .isTrue();
        writeAndSend(card, "ask-changes", "Remove the town, please.");
        accounts.signInAs(author);
        assertThat(threads.open(id).status()).isEqualTo(ThreadStatus.CHANGES_REQUESTED);
        assertThat(threads.open(id).moderation().reviewNote()).isEqualTo("Remove the town, please.");
    }

    @Test
    void rejectingNeedsAReason() {
        long id = caseConsultation();
        accounts.signInAs(supervisor);
        navigate(ModerationView.class);
        writeAndSend(card(id, QueueKind.CASE_REVIEW), "reject", "Take this to your own supervisor.");
        accounts.signInAs(author);
        assertThat(threads.open(id).status()).isEqualTo(ThreadStatus.REJECTED);
    }

    @Test
    void aFlagIsUpheldOrDismissedFromTheQueue() {
        long kept = discussionWithComment();
        long hidden = discussionWithComment();
        accounts.signInAs(member);
        moderation.flag(kept, null, FlagReason.OFF_TOPIC, null);
        moderation.flag(hidden, null, FlagReason.SPAM, null);
        accounts.signInAs(supervisor);
        navigate(ModerationView.class);
        test(button(card(kept, QueueKind.FLAG), "dismiss-flags")).click();
        test(button(card(hidden, QueueKind.FLAG), "uphold-flags")).click();
        accounts.signInAs(member);
        assertThat(threads.open(kept).moderation().hidden()).isFalse();
        accounts.signInAs(author);
        assertThat(threads.open(hidden).moderation().hidden()).isTrue();
    }

    @Test
    void aRiskAlertIsClosedOnlyAfterTheOutreachIsRecorded() {
        long thread = discussionWithComment();
        accounts.signInAs(member);
        threads.postComment(thread, null, "I don't want to be alive anymore.", false);
        accounts.signInAs(supervisor);
        ModerationView view = navigate(ModerationView.class);
        Div card = card(thread, QueueKind.RISK_SELF);
        assertThat(view.items.getComponentAt(0)).as("first in the queue").isEqualTo(card);
        assertThat(button(card, "resolve").isEnabled()).isFalse();
        writeAndSend(card, "record-outreach", "I phoned him; his partner is with him.");
        card = card(thread, QueueKind.RISK_SELF);
        assertThat(card.getElement().getTextRecursively()).contains("I phoned him");
        test(button(card, "resolve")).click();
        assertThat(moderation.queue()).extracting(QueueEntry::threadId).doesNotContain(thread);
    }

    @Test
    void aFalseAlarmIsClosedAsNotARiskWithAReasonAndCountedOnTheDashboard() {
        long thread = discussionWithComment();
        accounts.signInAs(member);
        threads.postComment(thread, null, "I don't want to be alive anymore.", false);
        accounts.signInAs(supervisor);
        navigate(ModerationView.class);
        Div card = card(thread, QueueKind.RISK_SELF);
        writeAndSend(card, "not-a-risk", "");
        assertThat($(TextArea.class)
                        .from(card)
                        .withClassName("not-a-risk-text")
                        .single()
                        .getErrorMessage())
                .contains("why");
        writeAndSend(card(thread, QueueKind.RISK_SELF), "not-a-risk", "Song lyrics, no present risk.");
        assertThat(moderation.queue()).extracting(QueueEntry::threadId).doesNotContain(thread);
        navigate(DashboardView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .id("not-a-risk-share")
                        .getText())
                .containsPattern("Closed as not a risk: [1-9]");
    }

    @Test
    void aWatchedWordItemIsApprovedOrHidden() {
        String phrase = "cure-all" + UUID.randomUUID().toString().substring(0, 4);
        accounts.signInAs(admin);
        watched.add(phrase, WatchedAction.FLAG);
        long thread = discussionWithComment();
        accounts.signInAs(member);
        long comment = threads.postComment(thread, null, "A " + phrase + " for attachment.", false);
        accounts.signInAs(supervisor);
        navigate(ModerationView.class);
        test(button(card(thread, QueueKind.WATCHED_WORD), "hide-content")).click();
        accounts.signInAs(author);
        assertThat(threads.comment(comment).html()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(FlagReason.class)
    void aMemberFlagsACommentForEachReasonFromTheThreadPage(FlagReason reason) {
        long thread = discussionWithComment();
        accounts.signInAs(member);
        navigate("threads/" + thread, org.securebase.threads.ui.ThreadView.class);
        var grid = $(com.vaadin.flow.component.grid.Grid.class).id("comments");
        var cell = (com.vaadin.flow.component.Component) test(grid).getCellComponent(1, 0); // row 0 is the post
        Button flag = $(Button.class).from(cell).withText("Flag").single();
        test(flag).click();
        var dialog = new Object() {
            final Button send = $(Button.class).id("send-flag");
            final com.vaadin.flow.component.radiobutton.RadioButtonGroup<?> reason =
                    $(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class)
                            .id("flag-reason");
            final com.vaadin.flow.component.textfield.TextArea note =
                    $(com.vaadin.flow.component.textfield.TextArea.class).id("flag-note");
        };
        test(dialog.send).click();
        assertThat(dialog.reason.isInvalid()).as("a reason is required").isTrue();
        test(dialog.reason).selectItem(reason.label());
        if (reason == FlagReason.OTHER) {
            test(dialog.send).click();
            assertThat(dialog.note.isInvalid()).isTrue();
            test(dialog.note).setValue("It advertises a paid course.");
        }
        test(dialog.send).click();
        assertThat(moderation.myFlags().getFirst().reason()).isEqualTo(reason);
        accounts.signInAs(supervisor);
        assertThat(moderation.queue()).anySatisfy(e -> {
            assertThat(e.threadId()).isEqualTo(thread);
            assertThat(e.flags()).extracting(QueueEntry.FlagLine::reason).containsExactly(reason);
        });
    }

    @Test
    void theNotificationsPageShowsMessagesAndTheFlagsAMemberRaised() {
        long thread = discussionWithComment();
        accounts.signInAs(member);
        moderation.flag(thread, null, FlagReason.DISRESPECTFUL, null);
        accounts.signInAs(supervisor);
        moderation.dismissFlags(
                moderation.queue().stream()
                        .filter(e -> e.threadId() == thread)
                        .findFirst()
                        .orElseThrow()
                        .id(),
                null);
        accounts.signInAs(member);
        navigate(NotificationsView.class);
        assertThat($(com.vaadin.flow.component.orderedlayout.VerticalLayout.class)
                        .id("notifications")
                        .getElement()
                        .getTextRecursively())
                .contains("left it up");
        assertThat($(com.vaadin.flow.component.orderedlayout.VerticalLayout.class)
                        .id("my-flags")
                        .getElement()
                        .getTextRecursively())
                .contains("Disrespectful", "Reviewed: left up");
    }

    @Test
    void adminsKeepWatchedWordsWithMessagesNextToTheField() {
        accounts.signInAs(admin);
        WatchedWordsView view = navigate(WatchedWordsView.class);
        test(view.add).click();
        assertThat(view.phrase.isInvalid()).isTrue();
        String phrase = "snakeoil" + UUID.randomUUID().toString().substring(0, 4);
        test(view.phrase).setValue(phrase);
        test(view.action).selectItem("Block the post");
        test(view.add).click();
        assertThat(watched.list()).anySatisfy(l -> {
            assertThat(l.phrase()).isEqualTo(phrase);
            assertThat(l.action()).isEqualTo(WatchedAction.BLOCK);
        });
        test(view.phrase).setValue(phrase);
        test(view.add).click();
        assertThat(view.phrase.getErrorMessage()).contains("already on the list");
    }

    @Test
    void theDashboardDrawsItsChartsFromRealCounts() {
        long thread = discussionWithComment();
        accounts.signInAs(member);
        moderation.flag(thread, null, FlagReason.SPAM, null);
        accounts.signInAs(supervisor);
        DashboardView view = navigate(DashboardView.class);
        var flags = view.flags.getOption();
        int spam = flags.get("xAxis")
                .get("data")
                .valueStream()
                .map(n -> n.asString())
                .toList()
                .indexOf(FlagReason.SPAM.label());
        assertThat(flags.get("series").get(0).get("data").get(spam).asDouble()).isPositive();
        assertThat(view.openItems.getOption().get("series")).hasSize(3);
    }
}
