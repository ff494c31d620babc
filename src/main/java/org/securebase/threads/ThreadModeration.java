package org.securebase.threads;

import java.util.Set;
import org.securebase.audit.AuditTrail;
import org.securebase.groups.ConsultationGroup;
import org.securebase.groups.GroupAccess;
import org.securebase.groups.GroupRepository;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.shared.ContentChanged;
import org.securebase.shared.Inputs;
import org.securebase.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What supervisors do to threads and comments in the groups they moderate (admins everywhere): review outcomes,
 * hide and restore, lock, pin, move, merge duplicates and slow mode. Every action is in the audit trail.
 */
@Service
public class ThreadModeration {

    public static final int MAX_SLOW_MODE_MINUTES = 24 * 60;

    private final ThreadRepository threads;
    private final CommentRepository comments;
    private final GroupRepository groups;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    public ThreadModeration(
            ThreadRepository threads,
            CommentRepository comments,
            GroupRepository groups,
            AccessPolicy access,
            AuditTrail audit,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.threads = threads;
        this.comments = comments;
        this.groups = groups;
        this.access = access;
        this.audit = audit;
    }

    /** Approve (publish), reject or send back for changes; the note is what the author reads. */
    @Transactional
    public void review(long threadId, ThreadStatus outcome, String note) {
        DiscussionThread t = thread(threadId);
        Actor actor = moderator(t.getGroupId());
        String text = Inputs.clean(note);
        if (outcome != ThreadStatus.PUBLISHED && text.isEmpty()) {
            throw InvalidInputException.of(
                    "note",
                    outcome == ThreadStatus.REJECTED
                            ? "Tell the author why, so they can learn from it."
                            : "Tell the author what to change.");
        }
        t.status(outcome, text.isEmpty() ? null : text);
        events.publishEvent(ContentChanged.thread(threadId));
        String action = switch (outcome) {
            case PUBLISHED -> "thread.approved";
            case REJECTED -> "thread.rejected";
            case CHANGES_REQUESTED -> "thread.changes-requested";
            case AWAITING_REVIEW -> throw new IllegalArgumentException("Not a review outcome.");
        };
        audit.record(actor, action, target(t), text.isEmpty() ? null : text);
    }

    @Transactional
    public void hideThread(long threadId, boolean hidden, String reason) {
        DiscussionThread t = thread(threadId);
        Actor actor = moderator(t.getGroupId());
        t.hide(hidden);
        events.publishEvent(ContentChanged.thread(threadId));
        audit.record(actor, hidden ? "thread.hidden" : "thread.restored", target(t), reason(reason));
    }

    @Transactional
    public void hideComment(long commentId, boolean hidden, String reason) {
        Comment c = comment(commentId);
        DiscussionThread t = thread(c.getThreadId());
        Actor actor = moderator(t.getGroupId());
        c.hide(hidden);
        events.publishEvent(ContentChanged.comment(t.getId(), commentId));
        audit.record(actor, hidden ? "comment.hidden" : "comment.restored", target(c, t), reason(reason));
    }

    /** Flags from enough members hide content until a supervisor has looked; recorded as the system's action. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void hideForReview(long threadId, Long commentId, int flags) {
        DiscussionThread t = thread(threadId);
        if (commentId == null) {
            t.hide(true);
            events.publishEvent(ContentChanged.thread(threadId));
            audit.record(null, "thread.hidden", target(t), flags + " members flagged it; hidden until reviewed");
        } else {
            Comment c = comment(commentId);
            c.hide(true);
            events.publishEvent(ContentChanged.comment(threadId, commentId));
            audit.record(null, "comment.hidden", target(c, t), flags + " members flagged it; hidden until reviewed");
        }
    }

    @Transactional
    public void lock(long threadId, boolean locked, String reason) {
        DiscussionThread t = thread(threadId);
        Actor actor = moderator(t.getGroupId());
        t.lock(locked);
        audit.record(actor, locked ? "thread.locked" : "thread.unlocked", target(t), reason(reason));
    }

    @Transactional
    public void pin(long threadId, boolean pinned) {
        DiscussionThread t = thread(threadId);
        Actor actor = moderator(t.getGroupId());
        t.pin(pinned);
        audit.record(actor, pinned ? "thread.pinned" : "thread.unpinned", target(t), null);
    }

    @Transactional
    public void slowMode(long threadId, int minutes) {
        DiscussionThread t = thread(threadId);
        Actor actor = moderator(t.getGroupId());
        if (minutes < 0 || minutes > MAX_SLOW_MODE_MINUTES) {
            throw InvalidInputException.of(
                    "minutes", "Choose between 0 (off) and " + MAX_SLOW_MODE_MINUTES + " minutes.");
        }
        t.slowMode(minutes);
        audit.record(actor, "thread.slow-mode", target(t), minutes == 0 ? "off" : minutes + " minutes");
    }

    /** Moves a thread to another group; the supervisor must moderate both. */
    @Transactional
    public void move(long threadId, long toGroupId, String reason) {
        DiscussionThread t = thread(threadId);
        Actor actor = moderator(t.getGroupId());
        ConsultationGroup to = groups.findById(toGroupId)
                .orElseThrow(() -> InvalidInputException.of("group", "That group no longer exists."));
        if (!GroupAccess.canModerate(actor, to)) {
            throw new AccessDeniedException("You can only move threads into groups you moderate.");
        }
        String from =
                groups.findById(t.getGroupId()).map(ConsultationGroup::getName).orElse("?");
        t.moveTo(toGroupId);
        events.publishEvent(ContentChanged.thread(threadId));
        audit.record(actor, "thread.moved", target(t), "from " + from + " to " + to.getName() + ": " + reason(reason));
    }

