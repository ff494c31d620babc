package org.securebase.notifications;

import java.time.Instant;

public record NotificationLine(long id, String message, String link, boolean urgent, Instant createdAt, boolean read) {

    static NotificationLine of(Notification n) {
        return new NotificationLine(
                n.getId(), n.getMessage(), n.getLink(), n.isUrgent(), n.getCreatedAt(), n.getReadAt() != null);
    }
}
