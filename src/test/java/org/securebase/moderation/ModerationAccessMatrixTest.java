package org.securebase.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.securebase.DatabaseTest;
import org.securebase.accounts.AccountService;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.securebase.threads.FlagReason;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadModeration;
import org.securebase.threads.ThreadService;
import org.securebase.vignettes.Disclosure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every moderation operation × who calls it, relative to group A: its member, an outsider, A's supervisor, the
 * supervisor of another group B, an admin. A supervisor of B can never moderate A. Expectations are written out
 * here, apart from the code under test.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationAccessMatrixTest {

    /**
     * The last three supervised A: DEMOTED was made a therapist by an admin, SUSPENDED was suspended by an admin,
     * and STALE_LISTED is a therapist still named on A's supervisor list (as a demotion before this rule left it).
     */
    enum Who {
        MEMBER,
        OUTSIDER,
        GROUP_SUPERVISOR,
        OTHER_SUPERVISOR,
        ADMIN,
        DEMOTED,
        SUSPENDED,
        STALE_LISTED
    }

    enum Op {
        FLAG,
        APPROVE,
        REQUEST_CHANGES,
        REJECT,
        DISMISS_FLAGS,
        UPHOLD_FLAGS,
        RECORD_OUTREACH,
        HIDE_COMMENT,
        HIDE_THREAD,
        LOCK,
        PIN,
        SLOW_MODE,
        MERGE_COMMENT,
        MERGE_THREAD,
        MOVE,
        WARN,
        SILENCE,
        SUSPEND,
        ADD_NOTE,
        READ_NOTES,
        RETAG,
        REDACT,
        EDIT_COMMENT,
        CLOSE_AS_NOT_A_RISK
    }

    @Autowired
    TestAccounts accounts;

    @Autowired
    GroupService groups;

    @Autowired
    ThreadService threads;

    @Autowired
    ThreadModeration threadModeration;

    @Autowired
    ModerationService moderation;

    @Autowired
    AccountService accountService;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final Map<Who, Long> who = new EnumMap<>(Who.class);
    private long author;
    private long flagger;
    private long groupA;
    private long secondGroupA;

    @BeforeAll
    void people() {
        long admin = accounts.active("Admin", Role.ADMIN);
        who.put(Who.ADMIN, admin);
        who.put(Who.MEMBER, accounts.active("Member", Role.THERAPIST));
        who.put(Who.OUTSIDER, accounts.active("Outsider", Role.THERAPIST));
        who.put(Who.GROUP_SUPERVISOR, accounts.active("Supervisor A", Role.SUPERVISOR));
        who.put(Who.OTHER_SUPERVISOR, accounts.active("Supervisor B", Role.SUPERVISOR));
        who.put(Who.DEMOTED, accounts.active("Demoted A", Role.SUPERVISOR));
        who.put(Who.SUSPENDED, accounts.active("Suspended A", Role.SUPERVISOR));
        who.put(Who.STALE_LISTED, accounts.active("Stale A", Role.THERAPIST));
        author = accounts.active("Author", Role.THERAPIST);
        flagger = accounts.active("Flagger", Role.THERAPIST);
        accounts.signInAs(admin);
        Set<Long> members = Set.of(who.get(Who.MEMBER), author, flagger);
        Set<Long> supervisorsOfA = Set.of(who.get(Who.GROUP_SUPERVISOR), who.get(Who.DEMOTED), who.get(Who.SUSPENDED));
        groupA = groups.create(new GroupForm("Matrix A " + UUID.randomUUID(), "A.", false, supervisorsOfA, members));
        secondGroupA = groups.create(new GroupForm(
                "Matrix A2 " + UUID.randomUUID(), "Also A's supervisor.", false, supervisorsOfA, members));
        groups.create(new GroupForm(
                "Matrix B " + UUID.randomUUID(),
                "B.",
                false,
                Set.of(who.get(Who.OTHER_SUPERVISOR)),
                Set.of(who.get(Who.OUTSIDER))));
        accountService.changeRole(who.get(Who.DEMOTED), Role.THERAPIST, "Matrix: no longer supervises");
        accountService.suspend(who.get(Who.SUSPENDED), "Matrix: suspended");
        accounts.signOut();
        // The service refuses a therapist as supervisor, so the stale row goes in as older data would have it.
        jdbc.update(
                "insert into group_supervisor (group_id, account_id) values (?, ?)", groupA, who.get(Who.STALE_LISTED));
        jdbc.update(
                "insert into group_supervisor (group_id, account_id) values (?, ?)",
                secondGroupA,
                who.get(Who.STALE_LISTED));
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Op op : Op.values()) {
            for (Who w : Who.values()) {
                cases.add(Arguments.of(op, w, expectedAllowed(op, w)));
            }
        }
        return cases.stream();
    }

    static boolean expectedAllowed(Op op, Who who) {
        return switch (op) {
            case FLAG -> who == Who.MEMBER || who == Who.GROUP_SUPERVISOR || who == Who.ADMIN;
            default -> who == Who.GROUP_SUPERVISOR || who == Who.ADMIN;
        };
    }

    /** Fresh content in group A for each case, created by its author and flagged by another member. */
    record Fixture(long thread, long comment, long reply, long caseItem, long flagItem, long otherThread) {}

    private Fixture fixture() {
        accounts.signInAs(author);
        long thread = threads.create(groupA, ThreadKind.DISCUSSION, "Matrix thread", "Body.", null, false);
        long other = threads.create(groupA, ThreadKind.DISCUSSION, "Matrix duplicate", "Body.", null, false);
        long comment = threads.postComment(thread, null, "A comment.", false);
        long reply = threads.postComment(thread, null, "A comment.", false);
        long caseThread = threads.create(
                groupA,
                ThreadKind.CASE_CONSULTATION,
                "Matrix case",
                "A vignette.",
                "What now?",
                false,
                new Disclosure(true, Set.of()),
                List.of("repair"));
        accounts.signInAs(flagger);
        moderation.flag(thread, comment, FlagReason.SPAM, null);
        threads.postComment(thread, null, "I want to die, honestly.", false);
        accounts.signInAs(who.get(Who.ADMIN));
        List<QueueEntry> queue = moderation.queue();
        long caseItem = queue.stream()
                .filter(e -> e.threadId() == caseThread)
                .findFirst()
                .orElseThrow()
                .id();
        long flagItem = queue.stream()
                .filter(e -> e.threadId() == thread && e.kind() == QueueKind.FLAG)
                .findFirst()
                .orElseThrow()
                .id();
        accounts.signOut();
        return new Fixture(thread, comment, reply, caseItem, flagItem, other);
    }

    private long riskItem(Fixture f) {
        accounts.signInAs(who.get(Who.ADMIN));
        long id = moderation.queue().stream()
                .filter(e -> e.threadId() == f.thread() && e.kind().risk())
                .findFirst()
                .orElseThrow()
                .id();
        accounts.signOut();
        return id;
    }

    @ParameterizedTest(name = "{0} by {1}: allowed={2}")
    @MethodSource("cases")
    void servicesEnforceTheRule(Op op, Who caller, boolean allowed) {
        Fixture f = fixture();
        long risk = riskItem(f);
        accounts.signInAs(who.get(caller));
        Runnable call = () -> {
            switch (op) {
                case FLAG -> moderation.flag(f.thread(), f.reply(), FlagReason.OFF_TOPIC, null);
                case APPROVE -> moderation.approve(f.caseItem());
                case REQUEST_CHANGES -> moderation.requestChanges(f.caseItem(), "Change this.");
                case REJECT -> moderation.reject(f.caseItem(), "No.");
                case DISMISS_FLAGS -> moderation.dismissFlags(f.flagItem(), null);
                case UPHOLD_FLAGS -> moderation.upholdFlags(f.flagItem(), null);
                case RECORD_OUTREACH -> moderation.recordOutreach(risk, "Phoned.");
                case HIDE_COMMENT -> threadModeration.hideComment(f.comment(), true, null);
                case HIDE_THREAD -> threadModeration.hideThread(f.thread(), true, null);
                case LOCK -> threadModeration.lock(f.thread(), true, null);
                case PIN -> threadModeration.pin(f.thread(), true);
                case SLOW_MODE -> threadModeration.slowMode(f.thread(), 10);
                case MERGE_COMMENT -> threadModeration.mergeComment(f.reply(), f.comment(), null);
                case MERGE_THREAD -> threadModeration.mergeThread(f.otherThread(), f.thread(), null);
                case MOVE -> threadModeration.move(f.thread(), secondGroupA, null);
                case WARN -> moderation.warn(author, "Careful.");
                case SILENCE -> accountService.silence(author, 1, "Cooling off");
                case SUSPEND -> accountService.suspend(author, "Matrix");
                case ADD_NOTE -> moderation.addNote(author, "A note.");
                case READ_NOTES -> moderation.notes(author);
                case RETAG -> threads.retag(f.thread(), List.of("grief"));
                case REDACT -> threads.redact(f.thread(), null, "Body", "matrix");
                case EDIT_COMMENT -> threads.editComment(f.comment(), "Edited by a moderator.");
                case CLOSE_AS_NOT_A_RISK -> moderation.closeAsNotARisk(risk, "An idiom.");
            }
        };
        if (allowed) {
            assertThatCode(call::run).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
            accounts.signInAs(who.get(Who.ADMIN));
            assertThat(moderation.queue()).extracting(QueueEntry::id).contains(f.caseItem(), f.flagItem(), risk);
        }
        if (op == Op.SUSPEND && allowed) {
            accounts.signInAs(who.get(Who.ADMIN));
            accountService.reactivate(author, "Matrix");
        }
        if (op == Op.SILENCE && allowed) {
            accounts.signInAs(who.get(Who.ADMIN));
            accountService.silence(author, 0, "Matrix");
        }
    }

    @org.junit.jupiter.api.Test
    void formerSupervisorsOfAnOpenGroupReadItAsMembersDo() {
        accounts.signInAs(who.get(Who.ADMIN));
        long open = groups.create(new GroupForm(
                "Matrix open " + UUID.randomUUID(), "Open.", true, Set.of(who.get(Who.GROUP_SUPERVISOR)), Set.of()));
        accounts.signOut();
        jdbc.update(
                "insert into group_supervisor (group_id, account_id) values (?, ?)", open, who.get(Who.STALE_LISTED));
        accounts.signInAs(author);
        long thread = threads.create(open, ThreadKind.DISCUSSION, "Open matrix thread", "Body.", null, true);
        long comment = threads.postComment(thread, null, "Posted without my name.", true);
        for (Who former : List.of(Who.DEMOTED, Who.STALE_LISTED)) {
            accounts.signInAs(who.get(former));
            var page = threads.open(thread);
            assertThat(page.canModerate()).as(former.name()).isFalse();
            assertThat(page.author()).as(former.name()).isEqualTo("Anonymous member");
            assertThat(threads.comment(comment).author()).as(former.name()).isEqualTo("Anonymous member");
            assertThat(threadModeration.moderates(thread)).as(former.name()).isFalse();
            assertThatThrownBy(() -> threadModeration.lock(thread, true, null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> threads.redact(thread, null, "Body", "no"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        accounts.signInAs(who.get(Who.GROUP_SUPERVISOR));
        assertThat(threads.open(thread).author()).isEqualTo("Anonymous member (Author)");
    }

    @org.junit.jupiter.api.Test
    void aSupervisorOfAnotherGroupSeesNoneOfThisGroupsQueue() {
        Fixture f = fixture();
        accounts.signInAs(who.get(Who.OTHER_SUPERVISOR));
        assertThat(moderation.queue()).extracting(QueueEntry::threadId).doesNotContain(f.thread());
        accounts.signInAs(who.get(Who.GROUP_SUPERVISOR));
        assertThat(moderation.queue()).extracting(QueueEntry::threadId).contains(f.thread());
    }
}
