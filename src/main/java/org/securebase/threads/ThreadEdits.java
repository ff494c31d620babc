package org.securebase.threads;

import java.time.Clock;
import java.util.Set;
import org.securebase.groups.ConsultationGroup;
import org.securebase.groups.GroupAccess;
import org.securebase.security.Actor;
import org.securebase.shared.ContentChanged;
import org.securebase.shared.Inputs;
import org.securebase.shared.InvalidInputException;
import org.securebase.vignettes.IdentifierGuard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to a posted thread's text: the author's edits and resubmissions, and the consultation summary. */
@Service
class ThreadEdits {

    private final ThreadReading reading;
    private final RevisionRepository revisions;
    private final IdentifierGuard guard;
    private final PostGate screen;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ThreadEdits(
            ThreadReading reading,
            RevisionRepository revisions,
            IdentifierGuard guard,
            PostGate screen,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reading = reading;
        this.revisions = revisions;
        this.guard = guard;
        this.screen = screen;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void edit(long threadId, String title, String body, String question) {
        Actor actor = reading.member();
        DiscussionThread t = reading.load(threadId);
        reading.readable(actor, t);
        if (t.getAuthorId() == null || t.getAuthorId() != actor.id()) {
            throw new AccessDeniedException("Only the author can edit this post.");
        }
        PostText post = PostText.valid(t.getKind(), title, body, question);
        if (t.getKind() == ThreadKind.CASE_CONSULTATION) {
            guard.requireResolved(
                    post.caseFields(),
                    t.getKeptDetails() == null
                            ? Set.of()
                            : Set.of(t.getKeptDetails().split("\n")),
                    guard.placeholders(threadId));
        }
        revisions.save(new Revision(threadId, null, t.getTitle(), t.getBody(), clock.instant(), actor.id()));
        t.edit(post.title(), post.body(), post.question(), clock.instant());
        events.publishEvent(ContentChanged.post(threadId));
    }

    @Transactional
    void resubmit(long threadId, String title, String body, String question) {
        Actor actor = reading.member();
        DiscussionThread t = reading.load(threadId);
        if (t.getStatus() != ThreadStatus.CHANGES_REQUESTED) {
            throw new IllegalStateException("Only a thread sent back for changes can be resubmitted.");
        }
        edit(threadId, title, body, question);
        t.status(ThreadStatus.AWAITING_REVIEW, t.getReviewNote());
        events.publishEvent(ContentChanged.thread(threadId));
        PostGate.Screened screening =
                screen.before(actor.id(), PostGate.Post.THREAD, "body", t.getTitle() + "\n" + t.getBody());
        screen.threadStored(
                t.getGroupId(),
                threadId,
                actor.id(),
                t.getKind() == ThreadKind.CASE_CONSULTATION
                        ? PostGate.Review.CASE_CONSULTATION
                        : PostGate.Review.NEW_MEMBER,
                screening);
    }

    @Transactional
    void summarise(long threadId, String summary) {
        Actor actor = reading.member();
        DiscussionThread t = reading.load(threadId);
        ConsultationGroup group = reading.readable(actor, t);
        boolean author = t.getAuthorId() != null && t.getAuthorId() == actor.id();
        if (!author && !GroupAccess.canModerate(actor, group)) {
            throw new AccessDeniedException("Only the author or a supervisor can write the summary.");
        }
        String text = Inputs.clean(summary);
        if (text.isEmpty()) {
            throw InvalidInputException.of("summary", "Please write the summary.");
        }
        if (text.length() > ThreadService.SUMMARY_LIMIT) {
            throw InvalidInputException.of("summary", "Use at most " + ThreadService.SUMMARY_LIMIT + " characters.");
        }
        t.summarise(text, actor.displayName(), clock.instant());
    }
}
