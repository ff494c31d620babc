package org.securebase.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.TestAccounts;
import org.securebase.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class ConsultationLoopTest {

    @Autowired
    ConsultationLoop loop;

    @Autowired
    ThreadService threads;

    @Autowired
    TestAccounts accounts;

    @Autowired
    LoopFixture fixture;

    long thread;

    @BeforeEach
    void approvedCase() {
        fixture.people();
        thread = fixture.approvedCase();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private LoopState listed() {
        return threads.threads(ThreadQuery.inGroup(fixture.group), 0, 10).stream()
                .filter(t -> t.id() == thread)
                .findFirst()
                .orElseThrow()
                .loopState();
    }

    @Test
    void aNewCaseIsOpenAndTheAuthorsOwnCommentDoesNotAnswerIt() {
        assertThat(loop.loop(thread).state()).isEqualTo(LoopState.OPEN);
        threads.postComment(thread, null, "Adding a little context for colleagues.", false);
        assertThat(threads.open(thread).loopState()).isEqualTo(LoopState.OPEN);
        assertThat(listed()).isEqualTo(LoopState.OPEN);
    }

    @Test
    void aColleaguesReplyAnswersIt() {
        fixture.answer(thread, "I would hold the boundary warmly and name the testing.");
        assertThat(threads.open(thread).loopState()).isEqualTo(LoopState.ANSWERED);
        assertThat(listed()).isEqualTo(LoopState.ANSWERED);
    }

    @Test
    void theAuthorsReflectionMarksItReflectedAndEveryReaderSeesIt() {
        fixture.answer(thread, "I would hold the boundary warmly and name the testing.");
        loop.reflect(thread, "Name the testing kindly.", "Not calling the school, it is not needed.", null, Set.of());
        assertThat(listed()).isEqualTo(LoopState.REFLECTED);
        accounts.signInAs(fixture.colleague);
        ConsultationLoop.LoopView view = loop.loop(thread);
        assertThat(view.state()).isEqualTo(LoopState.REFLECTED);
        assertThat(view.reflection().willTry()).isEqualTo("Name the testing kindly.");
        assertThat(view.canReflect()).isFalse();
        assertThatThrownBy(() -> loop.reflect(thread, "Mine.", "Not mine.", null, Set.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFollowUpIsAMarkedCommentAndTheLastState() {
        fixture.answer(thread, "I would hold the boundary warmly and name the testing.");
        loop.reflect(thread, "Name the testing kindly.", "Not calling the school.", null, Set.of());
        long id = loop.followUp(thread, "Two sessions on: he arrives on time now.", Set.of())
                .id();
        assertThat(threads.comment(id).followUp()).isTrue();
        assertThat(listed()).isEqualTo(LoopState.FOLLOWED_UP);
        accounts.signInAs(fixture.colleague);
        assertThatThrownBy(() -> loop.followUp(thread, "Not my case.", Set.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReflectionWithAnIdentifierIsRefusedLikeAnyCaseText() {
        assertThatThrownBy(() -> loop.reflect(
                        thread,
                        "Write to his mother at maria.lopez@example.org about the plan.",
                        "Not calling the school.",
                        null,
                        Set.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("willTry"));
        assertThat(loop.loop(thread).reflection()).isNull();
    }

    @Test
    void theFollowUpDateMustBeInTheFuture() {
        assertThatThrownBy(() -> loop.reflect(
                        thread, "Try.", "Not this.", LocalDate.now().minusDays(1), Set.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("followUpOn"));
    }

    @Test
    void otherKindsOfThreadHaveNoLoop() {
        long discussion =
                threads.create(fixture.group, ThreadKind.DISCUSSION, "A discussion", "What helps?", null, false);
        assertThat(threads.open(discussion).loopState()).isNull();
    }
}
