package org.securebase.moderation;

import org.securebase.threads.Comment;
import org.securebase.threads.CommentRepository;
import org.securebase.threads.DiscussionThread;
import org.securebase.threads.ThreadModeration;
import org.securebase.threads.ThreadRepository;
import org.springframework.stereotype.Component;

/** Hides the post or comment a queue item is about, or restores it when it is hidden. */
@Component
class ItemContent {

    private final ThreadModeration moderation;
    private final ThreadRepository threads;
    private final CommentRepository comments;

    ItemContent(ThreadModeration moderation, ThreadRepository threads, CommentRepository comments) {
        this.moderation = moderation;
        this.threads = threads;
        this.comments = comments;
    }

    void hide(QueueItem item, String note) {
        if (item.getCommentId() != null) {
            moderation.hideComment(item.getCommentId(), true, note);
        } else {
            moderation.hideThread(item.getThreadId(), true, note);
        }
    }

    void restoreIfHidden(QueueItem item, String why) {
        if (item.getCommentId() != null) {
            if (comments.findById(item.getCommentId()).map(Comment::isHidden).orElse(false)) {
                moderation.hideComment(item.getCommentId(), false, why);
            }
        } else if (threads.findById(item.getThreadId())
                .map(DiscussionThread::isHidden)
                .orElse(false)) {
            moderation.hideThread(item.getThreadId(), false, why);
        }
    }
}
