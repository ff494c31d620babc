package org.securebase.notifications;

/** Whether a member wants a kind of notification at all (the mail feature keeps the choices). */
public interface NotificationPreferences {

    boolean wanted(long accountId, NotificationKind kind);
}
