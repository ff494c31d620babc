package org.securebase.threads;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.securebase.audit.AuditTrail;
import org.securebase.groups.ConsultationGroup;
import org.securebase.groups.GroupAccess;
import org.securebase.security.Actor;
import org.securebase.shared.ContentChanged;
import org.securebase.tags.TagRef;
import org.securebase.tags.TagService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changing a posted thread's tags. */
@Service
class ThreadTagging {

    private final ThreadReading reading;
    private final TagService tags;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    ThreadTagging(ThreadReading reading, TagService tags, ApplicationEventPublisher events, AuditTrail audit) {
        this.reading = reading;
        this.tags = tags;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    void retag(long threadId, Collection<String> tagSlugs) {
        Actor actor = reading.member();
        DiscussionThread t = reading.load(threadId);
        ConsultationGroup group = reading.readable(actor, t);
        boolean author = t.getAuthorId() != null && t.getAuthorId() == actor.id();
        boolean moderates = GroupAccess.canModerate(actor, group);
        if (!author && !moderates) {
            throw new AccessDeniedException("Only the author or a supervisor of the group can change the tags.");
        }
        Set<Long> chosen = tags.choose(tagSlugs, t.getKind() == ThreadKind.CASE_CONSULTATION);
        if (chosen.equals(t.getTagIds())) {
            return;
        }
        String before = tags.tagsOf(threadId).stream().map(TagRef::slug).collect(Collectors.joining(", "));
        t.tag(chosen);
        events.publishEvent(ContentChanged.post(threadId));
        if (!author || moderates) {
            audit.record(
                    actor,
                    "thread.retagged",
                    new AuditTrail.Target("thread", Long.toString(threadId), t.getTitle()),
                    "was: " + (before.isEmpty() ? "no tags" : before));
        }
    }
}
