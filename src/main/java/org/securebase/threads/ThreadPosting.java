package org.securebase.threads;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.securebase.deidentification.PlaceholderMap;
import org.securebase.groups.ConsultationGroup;
import org.securebase.groups.GroupAccess;
import org.securebase.security.Actor;
import org.securebase.shared.ContentChanged;
import org.securebase.shared.InvalidInputException;
import org.securebase.tags.TagService;
import org.securebase.vignettes.Disclosure;
import org.securebase.vignettes.IdentifierGuard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Posting a new thread: checked, screened, and published at once or held for a supervisor's review. */
@Service
class ThreadPosting {

    private final ThreadReading reading;
    private final ThreadRepository threads;
    private final TagService tags;
    private final IdentifierGuard guard;
    private final PostGate screen;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ThreadPosting(
            ThreadReading reading,
            ThreadRepository threads,
            TagService tags,
            IdentifierGuard guard,
            PostGate screen,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reading = reading;
        this.threads = threads;
        this.tags = tags;
        this.guard = guard;
        this.screen = screen;
        this.events = events;
        this.clock = clock;
    }

    /** The post's, the tags' and the case checks' field errors come back together, so the form shows them all. */
    @Transactional
    Posted create(
            long groupId,
            ThreadKind kind,
            String title,
            String body,
            String question,
            boolean anonymous,
            Disclosure disclosure,
            Collection<String> tagSlugs) {
        Actor actor = reading.member();
        ConsultationGroup group = reading.viewable(actor, groupId);
        if (kind == ThreadKind.REFLECTION_PROMPT && !GroupAccess.canModerate(actor, group)) {
            throw new AccessDeniedException("Reflection prompts are posted by the group's supervisors.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        PostText post = null;
        try {
            post = PostText.valid(kind, title, body, question);
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        Set<Long> tagIds = Set.of();
        try {
            tagIds = tags.choose(tagSlugs, kind == ThreadKind.CASE_CONSULTATION);
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        PlaceholderMap placeholders =
                disclosure.placeholders() != null ? disclosure.placeholders() : guard.placeholders(null);
        if (post != null && kind == ThreadKind.CASE_CONSULTATION) {
            try {
                guard.requireResolved(post.caseFields(), disclosure.notIdentifying(), placeholders);
            } catch (InvalidInputException e) {
                errors.putAll(e.fieldErrors());
            }
            if (!disclosure.attested()) {
                errors.put("attestation", "Please confirm the three statements before posting.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PostGate.Screened screening = screen.before(
                actor.id(),
                PostGate.Post.THREAD,
                "body",
                post.title() + "\n" + post.body() + "\n" + (post.question() == null ? "" : post.question()));
        PostGate.Review review = review(actor, group, kind, screening);
        DiscussionThread thread = new DiscussionThread(
                groupId, kind, post.title(), post.body(), post.question(), actor.id(), anonymous, clock.instant());
        if (review != null) {
            thread.status(ThreadStatus.AWAITING_REVIEW, null);
        }
        if (kind == ThreadKind.CASE_CONSULTATION) {
            thread.disclose(true, disclosure.notIdentifying());
        }
        thread.tag(tagIds);
        long id = threads.save(thread).getId();
        if (kind == ThreadKind.CASE_CONSULTATION) {
            guard.remember(id, placeholders);
        }
        screen.threadStored(groupId, id, actor.id(), review, screening);
        if (review == null) {
            events.publishEvent(new ThreadEvents.ThreadPublished(id));
        }
        events.publishEvent(ContentChanged.thread(id));
        return new Posted(id, screening.risk());
    }

    /**
     * Why the new thread waits for a supervisor, or null when it is published at once: every case consultation, and
     * posts by members with fewer published threads than the group asks for, or that screening holds.
     */
    private PostGate.Review review(Actor actor, ConsultationGroup group, ThreadKind kind, PostGate.Screened screening) {
        if (kind == ThreadKind.CASE_CONSULTATION) {
            return PostGate.Review.CASE_CONSULTATION;
        }
        boolean newMember = group.getApprovalBelow() > 0
                && !GroupAccess.canModerate(actor, group)
                && threads.countByAuthorIdAndStatus(actor.id(), ThreadStatus.PUBLISHED) < group.getApprovalBelow();
        return newMember || screening.holdForReview() ? PostGate.Review.NEW_MEMBER : null;
    }
}