    /** A duplicate thread is closed and points readers to the one the discussion continues in. */
    @Transactional
    public void mergeThread(long duplicateId, long intoId, String reason) {
        if (duplicateId == intoId) {
            throw InvalidInputException.of("into", "Choose a different thread.");
        }
        DiscussionThread duplicate = thread(duplicateId);
        DiscussionThread into = thread(intoId);
        Actor actor = moderator(duplicate.getGroupId());
        moderator(into.getGroupId());
        duplicate.mergeInto(intoId);
        audit.record(
                actor,
                "thread.merged",
                target(duplicate),
                "into #" + intoId + " " + into.getTitle() + ": " + reason(reason));
    }

    /** A comment posted twice: the duplicate is hidden and points to the comment that stays. */
    @Transactional
    public void mergeComment(long duplicateId, long intoId, String reason) {
        if (duplicateId == intoId) {
            throw InvalidInputException.of("into", "Choose a different comment.");
        }
        Comment duplicate = comment(duplicateId);
        Comment into = comment(intoId);
        if (duplicate.getThreadId() != into.getThreadId()) {
            throw InvalidInputException.of("into", "Both comments must be in the same thread.");
        }
        DiscussionThread t = thread(duplicate.getThreadId());
        Actor actor = moderator(t.getGroupId());
        duplicate.mergeInto(intoId);
        events.publishEvent(ContentChanged.comment(t.getId(), duplicateId));
        audit.record(
                actor, "comment.merged", target(duplicate, t), "into comment " + label(into) + ": " + reason(reason));
    }

    /** Whether the signed-in member moderates the thread's group. */
    @Transactional(readOnly = true)
    public boolean moderates(long threadId) {
        Actor actor = access.requireActiveMember();
        return GroupAccess.canModerate(
                actor, groups.findById(thread(threadId).getGroupId()).orElseThrow());
    }

    @Transactional(readOnly = true)
    public Set<Long> moderatedGroups() {
        Actor actor = access.requireActiveMember();
        return groups.findAll().stream()
                .filter(g -> GroupAccess.canModerate(actor, g))
                .map(ConsultationGroup::getId)
                .collect(java.util.stream.Collectors.toSet());
    }

    private Actor moderator(long groupId) {
        Actor actor = access.requireActiveMember();
        ConsultationGroup group =
                groups.findById(groupId).orElseThrow(() -> new AccessDeniedException("This group no longer exists."));
        if (!GroupAccess.canModerate(actor, group)) {
            throw new AccessDeniedException("Only this group's supervisors and the admins can do that.");
        }
        return actor;
    }

    private DiscussionThread thread(long id) {
        return threads.findById(id)
                .orElseThrow(() -> InvalidInputException.of("thread", "This thread no longer exists."));
    }

    private Comment comment(long id) {
        return comments.findById(id)
                .orElseThrow(() -> InvalidInputException.of("comment", "This comment no longer exists."));
    }

    private static String reason(String reason) {
        String why = Inputs.clean(reason);
        return why.isEmpty() ? null : why;
    }

    private static String label(Comment c) {
        return c.getNumber() != null ? "#" + c.getNumber() : "reply " + c.getId();
    }

    private static AuditTrail.Target target(DiscussionThread t) {
        return new AuditTrail.Target("thread", Long.toString(t.getId()), t.getTitle());
    }

    private static AuditTrail.Target target(Comment c, DiscussionThread t) {
        return new AuditTrail.Target("comment", Long.toString(c.getId()), label(c) + " in " + t.getTitle());
    }
}
