package org.securebase.notifications;

/** Published inside the transaction that stored a notification, so a mail can be written in the same one. */
public record NotificationCreated(long notificationId, long accountId, Notice notice, String link) {}
