package org.securebase.moderation;

import java.util.Set;
import java.util.stream.Collectors;
import org.securebase.notifications.Notice;
import org.securebase.notifications.NotificationKind;
import org.securebase.notifications.NotificationService;
import org.springframework.stereotype.Component;

/** Tells the people behind a queue item how it ended: the author of a reviewed post, the members who flagged it. */
@Component
class OutcomeNotices {

    private final NotificationService notifications;
    private final FlagRepository flags;
    private final QueueItems items;

    OutcomeNotices(NotificationService notifications, FlagRepository flags, QueueItems items) {
        this.notifications = notifications;
        this.flags = flags;
        this.items = items;
    }

    void tellAuthor(QueueItem item, String message) {
        if (item.getAuthorId() != null) {
            notifications.send(
                    item.getAuthorId(),
                    message,
                    "threads/" + item.getThreadId(),
                    new Notice(NotificationKind.REVIEW, item.getGroupId(), null));
        }
    }

    void tellFlaggers(QueueItem item, String outcome) {
        Set<Long> flaggers = flags.findByQueueItemId(item.getId()).stream()
                .map(Flag::getFlaggerId)
                .collect(Collectors.toSet());
        notifications.send(
                flaggers,
                "Thank you for your flag on " + (item.getCommentId() == null ? "a post" : "a comment") + " in \""
                        + items.title(item) + "\": " + outcome,
                "threads/" + item.getThreadId(),
                false,
                new Notice(NotificationKind.FLAG_OUTCOME, item.getGroupId(), null));
    }
}
