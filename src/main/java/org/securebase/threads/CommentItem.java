package org.securebase.threads;

import java.time.Instant;

/**
 * A comment as one reader sees it. {@code number} is set on top-level comments; {@code inReplyTo} names the
 * comment a reply answers when the page stops indenting (below three levels).
 */
public record CommentItem(
        long id,
        Integer number,
        Long parentId,
        int depth,
        String inReplyTo,
        String author,
        String authorBadge,
        Instant createdAt,
        Instant editedAt,
        String html,
        String markdown,
        boolean deleted,
        boolean helpful,
        boolean mine,
        boolean canModerate,
        boolean viewerIsThreadAuthor,
        boolean hidden,
        Integer mergedIntoNumber,
        boolean followUp) {

    public static final int MAX_INDENT = 3;

    public int indent() {
        return Math.min(depth, MAX_INDENT);
    }
}
