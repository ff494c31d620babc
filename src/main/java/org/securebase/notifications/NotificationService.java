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
    private final org.springframework.beans.factory.ObjectProvider<NotificationPreferences> preferences;

    public NotificationService(
            NotificationRepository notifications,
            AccessPolicy access,
            ApplicationEventPublisher events,
            Clock clock,
            org.springframework.beans.factory.ObjectProvider<NotificationPreferences> preferences) {
        this.preferences = preferences;
        this.notifications = notifications;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    private static final java.util.regex.Pattern THREAD_LINK = java.util.regex.Pattern.compile("threads/(\\d+)");

    /** Sends within the caller's transaction; open pages hear about it once that transaction commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Collection<Long> accountIds, String message, String link, boolean urgent) {
        send(accountIds, message, link, urgent, (Notice) null);
    }

    /**
     * With a notice, the member's choice for its kind applies (off: nothing is stored), and the mail feature may
     * write a mail from the notice's structured facts, never from the message.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Collection<Long> accountIds, String message, String link, boolean urgent, Notice notice) {
        send(accountIds, message, link, urgent, notice, threadIn(link));
    }

    /** {@code threadId}: the thread it is about, if any, so that a redaction there reaches it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Collection<Long> accountIds, String message, String link, boolean urgent, Long threadId) {
        send(accountIds, message, link, urgent, null, threadId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void send(
            Collection<Long> accountIds, String message, String link, boolean urgent, Notice notice, Long threadId) {
        NotificationPreferences choices = preferences.getIfAvailable();
        for (long accountId : new java.util.LinkedHashSet<>(accountIds)) {
            if (notice != null && choices != null && !choices.wanted(accountId, notice.kind())) {
                continue;
            }
            Notification n = new Notification(accountId, message, link, urgent, clock.instant(), threadId);
            if (notice != null) {
                n.about(notice);
            }
            Notification saved = notifications.save(n);
            events.publishEvent(new NotificationBus.Sent(accountId, saved.getId()));
            if (notice != null) {
                events.publishEvent(new NotificationCreated(saved.getId(), accountId, notice, link));
            }
        }
    }

    private static Long threadIn(String link) {
        java.util.regex.Matcher thread = link == null ? null : THREAD_LINK.matcher(link);
        return thread != null && thread.matches() ? Long.valueOf(thread.group(1)) : null;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void send(long accountId, String message, String link, Notice notice) {
        send(List.of(accountId), message, link, false, notice);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void send(long accountId, String message, String link) {
        send(List.of(accountId), message, link, false);
    }

    @Transactional(readOnly = true)
    public List<NotificationLine> mine(int limit) {
        Actor actor = access.requireSignedIn();
        return notifications.findByAccountIdOrderByCreatedAtDesc(actor.id(), PageRequest.of(0, limit)).stream()
                .map(NotificationLine::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public long unread() {
        return access.currentActor()
                .map(a -> notifications.countByAccountIdAndReadAtIsNull(a.id()))
                .orElse(0L);
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
