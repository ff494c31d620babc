package org.securebase.search;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.securebase.groups.ConsultationGroup;
import org.securebase.groups.GroupAccess;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.tags.TagRef;
import org.securebase.tags.TagService;
import org.securebase.threads.Authors;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * What both engines share: who may read what (the reader's readable groups, from {@link GroupAccess}, become a
 * condition of the SQL), the filters, paging in a stable order, and turning rows into {@link SearchHit}s. An
 * engine supplies only how words match ({@link #match}) and how well ({@link #score}).
 */
public abstract class SqlSearch implements SearchService {

    private final NamedParameterJdbcTemplate jdbc;
    private final AccessPolicy access;
    private final GroupAccess groupAccess;
    private final TagService tags;
    private final ThreadService threads;

    protected SqlSearch(
            NamedParameterJdbcTemplate jdbc,
            AccessPolicy access,
            GroupAccess groupAccess,
            TagService tags,
            ThreadService threads) {
        this.jdbc = jdbc;
        this.access = access;
        this.groupAccess = groupAccess;
        this.tags = tags;
        this.threads = threads;
    }

    /** Appends the condition that the entry {@code e} matches the query's words (all of them, none excluded). */
    protected abstract void match(ParsedQuery query, StringBuilder where, MapSqlParameterSource params);

    /** An SQL expression for relevance: title above tags and synonyms above the post above a comment. */
    protected abstract String score(ParsedQuery query, MapSqlParameterSource params);

    private record Plan(
            ParsedQuery parsed,
            String where,
            MapSqlParameterSource params,
            Map<Long, ConsultationGroup> readable,
            Actor actor) {}

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(SearchQuery query, int offset, int limit) {
        Optional<Plan> found = plan(query);
        if (found.isEmpty()) {
            return List.of();
        }
        Plan plan = found.get();
        MapSqlParameterSource params = plan.params();
        String score = query.sort() == SearchQuery.Sort.RELEVANCE ? score(plan.parsed(), params) : "0";
        params.addValue("offset", Math.max(0, offset))
                .addValue("limit", Math.max(1, limit))
                .addValue("candidates", MAX_RESULTS);
        boolean relevance = query.sort() == SearchQuery.Sort.RELEVANCE;
        String order = relevance ? "score desc, e.created_at desc, e.id desc" : "e.created_at desc, e.id desc";
        // The engine scores only the candidates (c), never every match; the page is cut from them (x), and only
        // its rows are joined to their thread and author.
        String sql = "select e.id, e.thread_id, e.comment_id, e.group_id, e.kind, e.author_id, e.guest_name,"
                + " e.anonymous, e.created_at, e.body, t.title, a.display_name from (select e.id as id,"
                + " e.created_at as created_at, " + score + " as score from (" + candidates(plan, relevance)
                + ") c join search_entry e on e.id = c.id order by " + order
                + " offset :offset rows fetch next :limit rows only) x"
                + " join search_entry e on e.id = x.id join discussion_thread t on t.id = e.thread_id"
                + " left join account a on a.id = e.author_id order by "
                + (relevance ? "x.score desc, " : "")
                + "x.created_at desc, x.id desc";
        List<Row> rows = jdbc.query(
                sql,
                params,
                (rs, i) -> new Row(
                        rs.getLong("thread_id"),
                        (Long) rs.getObject("comment_id", Long.class),
                        rs.getLong("group_id"),
                        rs.getString("kind"),
                        rs.getObject("author_id", Long.class),
                        rs.getString("guest_name"),
                        rs.getBoolean("anonymous"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getString("body"),
                        rs.getString("title"),
                        rs.getString("display_name")));
        Map<Long, List<TagRef>> tagged =
                tags.tagsOf(rows.stream().map(Row::threadId).distinct().toList());
        return rows.stream()
                .map(r -> {
                    ConsultationGroup group = plan.readable().get(r.groupId());
                    boolean moderates = GroupAccess.canModerate(plan.actor(), group);
                    return new SearchHit(
                            r.threadId(),
                            r.commentId(),
                            r.groupId(),
                            group.getName(),
                            r.title(),
                            Excerpts.highlight(r.title(), plan.parsed()),
                            ThreadKind.valueOf(r.kind()),
                            Authors.label(
                                    r.authorId(),
                                    r.displayName() == null ? "" : r.displayName(),
                                    r.guestName(),
                                    r.anonymous(),
                                    moderates),
                            r.createdAt(),
                            tagged.getOrDefault(r.threadId(), List.of()),
                            Excerpts.excerpt(r.body(), plan.parsed()));
                })
                .toList();
    }

    /**
     * The ids of the at most {@link #MAX_RESULTS} matches that are ranked: for relevance the matching posts first
     * (only they carry the title and tags, the heaviest words), then the newest comments; otherwise the newest.
     */
    private static String candidates(Plan plan, boolean relevance) {
        return "select e.id from search_entry e where " + plan.where() + " order by "
                + (relevance ? "case when e.comment_id is null then 0 else 1 end, " : "")
                + "e.created_at desc, e.id desc offset 0 rows fetch next :candidates rows only";
    }

    @Override
    @Transactional(readOnly = true)
    public int count(SearchQuery query) {
        return plan(query)
                .map(plan -> jdbc.queryForObject(
                        "select count(*) from (select e.id from search_entry e where " + plan.where()
                                + " offset 0 rows fetch next :cap rows only) x",
                        plan.params().addValue("cap", MAX_RESULTS + 1),
                        Integer.class))
                .orElse(0);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Author> authors() {
        Actor actor = access.requireActiveMember();
        Set<Long> readable = groupAccess.readableGroups(actor).keySet();
        if (readable.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "select a.id, a.display_name from account a where a.id in (select e.author_id from"
                        + " search_entry e where e.group_id in (:groups) and e.anonymous = false) order by"
                        + " a.display_name",
                new MapSqlParameterSource("groups", readable),
                (rs, i) -> new Author(rs.getLong(1), rs.getString(2)));
    }

    private Optional<Plan> plan(SearchQuery query) {
        Actor actor = access.requireActiveMember();
        ParsedQuery parsed = ParsedQuery.parse(query.text());
        Map<Long, ConsultationGroup> readable = groupAccess.readableGroups(actor);
        if (parsed.isEmpty() || readable.isEmpty()) {
            return Optional.empty();
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder("e.group_id in (:groups)");
        params.addValue("groups", readable.keySet());
        // Threads the reader stepped out of ("I may know this client") are never found, as in thread lists.
        Set<Long> steppedOut = threads.steppedOutOf(actor.id());
        if (!steppedOut.isEmpty()) {
            where.append(" and e.thread_id not in (:steppedOut)");
            params.addValue("steppedOut", steppedOut);
        }
        if (query.groupId() != null) {
            if (!readable.containsKey(query.groupId())) {
                return Optional.empty();
            }
            where.append(" and e.group_id = :group");
            params.addValue("group", query.groupId());
        }
        if (query.part() != null) {
            where.append(
                    query.part() == SearchQuery.Part.POSTS
                            ? " and e.comment_id is null"
                            : " and e.comment_id is not null");
        }
        if (query.casesOnly()) {
            where.append(" and e.kind = :kind");
            params.addValue("kind", ThreadKind.CASE_CONSULTATION.name());
        }
        if (query.mine()) {
            where.append(" and e.author_id = :me");
            params.addValue("me", actor.id());
        }
        if (query.authorId() != null) {
            // An anonymous post is never found by its author's name, except by the group's supervisors
            // (who see the name anyway) and by the author.
            Set<Long> moderated = readable.values().stream()
                    .filter(g -> GroupAccess.canModerate(actor, g))
                    .map(ConsultationGroup::getId)
                    .collect(Collectors.toSet());
            where.append(" and e.author_id = :author and (e.anonymous = false or e.author_id = :self");
            where.append(moderated.isEmpty() ? ")" : " or e.group_id in (:moderated))");
            params.addValue("author", query.authorId())
                    .addValue("self", actor.id())
                    .addValue("moderated", orNone(moderated));
        }
        if (query.from() != null) {
            where.append(" and e.created_at >= :from");
            params.addValue("from", query.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            where.append(" and e.created_at < :to");
            params.addValue("to", query.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (!query.tags().isEmpty()) {
            Optional<Set<Long>> ids = tags.idsOf(query.tags());
            if (ids.isEmpty() || ids.get().isEmpty()) {
                return Optional.empty();
            }
            where.append(" and e.thread_id in (select tt.thread_id from thread_tag tt where tt.tag_id in (:tags)"
                    + " group by tt.thread_id having count(*) = :tagCount)");
            params.addValue("tags", ids.get()).addValue("tagCount", ids.get().size());
        }
        where.append(" and ");
        match(parsed, where, params);
        return Optional.of(new Plan(parsed, where.toString(), params, readable, actor));
    }

    private static Collection<Long> orNone(Set<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private record Row(
            long threadId,
            Long commentId,
            long groupId,
            String kind,
            Long authorId,
            String guestName,
            boolean anonymous,
            Instant createdAt,
            String body,
            String title,
            String displayName) {}
}
