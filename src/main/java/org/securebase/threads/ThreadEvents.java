package org.securebase.threads;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells everyone viewing a thread that a comment arrived, after the comment is committed. Listeners receive only
 * the comment's id and read it through the service, so each reader sees it with their own access and labels.
 */
@Component
public class ThreadEvents {

    /** Published by the service inside the transaction that saved the comment. */
    public record CommentPosted(long threadId, long commentId) {}

    /** Published inside the transaction in which a thread became readable by its group (posted or approved). */
    public record ThreadPublished(long threadId) {}

    private final Map<Long, Set<LongConsumer>> listeners = new ConcurrentHashMap<>();

    /** Returns a handle that stops listening; views call it when they detach. */
    public Runnable subscribe(long threadId, LongConsumer onComment) {
        listeners.computeIfAbsent(threadId, id -> ConcurrentHashMap.newKeySet()).add(onComment);
        return () -> listeners.getOrDefault(threadId, Set.of()).remove(onComment);
    }

    @TransactionalEventListener
    void afterCommit(CommentPosted event) {
        listeners.getOrDefault(event.threadId(), Set.of()).forEach(l -> l.accept(event.commentId()));
    }

    int listenerCount(long threadId) {
        return listeners.getOrDefault(threadId, Set.of()).size();
    }
}
