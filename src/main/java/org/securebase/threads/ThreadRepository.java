package org.securebase.threads;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ThreadRepository extends JpaRepository<DiscussionThread, Long> {

    Optional<DiscussionThread> findByImportKey(String importKey);

    /**
     * The thread row locked until the transaction ends: comments on one thread are numbered and counted one at a
     * time, so two members replying at once both succeed instead of one failing on the thread's version.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from DiscussionThread t where t.id = :id")
    Optional<DiscussionThread> findForUpdate(@Param("id") long id);

    long countByAuthorIdAndStatus(Long authorId, ThreadStatus status);

    /** Rows of (author id, number of their threads in this state), for a page of authors at once. */
    @Query("select t.authorId, count(t) from DiscussionThread t where t.authorId in :authors and t.status = :status"
            + " group by t.authorId")
    List<Object[]> countsByAuthor(@Param("authors") Collection<Long> authors, @Param("status") ThreadStatus status);

    String FILTER = """
            t.groupId in :groups
              and (:kind is null or t.kind = :kind)
              and (:unanswered = false or t.commentCount = 0)
              and (:author is null or t.authorId = :author)
              and t.status = org.securebase.threads.ThreadStatus.PUBLISHED and t.hidden = false
              and t.mergedInto is null
              and t.id not in :steppedOut
              and (:tagCount = 0 or :tagCount = (select count(x) from DiscussionThread t2 join t2.tagIds x
                                                 where t2.id = t.id and x in :tags))
            """;

    @Query("select t from DiscussionThread t where " + FILTER)
    List<DiscussionThread> find(
            @Param("groups") Collection<Long> groups,
            @Param("kind") ThreadKind kind,
            @Param("unanswered") boolean unanswered,
            @Param("author") Long author,
            @Param("tags") Collection<Long> tags,
            @Param("tagCount") long tagCount,
            @Param("steppedOut") Collection<Long> steppedOut,
            Pageable page);

    @Query("select count(t) from DiscussionThread t where " + FILTER)
    long count(
            @Param("groups") Collection<Long> groups,
            @Param("kind") ThreadKind kind,
            @Param("unanswered") boolean unanswered,
            @Param("author") Long author,
            @Param("tags") Collection<Long> tags,
            @Param("tagCount") long tagCount,
            @Param("steppedOut") Collection<Long> steppedOut);

    /** Everything this member wrote, whatever became of it, for their data export. */
    List<DiscussionThread> findByAuthorIdOrderByCreatedAtAscIdAsc(Long authorId);
}
