package org.securebase.shared;

import java.util.Set;

/**
 * Published inside the transaction that changed what members can read: a thread (its post and every comment,
 * after a review, hide, move…), a thread's post only (edit, retag, redaction), or one comment. Listeners run in
 * the same transaction (the search index keeps itself in step this way), so a failure rolls the change back.
 */
public record ContentChanged(long threadId, Long commentId, boolean postOnly) {

    public static ContentChanged thread(long threadId) {
        return new ContentChanged(threadId, null, false);
    }

    public static ContentChanged post(long threadId) {
        return new ContentChanged(threadId, null, true);
    }

    public static ContentChanged comment(long threadId, long commentId) {
        return new ContentChanged(threadId, commentId, false);
    }

    /** A tag's name or synonyms changed, or another tag was merged into it: every thread carrying it changes. */
    public record Tags(Set<Long> tagIds) {}
}
