package org.securebase.threads;

/** A member flags a post ({@code commentId} null) or a comment for the group's supervisors; moderation implements it. */
public interface Flagging {

    void flag(long threadId, Long commentId, FlagReason reason, String note);
}
