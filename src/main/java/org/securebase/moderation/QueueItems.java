package org.securebase.moderation;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.securebase.audit.AuditTrail;
import org.securebase.groups.ConsultationGroup;
import org.securebase.groups.GroupAccess;
import org.securebase.groups.GroupRepository;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.shared.InvalidInputException;
import org.securebase.threads.DiscussionThread;
import org.securebase.threads.ThreadRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The queue items a supervisor may act on, and how an item's content is named in notices and the audit trail. */
@Component
class QueueItems {

    private final QueueRepository queue;
    private final GroupRepository groups;
    private final ThreadRepository threads;
    private final AccessPolicy access;

    QueueItems(QueueRepository queue, GroupRepository groups, ThreadRepository threads, AccessPolicy access) {
        this.queue = queue;
        this.groups = groups;
        this.threads = threads;
        this.access = access;
    }

    /** An open item in a group the current member moderates; refused otherwise. */
    QueueItem open(long itemId) {
        QueueItem item = queue.findById(itemId)
                .orElseThrow(() -> InvalidInputException.of("item", "This item no longer exists."));
        Actor actor = access.requireActiveMember();
        ConsultationGroup group = groups.findById(item.getGroupId()).orElseThrow();
        if (!GroupAccess.canModerate(actor, group)) {
            throw new AccessDeniedException("Only this group's supervisors and the admins can act on this item.");
        }
        if (!item.isOpen()) {
            throw InvalidInputException.of("item", "Another supervisor has already dealt with this item.");
        }
        return item;
    }

    /** The groups the actor moderates (admins: all), by id. */
    Map<Long, ConsultationGroup> moderatedGroups(Actor actor) {
        return groups.findAll().stream()
                .filter(g -> GroupAccess.canModerate(actor, g))
                .collect(Collectors.toMap(ConsultationGroup::getId, Function.identity()));
    }

    String title(QueueItem item) {
        return threads.findById(item.getThreadId())
                .map(DiscussionThread::getTitle)
                .orElse("your post");
    }

    AuditTrail.Target target(QueueItem item) {
        return item.getCommentId() == null
                ? new AuditTrail.Target("thread", Long.toString(item.getThreadId()), title(item))
                : new AuditTrail.Target("comment", Long.toString(item.getCommentId()), "in " + title(item));
    }
}
