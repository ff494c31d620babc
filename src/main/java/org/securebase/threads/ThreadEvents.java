package org.securebase.threads;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import org.securebase.cluster.ClusterEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells everyone viewing a thread, on any instance, that a comment arrived, after the comment is committed.
 * Listeners receive only the comment's id and read it through the service, so each reader sees it with their own
 * access and labels.
 */
@Component
public class ThreadEvents {

    /** Published by the service inside the transaction that saved the comment. */
    public record CommentPosted(long threadId, long commentId) {}

    /** Published inside the transaction in which a thread became readable by its group (posted or approved). */
    public record ThreadPublished(long threadId) {}

    /**
     * Published inside the transaction in which a reader said they may know the client of a case consultation.
     * Listeners must not show the reader's name to the thread's author.
     */
    public record Recused(long threadId, long readerId) {}

    private static final String COMMENT = "comment";

    private final Map<Long, Set<LongConsumer>> listeners = new ConcurrentHashMap<>();
    private final ClusterEvents events;

    ThreadEvents(ClusterEvents events) {
        this.events = events;
        events.on(COMMENT, ids -> arrived(ids[0], ids[1]));
    }

    /** Returns a handle that stops listening; views call it when they detach. */
    public Runnable subscribe(long threadId, LongConsumer onComment) {
        listeners.computeIfAbsent(threadId, id -> ConcurrentHashMap.newKeySet()).add(onComment);
        return () -> listeners.getOrDefault(threadId, Set.of()).remove(onComment);
    }

    @EventListener
    void posted(CommentPosted event) {
        events.publish(COMMENT, event.threadId(), event.commentId());
    }

    private void arrived(long threadId, long commentId) {
        listeners.getOrDefault(threadId, Set.of()).forEach(l -> l.accept(commentId));
    }

    int listenerCount(long threadId) {
        return listeners.getOrDefault(threadId, Set.of()).size();
    }
}
