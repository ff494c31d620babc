package org.securebase.notifications;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class NotificationService {

    private final NotificationRepository notifications;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public NotificationService(NotificationRepository notifications, AccessPolicy access,
                               ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    private static final java.util.regex.Pattern THREAD_LINK = java.util.regex.Pattern.compile("threads/(\\d+)");

    /**
     * Sends within the caller's transaction; open pages hear about it once that transaction commits.
     * {@code threadId}: the thread it is about, if any, so that a redaction there reaches it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Collection<Long> accountIds, String message, String link, boolean urgent, Long threadId) {
        for (long accountId : accountIds) {
            Notification saved = notifications.save(new Notification(accountId, message, link, urgent,
                    clock.instant(), threadId));
            events.publishEvent(new NotificationBus.Sent(accountId, NotificationLine.of(saved)));
        }
    }

    /** As above; a link to a thread says which thread it is about. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Collection<Long> accountIds, String message, String link, boolean urgent) {
        java.util.regex.Matcher thread = link == null ? null : THREAD_LINK.matcher(link);
        send(accountIds, message, link, urgent,
                thread != null && thread.matches() ? Long.valueOf(thread.group(1)) : null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void send(long accountId, String message, String link) {
        send(List.of(accountId), message, link, false);
    }

    @Transactional(readOnly = true)
    public List<NotificationLine> mine(int limit) {
        Actor actor = access.requireSignedIn();
        return notifications.findByAccountIdOrderByCreatedAtDesc(actor.id(), PageRequest.of(0, limit)).stream()
                .map(NotificationLine::of).toList();
    }

    @Transactional(readOnly = true)
    public long unread() {
        return access.currentActor().map(a -> notifications.countByAccountIdAndReadAtIsNull(a.id())).orElse(0L);
    }

    /** For a page's live listener, which runs outside the member's request and security context. */
    @Transactional(readOnly = true)
    public long unreadFor(long accountId) {
        return notifications.countByAccountIdAndReadAtIsNull(accountId);
    }

    @Transactional
    public void markAllRead() {
        Actor actor = access.requireSignedIn();
        notifications.findByAccountIdAndReadAtIsNull(actor.id()).forEach(n -> n.read(clock.instant()));
    }
}
