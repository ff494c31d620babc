package org.securebase.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.securebase.audit.AuditTrail;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.shared.ContentChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code search_entry} equal to what members may read. The services publish {@link ContentChanged} inside
 * the transaction that changes a thread or comment (create, edit, retag, comment, delete, hide, restore, review,
 * move, merge, redact, import) and this rewrites the affected rows in that same transaction: if the index cannot
 * follow, the change rolls back. Rows exist only for published, unhidden threads and their undeleted, unhidden
 * comments; a redacted span leaves with the text it was cut from. Drafts never come here: only stored posts and
 * comments are read, after their identifier check.
 */
@Component
public class SearchIndex {

    private static final String INSERT = "insert into search_entry (thread_id, comment_id, group_id, kind,"
            + " author_id, guest_name, anonymous, created_at, body, title_terms, tag_terms, body_terms) values"
            + " (:threadId, :commentId, :groupId, :kind, :authorId, :guestName, :anonymous, :createdAt, :body,"
            + " :titleTerms, :tagTerms, :bodyTerms)";

    @PersistenceContext
    private EntityManager entities;

    private final NamedParameterJdbcTemplate jdbc;
    private final AccessPolicy access;
    private final AuditTrail audit;

    public SearchIndex(NamedParameterJdbcTemplate jdbc, AccessPolicy access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(ContentChanged change) {
        entities.flush();
        if (change.commentId() != null) {
            comment(change.threadId(), change.commentId());
        } else {
            thread(change.threadId(), change.postOnly());
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void tagsChanged(ContentChanged.Tags change) {
        entities.flush();
        jdbc.queryForList(
                        "select distinct thread_id from thread_tag where tag_id in (:tags)",
                        new MapSqlParameterSource("tags", change.tagIds()),
                        Long.class)
                .forEach(id -> thread(id, true));
    }

    /** Rebuilds the whole index from the posts and comments, from the admin page; returns the number of entries. */
    @Transactional
    public int rebuildAsAdmin(BiConsumer<Integer, Integer> progress) {
        Actor actor = access.requireAdmin();
        int entries = rebuild(progress);
        audit.record(
                actor,
                "search.rebuilt",
                new AuditTrail.Target("search", "index", "Search index"),
                entries + " entries");
        return entries;
    }

    /** From the command line, the demo data and benchmarks, where no one is signed in. */
    @Transactional
    public int rebuildAsSystem(BiConsumer<Integer, Integer> progress) {
        int entries = rebuild(progress);
        audit.record(
                null, "search.rebuilt", new AuditTrail.Target("search", "index", "Search index"), entries + " entries");
        return entries;
    }

    /** One transaction: readers keep the old index until the new one is complete. */
    private int rebuild(BiConsumer<Integer, Integer> progress) {
        entities.flush();
        jdbc.update("delete from search_entry", new MapSqlParameterSource());
        List<Long> threads = jdbc.queryForList(
                "select id from discussion_thread order by id", new MapSqlParameterSource(), Long.class);
        int done = 0;
        for (long id : threads) {
            thread(id, false);
            done++;
            if (done % 50 == 0 || done == threads.size()) {
                progress.accept(done, threads.size());
            }
        }
        if (threads.isEmpty()) {
            progress.accept(0, 0);
        }
        return count();
    }

    @Transactional(readOnly = true)
    public int count() {
        return jdbc.queryForObject("select count(*) from search_entry", new MapSqlParameterSource(), Integer.class);
    }

    private record ThreadRow(
            long id,
            long groupId,
            String kind,
            String title,
            String body,
            String question,
            Long authorId,
            String guestName,
            boolean anonymous,
            OffsetDateTime createdAt,
            boolean visible) {}

    private ThreadRow load(long threadId) {
        List<ThreadRow> rows = jdbc.query(
                "select id, group_id, kind, title, body, question, author_id, guest_name,"
                        + " anonymous, created_at, status, hidden from discussion_thread where id = :id",
                new MapSqlParameterSource("id", threadId),
                (rs, i) -> new ThreadRow(
                        rs.getLong("id"),
                        rs.getLong("group_id"),
                        rs.getString("kind"),
                        rs.getString("title"),
                        rs.getString("body"),
                        rs.getString("question"),
                        rs.getObject("author_id", Long.class),
                        rs.getString("guest_name"),
                        rs.getBoolean("anonymous"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        "PUBLISHED".equals(rs.getString("status")) && !rs.getBoolean("hidden")));
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private void thread(long threadId, boolean postOnly) {
        jdbc.update(
                "delete from search_entry where thread_id = :id" + (postOnly ? " and comment_id is null" : ""),
                new MapSqlParameterSource("id", threadId));
        ThreadRow t = load(threadId);
        if (t == null || !t.visible()) {
            return;
        }
        List<SqlParameterSource> rows = new ArrayList<>();
        String post = t.body() + (t.question() == null ? "" : "\n\n" + t.question());
        rows.add(entry(
                t,
                null,
                t.authorId(),
                t.guestName(),
                t.anonymous(),
                t.createdAt(),
                post,
                Terms.joined(t.title(), 4000),
                Terms.joined(tagText(threadId), 8000)));
        if (!postOnly) {
            jdbc.query(
                    "select id, author_id, guest_name, anonymous, created_at, body from thread_comment"
                            + " where thread_id = :id and deleted = false and hidden = false order by id",
                    new MapSqlParameterSource("id", threadId),
                    rs -> {
                        rows.add(entry(
                                t,
                                rs.getLong("id"),
                                rs.getObject("author_id", Long.class),
                                rs.getString("guest_name"),
                                rs.getBoolean("anonymous"),
                                rs.getObject("created_at", OffsetDateTime.class),
                                rs.getString("body"),
                                " ",
                                " "));
                    });
        }
        jdbc.batchUpdate(INSERT, rows.toArray(SqlParameterSource[]::new));
    }

    private void comment(long threadId, long commentId) {
        jdbc.update("delete from search_entry where comment_id = :id", new MapSqlParameterSource("id", commentId));
        ThreadRow t = load(threadId);
        if (t == null || !t.visible()) {
            return;
        }
        jdbc.query(
                        "select id, author_id, guest_name, anonymous, created_at, body from thread_comment"
                                + " where id = :id and thread_id = :thread and deleted = false and hidden = false",
                        new MapSqlParameterSource("id", commentId).addValue("thread", threadId),
                        (rs, i) -> entry(
                                t,
                                rs.getLong("id"),
                                rs.getObject("author_id", Long.class),
                                rs.getString("guest_name"),
                                rs.getBoolean("anonymous"),
                                rs.getObject("created_at", OffsetDateTime.class),
                                rs.getString("body"),
                                " ",
                                " "))
                .forEach(row -> jdbc.update(INSERT, row));
    }

    /** The thread's tags with their synonyms, so "anxious" finds a thread tagged Ambivalent. */
    private String tagText(long threadId) {
        Set<String> words = new LinkedHashSet<>();
        jdbc.query(
                "select t.name, s.synonym from thread_tag tt join tag t on t.id = tt.tag_id"
                        + " left join tag_synonym s on s.tag_id = t.id where tt.thread_id = :id order by t.id",
                new MapSqlParameterSource("id", threadId),
                rs -> {
                    words.add(rs.getString(1));
                    if (rs.getString(2) != null) {
                        words.add(rs.getString(2));
                    }
                });
        return String.join(" ", words);
    }

    private static MapSqlParameterSource entry(
            ThreadRow t,
            Long commentId,
            Long authorId,
            String guestName,
            boolean anonymous,
            OffsetDateTime createdAt,
            String body,
            String titleTerms,
            String tagTerms) {
        return new MapSqlParameterSource()
                .addValue("threadId", t.id())
                .addValue("commentId", commentId)
                .addValue("groupId", t.groupId())
                .addValue("kind", t.kind())
                .addValue("authorId", authorId)
                .addValue("guestName", guestName)
                .addValue("anonymous", anonymous)
                .addValue("createdAt", createdAt)
                .addValue("body", body)
                .addValue("titleTerms", titleTerms)
                .addValue("tagTerms", tagTerms)
                .addValue("bodyTerms", Terms.joined(body, 40000));
    }
}
