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
import org.securebase.notifications.NotificationLine;
import org.securebase.notifications.NotificationService;
import org.securebase.search.SearchQuery;
import org.securebase.search.SearchService;
import org.securebase.security.Role;
import org.securebase.vignettes.Disclosure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** "I may know this client": who learns what, and what the reader no longer sees. */
@DatabaseTest
class RecusalTest {

    @Autowired
    ThreadService threads;

    @Autowired
    ThreadModeration moderation;

    @Autowired
    GroupService groups;

    @Autowired
    NotificationService notifications;

    @Autowired
    SearchService search;

    @Autowired
    TestAccounts accounts;

    @Autowired
    org.securebase.tags.TagService tags;

    long supervisor;
    long author;
    long reader;
    long colleague;
    long group;
    long caseThread;
    String word;

    @BeforeEach
    void publishedCaseConsultation() {
        long admin = accounts.active("Admin", Role.ADMIN);
        supervisor = accounts.active("Supervisor", Role.SUPERVISOR);
        author = accounts.active("Author", Role.THERAPIST);
        reader = accounts.active("Reader", Role.THERAPIST);
        colleague = accounts.active("Colleague", Role.THERAPIST);
        accounts.signInAs(admin);
        group = groups.create(new GroupForm(
                "Recusal " + UUID.randomUUID(),
                "Private.",
                false,
                Set.of(supervisor),
                Set.of(author, reader, colleague)));
        word = "zr" + UUID.randomUUID().toString().substring(0, 6);
        accounts.signInAs(author);
        caseThread = threads.create(
                group,
                ThreadKind.CASE_CONSULTATION,
                "Case " + word,
                "A vignette without details.",
                "What would you try?",
                false,
                new Disclosure(true, Set.of(word)),
                List.of("repair"));
        accounts.signInAs(supervisor);
        moderation.review(caseThread, ThreadStatus.PUBLISHED, null);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void theThreadIsHiddenFromTheReaderWhoStepsOut() {
        accounts.signInAs(reader);
        assertThat(threads.threads(ThreadQuery.inGroup(group), 0, 50))
                .extracting(ThreadSummary::id)
                .containsExactly(caseThread);
        assertThat(search.count(SearchQuery.of(word))).isEqualTo(1);
        long repairBefore = tags.resolve("repair").orElseThrow().threads();

        threads.recuse(caseThread, "I think she was my neighbour's colleague.");

        // the theme page counts as the lists do
        assertThat(tags.resolve("repair").orElseThrow().threads()).isEqualTo(repairBefore - 1);

        assertThat(threads.threads(ThreadQuery.inGroup(group), 0, 50)).isEmpty();
        assertThat(threads.count(ThreadQuery.inGroup(group))).isZero();
        assertThat(search.count(SearchQuery.of(word))).isZero();
        assertThatThrownBy(() -> threads.open(caseThread)).isInstanceOf(RecusedException.class);
        assertThatThrownBy(() -> threads.comments(caseThread, 0, 10)).isInstanceOf(RecusedException.class);

        accounts.signInAs(colleague);
        assertThat(threads.open(caseThread).title()).isEqualTo("Case " + word);
        assertThat(tags.resolve("repair").orElseThrow().threads()).isEqualTo(repairBefore);
        assertThat(search.count(SearchQuery.of(word))).isEqualTo(1);
    }

    @Test
    void theAuthorIsAskedToDisguiseTheCaseWithoutLearningWho() {
        String readerName = accounts.load(reader).getDisplayName();
        accounts.signInAs(reader);
        threads.recuse(caseThread, "A private note for the supervisors.");

        accounts.signInAs(author);
        List<NotificationLine> told = notifications.mine(50);
        assertThat(told)
                .anySatisfy(n ->
                        assertThat(n.message()).contains("may know the client").contains("disguise the case further"));
        assertThat(told)
                .allSatisfy(
                        n -> assertThat(n.message()).doesNotContain(readerName).doesNotContain("private note"));
        assertThatThrownBy(() -> threads.recusals(caseThread)).isInstanceOf(AccessDeniedException.class);
        assertThat(threads.open(caseThread).title()).isEqualTo("Case " + word);
    }

    @Test
    void supervisorsSeeWhoAndTheNoteAndTheCount() {
        String readerName = accounts.load(reader).getDisplayName();
        accounts.signInAs(reader);
        threads.recuse(caseThread, "A private note for the supervisors.");
        accounts.signInAs(colleague);
        threads.recuse(caseThread, "");

        accounts.signInAs(supervisor);
        assertThat(notifications.mine(50))
                .anySatisfy(n -> assertThat(n.message()).contains(readerName).contains("may know the client"));
        RecusalView signals = threads.recusals(caseThread);
        assertThat(signals.count()).isEqualTo(2);
        assertThat(signals.lines())
                .extracting(RecusalView.Line::member, RecusalView.Line::note)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(readerName, "A private note for the supervisors."),
                        org.assertj.core.groups.Tuple.tuple(
                                accounts.load(colleague).getDisplayName(), null));

        accounts.signInAs(author);
        assertThatThrownBy(() -> threads.recusals(caseThread)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAReaderOtherThanTheAuthorStepsOutAndOnlyOfACaseConsultation() {
        accounts.signInAs(author);
        assertThatThrownBy(() -> threads.recuse(caseThread, null)).isInstanceOf(AccessDeniedException.class);
        long discussion = threads.create(group, ThreadKind.DISCUSSION, "A discussion", "What helps?", null, false);
        accounts.signInAs(reader);
        assertThatThrownBy(() -> threads.recuse(discussion, null)).isInstanceOf(AccessDeniedException.class);
        threads.recuse(caseThread, null);
        assertThatThrownBy(() -> threads.recuse(caseThread, null)).isInstanceOf(RecusedException.class);
    }
}
