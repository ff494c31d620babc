package org.securebase.notifications;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.securebase.cluster.ClusterEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Delivers a notification to the member's open pages on any instance once it is committed, so alerts (the bell,
 * risk alerts, the review queue) arrive without a reload.
 */
@Component
public class NotificationBus {

    record Sent(long accountId, long notificationId) {}

    private static final String NOTIFICATION = "notification";

    private final Map<Long, Set<Consumer<NotificationLine>>> listeners = new ConcurrentHashMap<>();
    private final ClusterEvents events;
    private final NotificationRepository notifications;

    NotificationBus(ClusterEvents events, NotificationRepository notifications) {
        this.events = events;
        this.notifications = notifications;
        events.on(NOTIFICATION, ids -> arrived(ids[0], ids[1]));
    }

    public Runnable subscribe(long accountId, Consumer<NotificationLine> listener) {
        listeners
                .computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet())
                .add(listener);
        return () -> listeners.getOrDefault(accountId, Set.of()).remove(listener);
    }

    @EventListener
    void sent(Sent sent) {
        events.publish(NOTIFICATION, sent.accountId(), sent.notificationId());
    }

    /** Read here, not sent along: events carry ids only. Skipped when nobody here has the member's pages open. */
    private void arrived(long accountId, long notificationId) {
        Set<Consumer<NotificationLine>> open = listeners.getOrDefault(accountId, Set.of());
        if (open.isEmpty()) {
            return;
        }
        notifications
                .findById(notificationId)
                .map(NotificationLine::of)
                .ifPresent(line -> open.forEach(l -> l.accept(line)));
    }
}
