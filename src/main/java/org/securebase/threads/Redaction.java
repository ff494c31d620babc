package org.securebase.threads;

import org.securebase.audit.AuditTrail;
import org.securebase.groups.ConsultationGroup;
import org.securebase.groups.GroupAccess;
import org.securebase.security.Actor;
import org.securebase.shared.ContentChanged;
import org.securebase.shared.Inputs;
import org.securebase.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A supervisor striking a span from a post or comment, its revisions and everything that copied it. */
@Service
class Redaction {

    private final ThreadReading reading;
    private final RevisionRepository revisions;
    private final RedactionSweep sweep;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final CaseReflectionRepository reflections;

    Redaction(
            ThreadReading reading,
            RevisionRepository revisions,
            RedactionSweep sweep,
            ApplicationEventPublisher events,
            AuditTrail audit,
            CaseReflectionRepository reflections) {
        this.reflections = reflections;
        this.reading = reading;
        this.revisions = revisions;
        this.sweep = sweep;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    void redact(long threadId, Long commentId, String text, String reason) {
        Actor actor = reading.member();
        DiscussionThread t = reading.load(threadId);
        ConsultationGroup group = reading.readable(actor, t);
        if (!GroupAccess.canModerate(actor, group)) {
            throw new AccessDeniedException("Only the group's supervisors can redact.");
        }
        String span = text == null ? "" : text.strip();
        if (span.length() < 2) {
            throw InvalidInputException.of("text", "Type or paste the exact text to redact.");
        }
        String why = Inputs.clean(reason);
        if (why.contains(span)) {
            throw InvalidInputException.of("reason", "The reason must not repeat the redacted text.");
        }
        String with = ThreadService.REDACTED;
        boolean found;
        if (commentId == null) {
            found = t.redact(span, with);
            // The author's closing reflection belongs to the post.
            found |= reflections
                    .findById(threadId)
                    .map(r -> r.redact(span, with))
                    .orElse(false);
            revisions
                    .findByThreadIdAndCommentIdIsNullOrderByReplacedAtDesc(threadId)
                    .forEach(r -> r.redact(span, with));
        } else {
            Comment c = reading.loadComment(commentId);
            if (c.getThreadId() != threadId) {
                throw new IllegalArgumentException("That comment belongs to another thread.");
            }
            found = c.redact(span, with);
            revisions.findByCommentIdOrderByReplacedAtDesc(commentId).forEach(r -> r.redact(span, with));
        }
        if (!found) {
            throw InvalidInputException.of("text", "This text does not appear in the current version.");
        }
        sweep.sweep(threadId, span, with);
        events.publishEvent(
                commentId == null ? ContentChanged.post(threadId) : ContentChanged.comment(threadId, commentId));
        audit.record(
                actor,
                "content.redacted",
                new AuditTrail.Target(
                        commentId == null ? "thread" : "comment",
                        Long.toString(commentId == null ? threadId : commentId),
                        t.getTitle().replace(span, with)),
                why.isEmpty() ? null : why);
    }
}
