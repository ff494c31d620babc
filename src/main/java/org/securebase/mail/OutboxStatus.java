package org.securebase.mail;

public enum OutboxStatus {
    /** Waiting for its time, or for another try. */
    PENDING,
    /** Claimed by a dispatcher; never taken again, so a mail is never sent twice. */
    SENDING,
    SENT,
    /** Gave up: too many failures, or interrupted while sending (it may or may not have left). */
    FAILED,
    /** Not needed any more: the member read the notification in the app first. */
    CANCELLED
}
