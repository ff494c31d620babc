package org.securebase.notifications;

/** What a notification is about: members choose per kind how they hear about it (in app, by mail, digest, off). */
public enum NotificationKind {
    REPLY("Replies to my posts and comments"),
    MENTION("Mentions of me"),
    REVIEW("Review outcomes and change requests on my posts"),
    WARNING("Messages and warnings from supervisors"),
    FLAG_OUTCOME("Outcomes of flags I raised"),
    FOLLOWED_TAG("New threads in tags I follow"),
    QUEUE("New items in my review queue (supervisors)"),
    /** Always in the app and by mail at once to the group's supervisors; cannot be turned off. */
    RISK_ALERT("Risk alerts (supervisors; always by mail at once)");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
