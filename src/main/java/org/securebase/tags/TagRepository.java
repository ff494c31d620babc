package org.securebase.tags;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TagRepository extends JpaRepository<Tag, Long> {

    /** Threads a list may show: published ones in the given groups. */
    String LISTED = "t.groupId in :groups and t.status = org.securebase.threads.ThreadStatus.PUBLISHED"
            + " and t.hidden = false and t.mergedInto is null";

    /** As {@link #LISTED}, less the case consultations the reader stepped out of ("I may know this client"). */
    String LISTED_TO_READER = LISTED + " and not exists (select r.id from Recusal r where r.threadId = t.id"
            + " and r.accountId = :reader)";

    Optional<Tag> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select x, count(t) from DiscussionThread t join t.tagIds x where " + LISTED_TO_READER + " group by x")
    List<Object[]> countThreads(@Param("groups") Collection<Long> groups, @Param("reader") long reader);

    @Query("select x, count(t) from DiscussionThread t join t.tagIds x where " + LISTED_TO_READER
            + " and :tag member of t.tagIds and x <> :tag group by x order by count(t) desc")
    List<Object[]> related(
            @Param("groups") Collection<Long> groups, @Param("tag") Long tag, @Param("reader") long reader);

    @Query("select p, q, count(t) from DiscussionThread t join t.tagIds p join t.tagIds q where " + LISTED
            + " and p in :rows and q in :columns group by p, q")
    List<Object[]> pairs(
            @Param("groups") Collection<Long> groups,
            @Param("rows") Collection<Long> rows,
            @Param("columns") Collection<Long> columns);

    @Query("select x, t.createdAt from DiscussionThread t join t.tagIds x where " + LISTED
            + " and x in :tags and t.createdAt >= :since")
    List<Object[]> uses(
            @Param("groups") Collection<Long> groups,
            @Param("tags") Collection<Long> tags,
            @Param("since") Instant since);

    @Query(value = "select tag_id from thread_tag where thread_id = :thread", nativeQuery = true)
    List<Long> tagIdsOf(@Param("thread") long thread);

    @Query(value = "select thread_id, tag_id from thread_tag where thread_id in (:threads)", nativeQuery = true)
    List<Object[]> tagIdsOf(@Param("threads") Collection<Long> threads);

    /** Moves every use of one tag to another; threads that already carry both keep one. */
    @Modifying
    @Query(value = """
            update thread_tag set tag_id = :into where tag_id = :from
               and thread_id not in (select thread_id from (select thread_id from thread_tag where tag_id = :into) kept)
            """, nativeQuery = true)
    int moveUses(@Param("from") long from, @Param("into") long into);

    @Modifying
    @Query(value = "delete from thread_tag where tag_id = :tag", nativeQuery = true)
    int dropUses(@Param("tag") long tag);
}
