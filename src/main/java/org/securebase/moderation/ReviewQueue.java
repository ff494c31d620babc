package org.securebase.moderation;

import java.util.List;
import java.util.Map;
import org.securebase.groups.ConsultationGroup;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The open items in the groups a supervisor moderates, as they read them, and how many there are. */
@Service
class ReviewQueue {

    private final AccessPolicy access;
    private final QueueItems items;
    private final QueueRepository queue;
    private final QueueEntries entries;

    ReviewQueue(AccessPolicy access, QueueItems items, QueueRepository queue, QueueEntries entries) {
        this.access = access;
        this.items = items;
        this.queue = queue;
        this.entries = entries;
    }

    @Transactional(readOnly = true)
    public List<QueueEntry> list() {
        Actor actor = access.requireActiveMember();
        Map<Long, ConsultationGroup> moderated = items.moderatedGroups(actor);
        if (moderated.isEmpty()) {
            if (!actor.verifier()) {
                throw new AccessDeniedException("The review queue is for supervisors and admins.");
            }
            return List.of();
        }
        return entries.of(queue.open(moderated.keySet()), moderated);
    }

    @Transactional(readOnly = true)
    public int openCount() {
        return access.currentActor()
                .filter(Actor::active)
                .map(actor -> {
                    Map<Long, ConsultationGroup> moderated = items.moderatedGroups(actor);
                    return moderated.isEmpty()
                            ? 0
                            : queue.open(moderated.keySet()).size();
                })
                .orElse(0);
    }
}
