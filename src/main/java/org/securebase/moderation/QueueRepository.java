package org.securebase.moderation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QueueRepository extends JpaRepository<QueueItem, Long> {

    @Query("""
            select q from QueueItem q where q.status = org.securebase.moderation.QueueItem.Status.OPEN
               and q.groupId in :groups order by q.priority, q.createdAt, q.id
            """)
    List<QueueItem> open(@Param("groups") Collection<Long> groups);

    @Query("""
            select q from QueueItem q where q.status = org.securebase.moderation.QueueItem.Status.OPEN
               and q.kind = :kind and q.threadId = :thread
               and ((:comment is null and q.commentId is null) or q.commentId = :comment)
            """)
    Optional<QueueItem> openFor(
            @Param("kind") QueueKind kind, @Param("thread") long thread, @Param("comment") Long comment);

    List<QueueItem> findByThreadIdAndStatus(long threadId, QueueItem.Status status);

    @Query("select q from QueueItem q where q.groupId in :groups and (q.createdAt >= :since or q.status = "
            + "org.securebase.moderation.QueueItem.Status.OPEN)")
    List<QueueItem> since(@Param("groups") Collection<Long> groups, @Param("since") Instant since);

    /** Rows of (author id, how many queue items were ever about their posts), for a page of the queue at once. */
    @Query("select q.authorId, count(q) from QueueItem q where q.authorId in :authors group by q.authorId")
    List<Object[]> itemCountsByAuthor(@Param("authors") Collection<Long> authors);
}
