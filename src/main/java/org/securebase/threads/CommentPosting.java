package org.securebase.threads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import org.securebase.deidentification.PlaceholderMap;
import org.securebase.groups.ConsultationGroup;
import org.securebase.groups.GroupAccess;
import org.securebase.security.Actor;
import org.securebase.shared.ContentChanged;
import org.securebase.shared.InvalidInputException;
import org.securebase.vignettes.IdentifierGuard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posting a comment or reply: thread open, identifiers resolved, slow mode kept, screened, the case read as a whole,
 * numbered in place.
 */
@Service
class CommentPosting {

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final ThreadReading reading;
    private final CommentRepository comments;
    private final IdentifierGuard guard;
    private final PostGate screen;
    private final CaseAsAWhole caseAsAWhole;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentPosting(
            ThreadReading reading,
            CommentRepository comments,
            IdentifierGuard guard,
            PostGate screen,
            CaseAsAWhole caseAsAWhole,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reading = reading;
        this.comments = comments;
        this.guard = guard;
        this.screen = screen;
        this.caseAsAWhole = caseAsAWhole;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Posted postComment(long threadId, Long parentId, String body, boolean anonymous, Set<String> notIdentifying) {
        return postComment(threadId, parentId, body, anonymous, notIdentifying, false);
    }

    /** {@code followUp}: the author's update on a case consultation, marked "Follow-up" (see ConsultationLoop). */
    @Transactional
    Posted postComment(
            long threadId,
            Long parentId,
            String body,
            boolean anonymous,
            Set<String> notIdentifying,
            boolean followUp) {
        Actor actor = reading.member();
        DiscussionThread t = reading.loadForUpdate(threadId);
        ConsultationGroup group = reading.readable(actor, t);
        boolean moderates = GroupAccess.canModerate(actor, group);
        if (t.getStatus() != ThreadStatus.PUBLISHED || t.isHidden()) {
            throw InvalidInputException.of("body", "Comments open once a supervisor has approved this thread.");
        }
        if (t.isLocked() && !moderates) {
            throw InvalidInputException.of("body", "A supervisor has locked this thread; it takes no new comments.");
        }
        String text = validComment(body);
        if (t.getKind() == ThreadKind.CASE_CONSULTATION) {
            PlaceholderMap placeholders = guard.placeholders(threadId);
            guard.requireResolved(Map.of("body", text), notIdentifying, placeholders);
            guard.remember(threadId, placeholders);
        }
        if (t.getSlowModeMinutes() > 0 && !moderates) {
            requireSlowModeKept(t, actor);
        }
        PostGate.Screened screening = screen.before(actor.id(), PostGate.Post.COMMENT, "body", text);
        Comment parent = null;
        if (parentId != null) {
            parent = reading.loadComment(parentId);
            if (parent.getThreadId() != threadId) {
                throw new IllegalArgumentException("That comment belongs to another thread.");
            }
            if (parent.getDepth() >= ThreadService.MAX_DEPTH) {
                throw InvalidInputException.of("body", "This conversation is nested too deeply; reply further up.");
            }
        }
        Instant now = clock.instant();
        int position = (int)
                        (parent == null
                                ? comments.countByThreadIdAndParentIdIsNull(threadId)
                                : comments.countByParentId(parent.getId()))
                + 1;
        Comment comment = new Comment(threadId, parent, position, actor.id(), null, anonymous, text, now, null);
        boolean byAuthor = t.getAuthorId() != null && t.getAuthorId() == actor.id();
        if (followUp) {
            comment.markFollowUp();
            t.followedUp(now);
        } else if (!byAuthor) {
            t.answered(now);
        }
        String identifying = t.getKind() == ThreadKind.CASE_CONSULTATION
                ? caseAsAWhole.heldBecause(t, text, actor.id()).orElse(null)
                : null;
        if (screening.holdForReview() || identifying != null) {
            comment.hide(true);
        }
        comment = comments.save(comment);
        t.commented(now);
        screen.commentStored(t.getGroupId(), threadId, comment.getId(), actor.id(), screening, identifying);
        events.publishEvent(ContentChanged.comment(threadId, comment.getId()));
        events.publishEvent(new ThreadEvents.CommentPosted(threadId, comment.getId()));
        return new Posted(comment.getId(), screening.risk(), identifying);
    }

    private void requireSlowModeKept(DiscussionThread t, Actor actor) {
        Duration interval = Duration.ofMinutes(t.getSlowModeMinutes());
        Instant since = clock.instant().minus(interval);
        comments.findFirstByThreadIdAndAuthorIdOrderByCreatedAtDesc(t.getId(), actor.id())
                .filter(last -> last.getCreatedAt().isAfter(since))
                .ifPresent(last -> {
                    throw InvalidInputException.of(
                            "body",
                            "Slow mode is on: one comment every "
                                    + t.getSlowModeMinutes() + " minutes. You can comment again at "
                                    + AT.format(last.getCreatedAt().plus(interval))
                                    + ". Your text is kept.");
                });
    }

    static String validComment(String body) {
        String clean = body == null ? "" : body.strip();
        if (clean.isEmpty()) {
            throw InvalidInputException.of("body", "Please write your comment.");
        }
        if (clean.length() > ThreadService.COMMENT_LIMIT) {
            throw InvalidInputException.of("body", "Use at most " + ThreadService.COMMENT_LIMIT + " characters.");
        }
        return clean;
    }
}
