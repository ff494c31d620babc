package org.securebase.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.TestAccounts;
import org.securebase.moderation.ModerationService;
import org.securebase.moderation.QueueEntry;
import org.securebase.moderation.QueueKind;
import org.securebase.vignettes.Disclosure;
import org.springframework.beans.factory.annotation.Autowired;

/** A comment that completes a combination of details waits for a supervisor with the reason; others publish. */
@DatabaseTest
class CaseAsAWholeTest {

    @Autowired
    ThreadService threads;

    @Autowired
    ConsultationLoop loop;

    @Autowired
    ModerationService moderation;

    @Autowired
    TestAccounts accounts;

    @Autowired
    LoopFixture fixture;

    long thread;

    @BeforeEach
    void aCaseAboutAWidowedFather() {
        fixture.people();
        accounts.signInAs(fixture.author);
        thread = threads.create(
                fixture.group,
                ThreadKind.CASE_CONSULTATION,
                "A father who cannot settle in the evenings",
                "A widowed father who finds the evenings hardest and avoids talking about the loss.",
                "How do I invite the grief without pushing?",
                false,
                new Disclosure(true, Set.of()),
                List.of("repair"));
        accounts.signInAs(fixture.supervisor);
        moderation.queue().stream()
                .filter(item -> item.threadId() == thread && item.kind().review())
                .forEach(item -> moderation.approve(item.id()));
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aCommentThatCompletesACombinationWaitsForASupervisorWithTheReason() {
        accounts.signInAs(fixture.colleague);
        Posted posted = threads.submitComment(
                thread, null, "Did the loss happen in the spring? The season may be stirring it.", false, Set.of());

        assertThat(posted.heldForReview()).isTrue();
        assertThat(posted.heldBecause())
                .startsWith("A family constellation (widowed)")
                .contains("a date or an age (in the spring)")
                .endsWith("may identify the client");
        CommentItem mine = threads.comment(posted.id());
        assertThat(mine.hidden()).isTrue();
        assertThat(mine.markdown()).contains("in the spring");

        accounts.signInAs(fixture.author);
        assertThat(visibleTo(posted.id())).isFalse();

        accounts.signInAs(fixture.supervisor);
        QueueEntry item = held(posted.id());
        assertThat(item.trigger()).startsWith("Held until approved: ").contains("widowed");
        moderation.resolve(item.id(), null);

        accounts.signInAs(fixture.author);
        assertThat(visibleTo(posted.id())).isTrue();
    }

    @Test
    void aCommentThatAddsNothingIsPublished() {
        accounts.signInAs(fixture.colleague);
        Posted posted = threads.submitComment(
                thread, null, "Evenings are when absence is loudest; what helps him settle?", false, Set.of());

        assertThat(posted.heldForReview()).isFalse();
        assertThat(threads.comment(posted.id()).hidden()).isFalse();
        accounts.signInAs(fixture.supervisor);
        assertThat(moderation.queue()).noneMatch(e -> e.kind() == QueueKind.CASE_DETAILS && e.threadId() == thread);
    }

    @Test
    void aColleagueWhoRecognisesTheClientIsHeldButTheAuthorsFollowUpIsNot() {
        accounts.signInAs(fixture.colleague);
        Posted posted =
                threads.submitComment(thread, null, "I think I know him, he runs the garage near us.", false, Set.of());
        assertThat(posted.heldBecause()).contains("recognise the person (I know him)");

        accounts.signInAs(fixture.author);
        Posted followUp = loop.followUp(thread, "I know him better now; he talks about evenings.", Set.of());
        assertThat(followUp.heldForReview()).isFalse();
    }

    private boolean visibleTo(long commentId) {
        return threads.comments(thread, 0, 50).stream()
                .anyMatch(
                        c -> c.id() == commentId && !c.hidden() && !c.markdown().isEmpty());
    }

    private QueueEntry held(long commentId) {
        return moderation.queue().stream()
                .filter(e -> e.kind() == QueueKind.CASE_DETAILS
                        && Long.valueOf(commentId).equals(e.commentId()))
                .findFirst()
                .orElseThrow();
    }
}
