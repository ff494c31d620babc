package org.securebase.search;

import java.time.Instant;
import java.util.List;
import org.securebase.tags.TagRef;
import org.securebase.threads.ThreadKind;

/**
 * One matching post (commentId null) or comment, as the reader may see it: the author label follows the thread
 * rules (anonymous stays anonymous except to the group's supervisors); the excerpt and title are escaped HTML with
 * the matching words in {@code <mark>}.
 */
public record SearchHit(
        long threadId,
        Long commentId,
        long groupId,
        String groupName,
        String threadTitle,
        String titleHtml,
        ThreadKind kind,
        String author,
        Instant createdAt,
        List<TagRef> tags,
        String excerptHtml) {

    public boolean isComment() {
        return commentId != null;
    }
}
