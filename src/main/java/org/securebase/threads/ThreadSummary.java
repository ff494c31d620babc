package org.securebase.threads;

import java.time.Instant;
import java.util.List;
import org.securebase.tags.TagRef;

/** A line in a list of threads. {@code loopState} is null except on case consultations. */
public record ThreadSummary(
        long id,
        long groupId,
        String groupName,
        ThreadKind kind,
        String title,
        String author,
        String authorBadge,
        Instant createdAt,
        Instant lastActivityAt,
        int commentCount,
        boolean summarised,
        List<TagRef> tags,
        boolean pinned,
        LoopState loopState) {}
