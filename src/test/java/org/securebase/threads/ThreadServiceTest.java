package org.securebase.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.TestAccounts;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.securebase.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class ThreadServiceTest {

    @Autowired
    ThreadService threads;

    @Autowired
    ThreadModeration threadModeration;

    @Autowired
    GroupService groups;

    @Autowired
    TestAccounts accounts;

    long admin;
    long supervisor;
    long author;
    long member;
    long outsider;
    long group;

    @BeforeEach
    void privateGroupWithPeople() {
        admin = accounts.active("Admin", Role.ADMIN);
        supervisor = accounts.active("Supervisor", Role.SUPERVISOR);
        author = accounts.active("Author", Role.THERAPIST);
        member = accounts.active("Member", Role.THERAPIST);
        outsider = accounts.active("Outsider", Role.THERAPIST);
        accounts.signInAs(admin);
        group = groups.create(new GroupForm(
                "Threads " + UUID.randomUUID(), "Private.", false, Set.of(supervisor), Set.of(author, member)));
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private long discussion() {
        accounts.signInAs(author);
        return threads.create(
                group, ThreadKind.DISCUSSION, "Repair after a rupture", "How do you repair?", null, false);
    }

    @Test
    void staffNamesCarryTheirRoleBadgeWhereverThreadsShowAnAuthor() {
        long thread = discussion();
        accounts.signInAs(supervisor);
        long named = threads.postComment(thread, null, "As your supervisor: slow down.", false);
        long anonymous = threads.postComment(thread, null, "Posted without my name.", true);
        long supervised = threads.create(group, ThreadKind.DISCUSSION, "A supervisor's thread", "Body.", null, false);
        accounts.signInAs(admin);
        long adminComment = threads.postComment(thread, null, "An administrator's note.", false);
        accounts.signInAs(member);
        long peer = threads.postComment(thread, null, "A peer's view.", false);

        assertThat(threads.comments(thread, 0, 50))
                .extracting(CommentItem::id, CommentItem::authorBadge)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(named, "Supervisor"),
                        org.assertj.core.groups.Tuple.tuple(anonymous, null),
                        org.assertj.core.groups.Tuple.tuple(adminComment, "Administrator"),
                        org.assertj.core.groups.Tuple.tuple(peer, null));
        assertThat(threads.open(supervised).authorBadge()).isEqualTo("Supervisor");
        assertThat(threads.open(thread).authorBadge()).isNull();
        assertThat(threads.threads(ThreadQuery.inGroup(group), 0, 50))
                .filteredOn(t -> t.id() == supervised)
                .extracting(ThreadSummary::authorBadge)
                .containsExactly("Supervisor");
    }

    @Test
    void topLevelCommentsAreNumberedAndRepliesNestBeneathTheirParent() {
        long thread = discussion();
        accounts.signInAs(member);
        long first = threads.postComment(thread, null, "First", false);
        long second = threads.postComment(thread, null, "Second", false);
        long reply = threads.postComment(thread, first, "Reply to first", false);
        long deeper = threads.postComment(thread, reply, "Reply to the reply", false);
        long deepest = threads.postComment(thread, deeper, "Fourth level", false);

        List<CommentItem> all = threads.comments(thread, 0, 50);
        assertThat(all).extracting(CommentItem::id).containsExactly(first, reply, deeper, deepest, second);
        assertThat(all).extracting(CommentItem::number).containsExactly(1, null, null, null, 2);
        assertThat(all).extracting(CommentItem::indent).containsExactly(0, 1, 2, 3, 0);
        assertThat(all.get(3).inReplyTo()).isEqualTo("Member");
        assertThat(threads.open(thread).commentCount()).isEqualTo(5);
    }

    @Test
    void anonymousAuthorsAreHiddenFromPeersButNotFromSupervisors() {
        long thread = discussion();
        accounts.signInAs(member);
        threads.postComment(thread, null, "Something personal", true);
        accounts.signInAs(author);
        assertThat(threads.comments(thread, 0, 10).getFirst().author()).isEqualTo("Anonymous member");
        accounts.signInAs(supervisor);
        assertThat(threads.comments(thread, 0, 10).getFirst().author()).isEqualTo("Anonymous member (Member)");
    }

    @Test
    void editsKeepRevisionsForTheAuthorAndModeratorsOnly() {
        long thread = discussion();
        accounts.signInAs(member);
        long comment = threads.postComment(thread, null, "First version", false);
        threads.editComment(comment, "Second version");
        assertThat(threads.comment(comment).markdown()).isEqualTo("Second version");
        assertThat(threads.comment(comment).editedAt()).isNotNull();
        assertThat(threads.revisions(thread, comment)).containsExactly("First version");
        accounts.signInAs(supervisor);
        assertThat(threads.revisions(thread, comment)).containsExactly("First version");
        accounts.signInAs(author);
        assertThatThrownBy(() -> threads.revisions(thread, comment)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> threads.editComment(comment, "Not mine")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void deletingLeavesARemovedCommentSoRepliesKeepTheirParent() {
        long thread = discussion();
        accounts.signInAs(member);
        long parent = threads.postComment(thread, null, "Parent", false);
        long child = threads.postComment(thread, parent, "Child", false);
        threads.deleteComment(parent);
        List<CommentItem> all = threads.comments(thread, 0, 10);
        assertThat(all.getFirst().deleted()).isTrue();
        assertThat(all.getFirst().html()).isEmpty();
        assertThat(all.get(1).parentId()).isEqualTo(parent);
        assertThat(all.get(1).id()).isEqualTo(child);
    }

    @Test
    void onlyTheThreadsAuthorMarksHelpfulAndAuthorOrSupervisorSummarises() {
        long thread = discussion();
        accounts.signInAs(member);
        long comment = threads.postComment(thread, null, "Try naming the rupture", false);
        assertThatThrownBy(() -> threads.markHelpful(comment, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> threads.summarise(thread, "Mine")).isInstanceOf(AccessDeniedException.class);
        accounts.signInAs(author);
        threads.markHelpful(comment, true);
        assertThat(threads.comment(comment).helpful()).isTrue();
        threads.summarise(thread, "Name the rupture, own your part, stay.");
        accounts.signInAs(supervisor);
        threads.summarise(thread, "Repair is the work.");
        assertThat(threads.open(thread).summary()).isEqualTo("Repair is the work.");
    }

    @Test
    void aPrivateGroupsThreadsAreRefusedToOutsiders() {
        long thread = discussion();
        accounts.signInAs(outsider);
        assertThatThrownBy(() -> threads.open(thread)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> threads.comments(thread, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> threads.postComment(thread, null, "Let me in", false))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(threads.threads(ThreadQuery.inGroup(group), 0, 10)).isEmpty();
        assertThatThrownBy(() -> threads.create(group, ThreadKind.DISCUSSION, "x", "y", null, false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void caseConsultationsAskAQuestionAndPromptsComeFromSupervisors() {
        accounts.signInAs(author);
        assertThatThrownBy(() -> threads.create(group, ThreadKind.CASE_CONSULTATION, "Title", "Body", " ", false))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("question"));
        assertThatThrownBy(() -> threads.create(group, ThreadKind.REFLECTION_PROMPT, "Prompt", "Body", null, false))
                .isInstanceOf(AccessDeniedException.class);
        accounts.signInAs(supervisor);
        assertThat(threads.create(
                        group,
                        ThreadKind.REFLECTION_PROMPT,
                        "Your own attachment style",
                        "How does it show up with clients?",
                        null,
                        false))
                .isPositive();
    }

    @Test
    void aCaseConsultationIsStoredOnlyWithoutUnresolvedIdentifiersAndWithTheAttestation() {
        accounts.signInAs(author);
        var attested = new org.securebase.vignettes.Disclosure(true, Set.of());
        assertThatThrownBy(() -> threads.create(
                        group,
                        ThreadKind.CASE_CONSULTATION,
                        "A hard week",
                        "Kiara, fifteen, from Lincoln High School.",
                        "Pacing?",
                        false,
                        attested,
                        java.util.List.of("repair")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsKey("body")
                        .allSatisfy((field, message) -> assertThat(message).doesNotContain("Kiara")));
        assertThatThrownBy(() -> threads.create(
                        group,
                        ThreadKind.CASE_CONSULTATION,
                        "A hard week",
                        "[Client A], fifteen, from [School].",
                        "Pacing?",
                        false,
                        new org.securebase.vignettes.Disclosure(false, Set.of()),
                        java.util.List.of("repair")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("attestation"));
        long id = threads.create(
                group,
                ThreadKind.CASE_CONSULTATION,
                "A hard week",
                "My dog Pepper sits in.",
                "Pacing?",
                false,
                new org.securebase.vignettes.Disclosure(true, Set.of("Pepper")),
                java.util.List.of("repair"));
        assertThat(threads.open(id).bodyMarkdown()).isEqualTo("My dog Pepper sits in.");
        accounts.signInAs(supervisor);
        threadModeration.review(id, ThreadStatus.PUBLISHED, null);
        accounts.signInAs(member);
        assertThatThrownBy(() -> threads.postComment(id, null, "I know her, she works at Tyson Foods.", false))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void limitsAreEnforcedWithAMessagePerField() {
        accounts.signInAs(author);
        assertThatThrownBy(() -> threads.create(group, ThreadKind.DISCUSSION, "", "x".repeat(20_001), null, false))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKeys("title", "body"));
        long thread = discussion();
        assertThatThrownBy(() -> threads.postComment(thread, null, "x".repeat(10_001), false))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> threads.postComment(thread, null, "   ", false))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void listsFilterByKindUnansweredAndMineAndSortByComments() {
        long quiet = discussion();
        long busy = discussion();
        accounts.signInAs(member);
        threads.postComment(busy, null, "One", false);
        threads.postComment(busy, null, "Two", false);
        accounts.signInAs(author);
        ThreadQuery unanswered = new ThreadQuery(group, null, true, false, ThreadQuery.Sort.LATEST_ACTIVITY);
        assertThat(threads.threads(unanswered, 0, 10))
                .extracting(ThreadSummary::id)
                .contains(quiet)
                .doesNotContain(busy);
        ThreadQuery most = new ThreadQuery(group, null, false, true, ThreadQuery.Sort.MOST_COMMENTS);
        assertThat(threads.threads(most, 0, 10).getFirst().id()).isEqualTo(busy);
        assertThat(threads.count(
                        new ThreadQuery(group, ThreadKind.CASE_CONSULTATION, false, false, ThreadQuery.Sort.NEWEST)))
                .isZero();
    }

    @Test
    void aThousandCommentsAreReadAPageAtATime() {
        long thread = discussion();
        accounts.signInAs(member);
        for (int i = 1; i <= 1000; i++) {
            threads.postComment(thread, null, "Comment " + i, false);
        }
        assertThat(threads.commentCount(thread)).isEqualTo(1000);
        List<CommentItem> page = threads.comments(thread, 950, 50);
        assertThat(page).hasSize(50);
        assertThat(page.getFirst().number()).isEqualTo(951);
        assertThat(page.getLast().markdown()).isEqualTo("Comment 1000");
    }
}
