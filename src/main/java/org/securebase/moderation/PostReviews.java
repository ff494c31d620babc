package org.securebase.moderation;

import java.time.Clock;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.shared.Inputs;
import org.securebase.threads.ThreadEvents;
import org.securebase.threads.ThreadModeration;
import org.securebase.threads.ThreadStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Supervisors' decisions on posts awaiting approval: approve, reject, or send back for changes. */
@Service
class PostReviews {

    private final QueueItems items;
    private final ThreadModeration moderation;
    private final OutcomeNotices notices;
    private final AccessPolicy access;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PostReviews(
            QueueItems items,
            ThreadModeration moderation,
            OutcomeNotices notices,
            AccessPolicy access,
            Clock clock,
            ApplicationEventPublisher events) {
        this.items = items;
        this.moderation = moderation;
        this.notices = notices;
        this.access = access;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public void approve(long itemId) {
        QueueItem item = review(itemId);
        moderation.review(item.getThreadId(), ThreadStatus.PUBLISHED, null);
        Actor actor = access.requireActiveMember();
        item.resolve(actor.id(), "Approved", clock.instant());
        notices.tellAuthor(
                item, "Your post \"" + items.title(item) + "\" was approved and your group can read it now.");
        events.publishEvent(new ThreadEvents.ThreadPublished(item.getThreadId()));
    }

    @Transactional
    public void reject(long itemId, String reason) {
        QueueItem item = review(itemId);
        moderation.review(item.getThreadId(), ThreadStatus.REJECTED, reason);
        Actor actor = access.requireActiveMember();
        item.resolve(actor.id(), "Not approved: " + Inputs.clean(reason), clock.instant());
        notices.tellAuthor(item, "Your post \"" + items.title(item) + "\" was not approved: " + Inputs.clean(reason));
    }

    @Transactional
    public void requestChanges(long itemId, String message) {
        QueueItem item = review(itemId);
        moderation.review(item.getThreadId(), ThreadStatus.CHANGES_REQUESTED, message);
        Actor actor = access.requireActiveMember();
        item.resolve(actor.id(), "Changes requested: " + Inputs.clean(message), clock.instant());
        notices.tellAuthor(
                item, "A supervisor asked for changes to \"" + items.title(item) + "\": " + Inputs.clean(message));
    }

    private QueueItem review(long itemId) {
        QueueItem item = items.open(itemId);
        if (!item.getKind().review()) {
            throw new IllegalStateException("This item is not a post awaiting approval.");
        }
        return item;
    }
}
