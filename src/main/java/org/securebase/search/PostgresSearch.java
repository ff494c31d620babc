package org.securebase.search;

import java.util.ArrayList;
import java.util.List;
import org.securebase.groups.GroupAccess;
import org.securebase.security.AccessPolicy;
import org.securebase.tags.TagService;
import org.securebase.threads.ThreadService;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * PostgreSQL full-text search: the weighted {@code document} tsvector (migration V20_1, GIN index), a tsquery
 * built from the parsed query (words with {@code &}, phrases with {@code <->}, prefixes with {@code :*},
 * exclusions with {@code !}), ranked by {@code ts_rank} with the default weights (A 1.0 title, B 0.4 tags and synonyms,
 * C 0.2 post, D 0.1 comment): it reads term frequencies only, where {@code ts_rank_cd} walks every position.
 */
public class PostgresSearch extends SqlSearch {

    public PostgresSearch(
            NamedParameterJdbcTemplate jdbc,
            AccessPolicy access,
            GroupAccess groupAccess,
            TagService tags,
            ThreadService threads) {
        super(jdbc, access, groupAccess, tags, threads);
    }

    /** The tsquery text; terms hold only letters and digits (see {@link Terms}), so nothing needs quoting. */
    static String tsquery(ParsedQuery query) {
        List<String> parts = new ArrayList<>();
        query.include().forEach(p -> parts.add(phrase(p)));
        query.exclude().forEach(p -> parts.add("!(" + phrase(p) + ")"));
        return String.join(" & ", parts);
    }

    private static String phrase(ParsedQuery.Phrase p) {
        if (!p.prefix()) {
            return "(" + String.join(" <-> ", p.terms()) + ")";
        }
        List<String> last = new ArrayList<>();
        p.prefixForms().forEach(form -> last.add(form + ":*"));
        last.addAll(p.passedStems());
        String head = p.head();
        return "(" + (head.isEmpty() ? "" : head.replace(" ", " <-> ") + " <-> ") + "(" + String.join(" | ", last)
                + "))";
    }

    @Override
    protected void match(ParsedQuery query, StringBuilder where, MapSqlParameterSource params) {
        params.addValue("tsquery", tsquery(query));
        where.append("e.document @@ to_tsquery('simple', :tsquery)");
    }

    @Override
    protected String score(ParsedQuery query, MapSqlParameterSource params) {
        return "ts_rank(e.document, to_tsquery('simple', :tsquery))";
    }
}
