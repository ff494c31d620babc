package org.securebase.threads;

/** Where a thread is in review. Only published threads appear in lists and to the group. */
public enum ThreadStatus {
    PUBLISHED,
    AWAITING_REVIEW,
    CHANGES_REQUESTED,
    REJECTED
}
