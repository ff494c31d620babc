package org.securebase.moderation;

import java.time.Instant;
import java.util.List;
import org.securebase.threads.FlagReason;
import org.securebase.threads.ThreadStatus;

/** A queue item as a supervisor reads it: what triggered it, the content in context, the author's history. */
public record QueueEntry(
        long id,
        QueueKind kind,
        String trigger,
        Instant createdAt,
        String groupName,
        long threadId,
        String threadTitle,
        ThreadStatus threadStatus,
        Long commentId,
        String contentMarkdown,
        String contextMarkdown,
        boolean hidden,
        Long authorId,
        String author,
        String authorBadge,
        AuthorHistory history,
        List<FlagLine> flags,
        Outreach outreach) {

    public record AuthorHistory(
            long publishedThreads, long earlierQueueItems, long notes, boolean silenced, boolean suspended) {}

    public record FlagLine(FlagReason reason, String note, String flagger, Instant at) {}

    public record Outreach(String by, Instant at, String note) {}

    public boolean aboutComment() {
        return commentId != null;
    }
}
