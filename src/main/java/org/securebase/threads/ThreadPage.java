package org.securebase.threads;

import java.time.Instant;
import java.util.List;
import org.securebase.tags.TagRef;

/** The post at the top of a thread, as one reader may see it. */
public record ThreadPage(
        long id,
        long groupId,
        String groupName,
        ThreadKind kind,
        String title,
        String bodyHtml,
        String bodyMarkdown,
        String question,
        String author,
        String authorBadge,
        Instant createdAt,
        Instant editedAt,
        String summary,
        String summaryBy,
        int commentCount,
        boolean mine,
        boolean canModerate,
        ThreadStatus status,
        List<TagRef> tags,
        Moderation moderation,
        LoopState loopState) {

    /** Review and moderation state: shown to everyone where it matters (locked, merged) and to moderators. */
    public record Moderation(
            String reviewNote, boolean hidden, boolean locked, boolean pinned, Long mergedInto, int slowModeMinutes) {}

    public boolean canSummarise() {
        return mine || canModerate;
    }
}
