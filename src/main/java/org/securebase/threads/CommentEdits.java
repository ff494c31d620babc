package org.securebase.threads;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.securebase.audit.AuditTrail;
import org.securebase.groups.ConsultationGroup;
import org.securebase.groups.GroupAccess;
import org.securebase.security.Actor;
import org.securebase.shared.ContentChanged;
import org.securebase.vignettes.IdentifierGuard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What happens to a comment once posted: edits, removal, and the thread author's "helpful" mark. */
@Service
class CommentEdits {

    private final ThreadReading reading;
    private final RevisionRepository revisions;
    private final IdentifierGuard guard;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    CommentEdits(
            ThreadReading reading,
            RevisionRepository revisions,
            IdentifierGuard guard,
            ApplicationEventPublisher events,
            AuditTrail audit,
            Clock clock) {
        this.reading = reading;
        this.revisions = revisions;
        this.guard = guard;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** The author edits freely; a supervisor's edit goes in the audit trail. */
    @Transactional
    void editComment(long commentId, String body) {
        Actor actor = reading.member();
        Comment c = reading.loadComment(commentId);
        DiscussionThread thread = reading.load(c.getThreadId());
        ConsultationGroup group = reading.readable(actor, thread);
        boolean author = c.getAuthorId() != null && c.getAuthorId() == actor.id();
        boolean moderates = GroupAccess.canModerate(actor, group);
        if ((!author && !moderates) || c.isDeleted()) {
            throw new AccessDeniedException("Only the author or a supervisor of the group can edit this comment.");
        }
        String text = CommentPosting.validComment(body);
        if (thread.getKind() == ThreadKind.CASE_CONSULTATION) {
            guard.requireResolved(Map.of("body", text), Set.of(), guard.placeholders(c.getThreadId()));
        }
        revisions.save(new Revision(c.getThreadId(), commentId, null, c.getBody(), clock.instant(), actor.id()));
        c.edit(text, clock.instant());
        events.publishEvent(ContentChanged.comment(c.getThreadId(), commentId));
        if (!author) {
            audit.record(
                    actor,
                    "comment.edited",
                    new AuditTrail.Target(
                            "comment",
                            Long.toString(commentId),
                            (c.getNumber() == null ? "reply" : "#" + c.getNumber()) + " in " + thread.getTitle()),
                    "edited by a supervisor; the earlier text is kept as a revision");
        }
    }

    @Transactional
    void deleteComment(long commentId) {
        Actor actor = reading.member();
        Comment c = reading.loadComment(commentId);
        ConsultationGroup group = reading.readable(actor, reading.load(c.getThreadId()));
        boolean author = c.getAuthorId() != null && c.getAuthorId() == actor.id();
        if (!author && !GroupAccess.canModerate(actor, group)) {
            throw new AccessDeniedException("Only the author or a supervisor can remove this comment.");
        }
        revisions.save(new Revision(c.getThreadId(), commentId, null, c.getBody(), clock.instant(), actor.id()));
        c.delete();
        events.publishEvent(ContentChanged.comment(c.getThreadId(), commentId));
    }

    @Transactional
    void markHelpful(long commentId, boolean helpful) {
        Actor actor = reading.member();
        Comment c = reading.loadComment(commentId);
        DiscussionThread t = reading.load(c.getThreadId());
        reading.readable(actor, t);
        if (t.getAuthorId() == null || t.getAuthorId() != actor.id()) {
            throw new AccessDeniedException("Only the thread's author marks comments as helpful.");
        }
        c.markHelpful(helpful);
    }
}
