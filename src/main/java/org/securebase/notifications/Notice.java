package org.securebase.notifications;

/**
 * The structured facts of a notification, from which a mail is built: what kind, in which group, and who acted
 * as the recipient may see them (an anonymous author stays "Anonymous member"; null when nobody is named).
 */
public record Notice(NotificationKind kind, Long groupId, String actor) {}
