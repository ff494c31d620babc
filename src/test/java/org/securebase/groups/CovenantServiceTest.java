package org.securebase.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.TestAccounts;
import org.securebase.search.SearchQuery;
import org.securebase.search.SearchService;
import org.securebase.security.Role;
import org.securebase.shared.InvalidInputException;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadQuery;
import org.securebase.threads.ThreadService;
import org.securebase.threads.ThreadSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class CovenantServiceTest {

    @Autowired
    CovenantService covenants;

    @Autowired
    GroupService groups;

    @Autowired
    ThreadService threads;

    @Autowired
    SearchService search;

    @Autowired
    TestAccounts accounts;

    long admin;
    long supervisor;
    long member;
    long newcomer;
    long group;
    long thread;
    String word;

    @BeforeEach
    void groupWithAThread() {
        admin = accounts.active("Admin", Role.ADMIN);
        supervisor = accounts.active("Supervisor", Role.SUPERVISOR);
        member = accounts.active("Member", Role.THERAPIST);
        newcomer = accounts.active("Newcomer", Role.THERAPIST);
        accounts.signInWithoutCovenant(admin);
        group = groups.create(new GroupForm(
                "Covenant " + UUID.randomUUID(), "Private.", false, Set.of(supervisor), Set.of(member, newcomer)));
        word = "zq" + UUID.randomUUID().toString().substring(0, 6);
        accounts.signInWithoutCovenant(supervisor); // supervisors read without accepting
        thread = threads.create(group, ThreadKind.DISCUSSION, "Ruptures " + word, "How do you repair?", null, false);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aNewGroupHasTheDefaultCovenantFromPeerConsultationPractice() {
        accounts.signInWithoutCovenant(newcomer);
        CovenantPage page = covenants.covenant(group);
        assertThat(page.version()).isEqualTo(1);
        assertThat(page.text())
                .contains("identify a client")
                .contains("record")
                .contains("transcribe")
                .contains("not supervision")
                .contains("told at intake")
                .contains("stays in this group")
                .contains("If I think I know the person being presented, I say so and step out");
        assertThat(page.mustAccept()).isTrue();
        assertThat(page.canEdit()).isFalse();
    }

    @Test
    void aMemberCannotListOrOpenTheGroupsThreadsBeforeAccepting() {
        accounts.signInWithoutCovenant(newcomer);
        assertThat(threads.threads(ThreadQuery.inGroup(group), 0, 50)).isEmpty();
        assertThat(threads.threads(ThreadQuery.all(), 0, 500))
                .extracting(ThreadSummary::groupId)
                .doesNotContain(group);
        assertThat(threads.count(ThreadQuery.inGroup(group))).isZero();
        assertThat(search.count(SearchQuery.of(word))).isZero();
        assertThatThrownBy(() -> threads.open(thread))
                .isInstanceOf(CovenantRequiredException.class)
                .satisfies(e ->
                        assertThat(((CovenantRequiredException) e).groupId()).isEqualTo(group));
        assertThatThrownBy(() -> threads.comments(thread, 0, 10)).isInstanceOf(CovenantRequiredException.class);
        assertThatThrownBy(() -> threads.postComment(thread, null, "Me too.", false))
                .isInstanceOf(CovenantRequiredException.class);
        assertThatThrownBy(() -> threads.create(group, ThreadKind.DISCUSSION, "Mine", "Body text.", null, false))
                .isInstanceOf(CovenantRequiredException.class);

        covenants.accept(group, 1);

        assertThat(covenants.covenant(group).mustAccept()).isFalse();
        assertThat(threads.threads(ThreadQuery.inGroup(group), 0, 50))
                .extracting(ThreadSummary::id)
                .containsExactly(thread);
        assertThat(threads.open(thread).title()).startsWith("Ruptures");
        assertThat(search.count(SearchQuery.of(word))).isEqualTo(1);
    }

    @Test
    void aNewVersionAsksAgainAndAStaleAcceptanceIsRefused() {
        accounts.signInWithoutCovenant(member);
        covenants.accept(group, 1);
        assertThat(threads.open(thread)).isNotNull();

        accounts.signInWithoutCovenant(supervisor);
        int v2 = covenants.revise(group, "We keep every detail out that could identify a client. Nothing is recorded.");
        assertThat(v2).isEqualTo(2);

        accounts.signInWithoutCovenant(member);
        CovenantPage page = covenants.covenant(group);
        assertThat(page.version()).isEqualTo(2);
        assertThat(page.text()).startsWith("We keep every detail out");
        assertThat(page.mustAccept()).isTrue();
        assertThatThrownBy(() -> threads.open(thread)).isInstanceOf(CovenantRequiredException.class);
        assertThat(threads.threads(ThreadQuery.inGroup(group), 0, 50)).isEmpty();
        assertThatThrownBy(() -> covenants.accept(group, 1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("changed");

        covenants.accept(group, 2);
        assertThat(threads.open(thread)).isNotNull();
    }

    @Test
    void onlyTheGroupsSupervisorsAndAdminsReviseTheCovenantWithMessagesForTheField() {
        accounts.signInWithoutCovenant(member);
        covenants.accept(group, 1);
        assertThatThrownBy(() -> covenants.revise(group, "A covenant written by a member who is not a supervisor."))
                .isInstanceOf(AccessDeniedException.class);

        accounts.signInWithoutCovenant(supervisor);
        assertThatThrownBy(() -> covenants.revise(group, "Too short."))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("text"));
        assertThatThrownBy(
                        () -> covenants.revise(group, covenants.covenant(group).text()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("text"));
        assertThatThrownBy(() -> covenants.revise(group, "x".repeat(CovenantService.TEXT_LIMIT + 1)))
                .isInstanceOf(InvalidInputException.class);

        accounts.signInWithoutCovenant(admin);
        assertThat(covenants.revise(group, "An administrator's version of the covenant for this group."))
                .isEqualTo(2);
    }

    @Test
    void acceptancesAreKeptAndVisibleToSupervisorsNotToMembers() {
        accounts.signInWithoutCovenant(member);
        covenants.accept(group, 1);
        covenants.accept(group, 1); // accepting twice keeps one line
        accounts.signInWithoutCovenant(supervisor);
        covenants.revise(group, "A second version: we also never name a client's workplace or town.");
        accounts.signInWithoutCovenant(member);
        covenants.accept(group, 2);
        assertThatThrownBy(() -> covenants.acceptances(group)).isInstanceOf(AccessDeniedException.class);

        accounts.signInWithoutCovenant(supervisor);
        String name = accounts.load(member).getDisplayName();
        assertThat(covenants.acceptances(group))
                .extracting(AcceptanceLine::member, AcceptanceLine::version, AcceptanceLine::current)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(name, 2, true),
                        org.assertj.core.groups.Tuple.tuple(name, 1, false));
        assertThat(covenants.acceptances(group))
                .allSatisfy(l -> assertThat(l.acceptedAt()).isNotNull());
        accounts.signInWithoutCovenant(admin);
        assertThat(covenants.acceptances(group)).hasSize(2);
    }

    @Test
    void anOutsiderSeesNeitherTheCovenantNorItsAcceptances() {
        long outsider = accounts.active("Outsider", Role.THERAPIST);
        accounts.signInWithoutCovenant(outsider);
        assertThatThrownBy(() -> covenants.covenant(group)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> covenants.accept(group, 1)).isInstanceOf(AccessDeniedException.class);
    }
}
