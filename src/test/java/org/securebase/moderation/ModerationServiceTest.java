package org.securebase.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.securebase.DatabaseTest;
import org.securebase.Eventually;
import org.securebase.accounts.AccountService;
import org.securebase.accounts.TestAccounts;
import org.securebase.audit.AuditLine;
import org.securebase.audit.AuditTrail;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.notifications.NotificationBus;
import org.securebase.notifications.NotificationLine;
import org.securebase.notifications.NotificationService;
import org.securebase.security.AccountStatus;
import org.securebase.security.Role;
import org.securebase.shared.InvalidInputException;
import org.securebase.threads.CommentItem;
import org.securebase.threads.FlagReason;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadModeration;
import org.securebase.threads.ThreadQuery;
import org.securebase.threads.ThreadService;
import org.securebase.threads.ThreadStatus;
import org.securebase.threads.ThreadSummary;
import org.securebase.vignettes.Disclosure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class ModerationServiceTest {

    @Autowired
    ModerationService moderation;

    @Autowired
    ThreadModeration threadModeration;

    @Autowired
    ThreadService threads;

    @Autowired
    GroupService groups;

    @Autowired
    AccountService accountService;

    @Autowired
    NotificationService notifications;

    @Autowired
    NotificationBus bus;

    @Autowired
    WatchedWords watched;

    @Autowired
    AuditTrail audit;

    @Autowired
    TestAccounts accounts;

    long admin;
    long supervisor;
    long author;
    long member;
    long member2;
    long member3;
    long group;

    @BeforeEach
    void groupWithPeople() {
        admin = accounts.active("Admin", Role.ADMIN);
        supervisor = accounts.active("Supervisor", Role.SUPERVISOR);
        author = accounts.active("Author", Role.THERAPIST);
        member = accounts.active("Member", Role.THERAPIST);
        member2 = accounts.active("Member Two", Role.THERAPIST);
        member3 = accounts.active("Member Three", Role.THERAPIST);
        accounts.signInAs(admin);
        group = groups.create(new GroupForm(
                "Moderated " + UUID.randomUUID(),
                "Private.",
                false,
                Set.of(supervisor),
                Set.of(author, member, member2, member3)));
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private long caseConsultation() {
        accounts.signInAs(author);
        return threads.create(
                group,
                ThreadKind.CASE_CONSULTATION,
                "A hard case",
                "A vignette without details.",
                "What would you do?",
                false,
                new Disclosure(true, Set.of()),
                List.of("repair"));
    }

    private long discussion() {
        accounts.signInAs(author);
        return threads.create(group, ThreadKind.DISCUSSION, "A discussion", "What helps?", null, false);
    }

    private QueueEntry item(long threadId, QueueKind kind) {
        accounts.signInAs(supervisor);
        return moderation.queue().stream()
                .filter(e -> e.threadId() == threadId && e.kind() == kind)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " item for thread " + threadId));
    }

    private List<String> actions() {
        accounts.signInAs(admin);
        return audit.search("", 0, 500).stream().map(AuditLine::action).toList();
    }

    @Test
    void aCaseConsultationWaitsForApprovalAndOnlyTheAuthorAndSupervisorsSeeIt() {
        long id = caseConsultation();
        assertThat(threads.open(id).status()).isEqualTo(ThreadStatus.AWAITING_REVIEW);
        accounts.signInAs(member);
        assertThatThrownBy(() -> threads.open(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(threads.threads(ThreadQuery.inGroup(group), 0, 50))
                .extracting(ThreadSummary::id)
                .doesNotContain(id);
        QueueEntry entry = item(id, QueueKind.CASE_REVIEW);
        assertThat(entry.author()).isEqualTo(accounts.load(author).getDisplayName());
        assertThat(entry.contentMarkdown()).contains("A vignette without details.");
        moderation.approve(entry.id());
        accounts.signInAs(member);
        assertThat(threads.open(id).status()).isEqualTo(ThreadStatus.PUBLISHED);
        accounts.signInAs(author);
        assertThat(notifications.mine(10))
                .extracting(NotificationLine::message)
                .anySatisfy(m -> assertThat(m).contains("was approved"));
        assertThat(actions()).contains("thread.approved");
    }

    @Test
    void aSupervisorAsksForChangesTheAuthorResubmitsAndItIsApproved() {
        long id = caseConsultation();
        QueueEntry entry = item(id, QueueKind.CASE_REVIEW);
        assertThatThrownBy(() -> moderation.requestChanges(entry.id(), " ")).isInstanceOf(InvalidInputException.class);
        moderation.requestChanges(entry.id(), "Please remove the school's town.");
        accounts.signInAs(author);
        assertThat(threads.open(id).status()).isEqualTo(ThreadStatus.CHANGES_REQUESTED);
        assertThat(threads.open(id).moderation().reviewNote()).isEqualTo("Please remove the school's town.");
        assertThat(notifications.mine(10).getFirst().message()).contains("Please remove the school's town.");
        threads.resubmit(id, "A hard case, revised", "A vignette, now without the town.", "What would you do?");
        assertThat(threads.open(id).status()).isEqualTo(ThreadStatus.AWAITING_REVIEW);
        moderation.approve(item(id, QueueKind.CASE_REVIEW).id());
        accounts.signInAs(author);
        assertThat(threads.open(id).status()).isEqualTo(ThreadStatus.PUBLISHED);
        assertThat(actions()).contains("thread.changes-requested", "thread.approved");
    }

    @Test
    void aRejectionNeedsAReasonWhichTheAuthorReads() {
        long id = caseConsultation();
        QueueEntry entry = item(id, QueueKind.CASE_REVIEW);
        assertThatThrownBy(() -> moderation.reject(entry.id(), "")).isInstanceOf(InvalidInputException.class);
        moderation.reject(entry.id(), "This is a supervision question for your own supervisor.");
        accounts.signInAs(author);
        assertThat(threads.open(id).status()).isEqualTo(ThreadStatus.REJECTED);
        assertThat(threads.open(id).moderation().reviewNote()).contains("your own supervisor");
        accounts.signInAs(supervisor);
        assertThatThrownBy(() -> moderation.approve(entry.id()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already dealt with");
        assertThat(actions()).contains("thread.rejected");
    }

    @Test
    void flagsGatherInOneItemAndHideTheCommentAtTheThresholdUntilASupervisorRestoresIt() {
        long thread = discussion();
        accounts.signInAs(author);
        long comment = threads.postComment(thread, null, "A comment others find off-topic.", false);
        assertThatThrownBy(() -> moderation.flag(thread, comment, FlagReason.OFF_TOPIC, null))
                .as("not your own")
                .isInstanceOf(InvalidInputException.class);
        accounts.signInAs(member);
        moderation.flag(thread, comment, FlagReason.OFF_TOPIC, null);
        assertThatThrownBy(() -> moderation.flag(thread, comment, FlagReason.SPAM, null))
                .as("once per member")
                .isInstanceOf(InvalidInputException.class);
        accounts.signInAs(member2);
        assertThatThrownBy(() -> moderation.flag(thread, comment, FlagReason.OTHER, " "))
                .as("something else needs a note")
                .isInstanceOf(InvalidInputException.class);
        moderation.flag(thread, comment, FlagReason.OTHER, "Advertises a course.");
        assertThat(threads.comment(comment).html())
                .as("still visible below the threshold")
                .isNotEmpty();
        accounts.signInAs(member3);
        moderation.flag(thread, comment, FlagReason.OFF_TOPIC, null);
        CommentItem seen = threads.comment(comment);
        assertThat(seen.hidden()).isTrue();
        assertThat(seen.html()).as("hidden from the group").isEmpty();
        accounts.signInAs(author);
        assertThat(threads.comment(comment).html())
                .as("its author still sees it")
                .isNotEmpty();

        QueueEntry entry = item(thread, QueueKind.FLAG);
        assertThat(entry.trigger()).isEqualTo("3 flags: off-topic ×2, something else");
        assertThat(entry.flags()).hasSize(3);
        assertThat(entry.hidden()).isTrue();
        accounts.signInAs(member);
        assertThat(moderation.myFlags().getFirst().outcome()).startsWith("Received");

        accounts.signInAs(supervisor);
        moderation.dismissFlags(entry.id(), "On topic after all.");
        accounts.signInAs(member);
        assertThat(threads.comment(comment).html()).isNotEmpty();
        assertThat(moderation.myFlags().getFirst().outcome()).isEqualTo("Reviewed: left up");
        assertThat(notifications.mine(5).getFirst().message()).contains("left it up");
        assertThat(actions()).contains("comment.hidden", "comment.restored", "moderation.flags-dismissed");
    }

    @ParameterizedTest
    @EnumSource(FlagReason.class)
    void everyFlagReasonReachesTheQueueAndUpholdingHidesTheContent(FlagReason reason) {
        long thread = discussion();
        accounts.signInAs(member);
        moderation.flag(thread, null, reason, reason == FlagReason.OTHER ? "A note" : null);
        QueueEntry entry = item(thread, QueueKind.FLAG);
        assertThat(entry.trigger()).contains(reason.label().toLowerCase());
        assertThat(entry.aboutComment()).isFalse();
        moderation.upholdFlags(entry.id(), null);
        accounts.signInAs(member2);
        assertThatThrownBy(() -> threads.open(thread)).isInstanceOf(AccessDeniedException.class);
        accounts.signInAs(member);
        assertThat(moderation.myFlags().getFirst().outcome()).isEqualTo("Reviewed: hidden");
    }

    @Test
    void aCommentInTheWritersOwnCrisisAlertsTheSupervisorAtOnceAndWaitsForOutreach() {
        List<NotificationLine> live = new CopyOnWriteArrayList<>();
        Runnable stop = bus.subscribe(supervisor, live::add);
        try {
            long thread = discussion();
            accounts.signInAs(member);
            long comment = threads.postComment(thread, null, "Honestly I'm just waiting to die at this point.", false);
            assertThat(threads.comment(comment).html())
                    .as("published as written")
                    .isNotEmpty();
            Eventually.within5s(() -> assertThat(live).anySatisfy(line -> {
                assertThat(line.urgent()).isTrue();
                assertThat(line.message()).contains("Risk alert");
            }));
            QueueEntry entry = item(thread, QueueKind.RISK_SELF);
            assertThat(entry.trigger())
                    .as("names the risk category that fired")
                    .containsPattern("\\((C-SSRS|Hopelessness|Perceived burdensomeness|Goodbye)");
            assertThat(moderation.queue().getFirst().kind().risk())
                    .as("top of the queue")
                    .isTrue();
            assertThatThrownBy(() -> moderation.resolve(entry.id(), null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("outreach");
            moderation.recordOutreach(entry.id(), "I phoned her; she is with her partner tonight.");
            moderation.resolve(entry.id(), "Safe for now.");
            assertThat(actions()).contains("moderation.outreach", "moderation.resolved");
        } finally {
            stop.run();
        }
    }

    @Test
    void anUrgentReportGoesAboveEverythingElse() {
        long thread = discussion();
        accounts.signInAs(member);
        threads.postComment(
                thread,
                null,
                "My client just told me he has a gun and is going to his ex's house " + "right now. What do I do?",
                false);
        accounts.signInAs(supervisor);
        assertThat(moderation.queue().getFirst().kind()).isEqualTo(QueueKind.RISK_URGENT);
    }

    @Test
    void watchedWordsBlockHoldOrFlag() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        accounts.signInAs(admin);
        watched.add("buyfollowers" + suffix, WatchedAction.BLOCK);
        watched.add("miracle cure" + suffix, WatchedAction.REVIEW);
        watched.add("lawsuit" + suffix, WatchedAction.FLAG);
        long thread = discussion();
        accounts.signInAs(member);
        assertThatThrownBy(() -> threads.postComment(thread, null, "Visit buyfollowers" + suffix + " now", false))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).fieldErrors().get("body"))
                        .contains("buyfollowers" + suffix));
        long held = threads.postComment(thread, null, "Try this Miracle Cure" + suffix + ".", false);
        accounts.signInAs(member2);
        assertThat(threads.comment(held).html()).as("held until approved").isEmpty();
        accounts.signInAs(member);
        long flagged = threads.postComment(thread, null, "There may be a lawsuit" + suffix + " coming.", false);
        accounts.signInAs(member2);
        assertThat(threads.comment(flagged).html()).isNotEmpty();
        accounts.signInAs(supervisor);
        List<QueueEntry> items =
                moderation.queue().stream().filter(e -> e.threadId() == thread).toList();
        assertThat(items)
                .extracting(QueueEntry::kind)
                .containsOnly(QueueKind.WATCHED_WORD)
                .hasSize(2);
        QueueEntry heldItem =
                items.stream().filter(e -> e.commentId() == held).findFirst().orElseThrow();
        moderation.resolve(heldItem.id(), null);
        accounts.signInAs(member2);
        assertThat(threads.comment(held).html()).as("shown once approved").isNotEmpty();
        accounts.signInAs(member);
        long heldThread = threads.create(group, ThreadKind.DISCUSSION, "Miracle cure" + suffix, "Body", null, false);
        assertThat(threads.open(heldThread).status()).isEqualTo(ThreadStatus.AWAITING_REVIEW);
    }

    @Test
    void aGroupCanReviewEveryPostFromNewMembers() {
        accounts.signInAs(admin);
        long strict = groups.create(new GroupForm(
                "Strict " + UUID.randomUUID(), "Reviews new members.", false, Set.of(supervisor), Set.of(author), 1));
        accounts.signInAs(author);
        long first = threads.create(strict, ThreadKind.DISCUSSION, "My first post", "Hello.", null, false);
        assertThat(threads.open(first).status()).isEqualTo(ThreadStatus.AWAITING_REVIEW);
        moderation.approve(item(first, QueueKind.POST_REVIEW).id());
        accounts.signInAs(author);
        long second = threads.create(strict, ThreadKind.DISCUSSION, "My second post", "Hello again.", null, false);
        assertThat(threads.open(second).status()).isEqualTo(ThreadStatus.PUBLISHED);
    }

    @Test
    void lockPinMoveMergeAndSlowModeAreEnforcedAndAudited() {
        long thread = discussion();
        long other = discussion();
        accounts.signInAs(member);
        long original = threads.postComment(thread, null, "Posted once.", false);
        long duplicate = threads.postComment(thread, null, "Posted once.", false);
        accounts.signInAs(supervisor);
        threadModeration.lock(thread, true, "Cooling off");
        accounts.signInAs(member);
        assertThatThrownBy(() -> threads.postComment(thread, null, "More", false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("locked");
        accounts.signInAs(supervisor);
        threadModeration.lock(thread, false, null);
        threadModeration.pin(other, true);
        assertThat(threads.threads(ThreadQuery.inGroup(group), 0, 10).getFirst().id())
                .isEqualTo(other);
        threadModeration.mergeComment(duplicate, original, "posted twice");
        threads.editComment(original, "Posted once, lightly edited by a supervisor.");
        accounts.signInAs(member2);
        assertThatThrownBy(() -> threads.editComment(original, "Not mine")).isInstanceOf(AccessDeniedException.class);
        accounts.signInAs(supervisor);
        accounts.signInAs(member2);
        CommentItem merged = threads.comment(duplicate);
        assertThat(merged.hidden()).isTrue();
        assertThat(merged.mergedIntoNumber())
                .isEqualTo(threads.comment(original).number());
        accounts.signInAs(supervisor);
        threadModeration.slowMode(thread, 30);
        accounts.signInAs(member2);
        threads.postComment(thread, null, "One", false);
        assertThatThrownBy(() -> threads.postComment(thread, null, "Two", false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Slow mode");
        accounts.signInAs(admin);
        long elsewhere =
                groups.create(new GroupForm("Elsewhere " + UUID.randomUUID(), "Other.", false, Set.of(), Set.of()));
        accounts.signInAs(supervisor);
        assertThatThrownBy(() -> threadModeration.move(other, elsewhere, "tidy"))
                .isInstanceOf(AccessDeniedException.class);
        threadModeration.mergeThread(other, thread, "same question");
        assertThat(threads.threads(ThreadQuery.inGroup(group), 0, 10))
                .extracting(ThreadSummary::id)
                .doesNotContain(other);
        accounts.signInAs(admin);
        threadModeration.move(thread, elsewhere, "belongs there");
        assertThat(actions())
                .contains(
                        "thread.locked",
                        "thread.unlocked",
                        "thread.pinned",
                        "comment.merged",
                        "comment.edited",
                        "thread.slow-mode",
                        "thread.merged",
                        "thread.moved");
    }

    @Test
    void supervisorsWarnSilenceAndSuspendTheirGroupsMembersAndKeepPrivateNotes() {
        accounts.signInAs(supervisor);
        moderation.warn(member, "Please keep comments about colleagues respectful.");
        moderation.addNote(member, "Second heated exchange this month.");
        assertThat(moderation.notes(member))
                .extracting(ModerationService.NoteLine::body)
                .contains("Second heated exchange this month.");
        accountService.silence(member, 24, "Cooling off");
        long thread = discussion();
        accounts.signInAs(member);
        assertThat(notifications.mine(5).getFirst().message()).contains("keep comments about colleagues respectful");
        assertThatThrownBy(() -> threads.postComment(thread, null, "Reply", false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("paused your posting");
        assertThatThrownBy(() -> moderation.notes(member2)).isInstanceOf(AccessDeniedException.class);
        accounts.signInAs(supervisor);
        accountService.suspend(member, "Repeated disrespect");
        assertThat(accounts.load(member).getStatus()).isEqualTo(AccountStatus.SUSPENDED);
        accountService.reactivate(member, "Apologised");
        long outsider = accounts.active("Not in the group", Role.THERAPIST);
        assertThatThrownBy(() -> accountService.suspend(outsider, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.warn(outsider, "x")).isInstanceOf(AccessDeniedException.class);
        assertThat(actions())
                .contains(
                        "account.warned",
                        "account.note-added",
                        "account.silenced",
                        "account.suspended",
                        "account.reactivated");
    }

    @Test
    void theDashboardCountsOpenItemsFlagsAndOutreach() {
        long thread = discussion();
        accounts.signInAs(member);
        moderation.flag(thread, null, FlagReason.DISRESPECTFUL, null);
        threads.postComment(thread, null, "I don't want to be alive anymore.", false);
        accounts.signInAs(supervisor);
        moderation.recordOutreach(item(thread, QueueKind.RISK_SELF).id(), "Called him.");
        Dashboard d = moderation.dashboard();
        assertThat(d.openByAge().get(QueueKind.FLAG)[0]).isPositive();
        assertThat(d.flagsByReason().get(FlagReason.DISRESPECTFUL)).isPositive();
        assertThat(d.riskAlerts()).isPositive();
        assertThat(d.outreachRecorded()).isPositive();
        assertThat(d.medianFirstAction()).isNotNull();
        accounts.signInAs(member);
        assertThatThrownBy(() -> moderation.dashboard()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.queue()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSupervisorClosesAFalseAlarmAsNotARiskAndTheDashboardShowsTheShare() {
        long thread = discussion();
        accounts.signInAs(member);
        threads.postComment(thread, null, "I don't want to be alive anymore.", false);
        threads.postComment(thread, null, "Honestly I'm just waiting to die at this point.", false);
        accounts.signInAs(supervisor);
        List<QueueEntry> alerts = moderation.queue().stream()
                .filter(e -> e.threadId() == thread && e.kind().risk())
                .toList();
        assertThat(alerts).hasSize(2);
        QueueEntry falseAlarm = alerts.getFirst();
        assertThatThrownBy(() -> moderation.closeAsNotARisk(falseAlarm.id(), "  "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("why");

        moderation.closeAsNotARisk(falseAlarm.id(), "Quoting a film, no present risk.");

        assertThat(moderation.queue()).extracting(QueueEntry::id).doesNotContain(falseAlarm.id());
        assertThat(actions()).contains("moderation.not-a-risk");
        Dashboard d = moderation.dashboard();
        assertThat(d.notARisk()).isPositive();
        assertThat(d.notARiskShare()).isGreaterThan(0).isLessThan(1);
        long flagThread = discussion();
        accounts.signInAs(member);
        moderation.flag(flagThread, null, FlagReason.SPAM, null);
        accounts.signInAs(supervisor);
        assertThatThrownBy(() -> moderation.closeAsNotARisk(
                        item(flagThread, QueueKind.FLAG).id(), "No."))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("risk alert");
    }

    @Test
    void theAuditTrailFiltersByAreaAndExportsCsv() {
        long thread = discussion();
        accounts.signInAs(supervisor);
        threadModeration.lock(thread, true, "A reason, with a comma");
        accounts.signInAs(admin);
        var filter = new AuditTrail.Filter("", "thread.", null, null);
        assertThat(audit.search(filter, 0, 50))
                .allSatisfy(l -> assertThat(l.action()).startsWith("thread."));
        String csv = audit.csv(filter);
        assertThat(csv)
                .startsWith("when_utc,who,action,target_type,target_id,target,why")
                .contains("thread.locked")
                .contains("\"A reason, with a comma\"");
        accounts.signInAs(supervisor);
        assertThatThrownBy(() -> audit.csv(filter)).isInstanceOf(AccessDeniedException.class);
    }
}
