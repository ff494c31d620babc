package org.securebase.moderation;

import org.securebase.shared.InvalidInputException;
import org.securebase.threads.Comment;
import org.securebase.threads.CommentRepository;
import org.securebase.threads.DiscussionThread;
import org.securebase.threads.ThreadModeration;
import org.securebase.threads.ThreadRepository;
import org.securebase.threads.ThreadService;
import org.springframework.stereotype.Component;

/** The post or comment a member flags: readable by them, not theirs, and hidden once enough members flag it. */
@Component
class FlaggedContent {

    private final ThreadService threadService;
    private final ThreadRepository threads;
    private final CommentRepository comments;
    private final ThreadModeration moderation;
    private final ModerationSettings settings;

    FlaggedContent(
            ThreadService threadService,
            ThreadRepository threads,
            CommentRepository comments,
            ThreadModeration moderation,
            ModerationSettings settings) {
        this.threadService = threadService;
        this.threads = threads;
        this.comments = comments;
        this.moderation = moderation;
        this.settings = settings;
    }

    /**
     * The author of the post ({@code commentId} null) or comment; the threads module refuses what the member
     * cannot read, and here what they wrote themselves.
     */
    Long authorOf(long threadId, Long commentId) {
        if (commentId == null) {
            var page = threadService.open(threadId);
            Long authorId = threads.findById(threadId)
                    .map(DiscussionThread::getAuthorId)
                    .orElse(null);
            if (page.mine()) {
                throw InvalidInputException.of("reason", "You cannot flag your own post; edit it instead.");
            }
            return authorId;
        }
        var item = threadService.comment(commentId);
        Long authorId = comments.findById(commentId).map(Comment::getAuthorId).orElse(null);
        if (item.mine()) {
            throw InvalidInputException.of("reason", "You cannot flag your own comment; edit it instead.");
        }
        return authorId;
    }

    DiscussionThread thread(long threadId) {
        return threads.findById(threadId).orElseThrow();
    }

    String title(long threadId) {
        return threads.findById(threadId).map(DiscussionThread::getTitle).orElse("a thread");
    }

    void hideIfFlaggedEnough(DiscussionThread t, Long commentId, int flagCount) {
        boolean hidden = commentId == null
                ? t.isHidden()
                : comments.findById(commentId).map(Comment::isHidden).orElse(false);
        if (!hidden && flagCount >= settings.flagsToHide()) {
            moderation.hideForReview(t.getId(), commentId, flagCount);
        }
    }
}
