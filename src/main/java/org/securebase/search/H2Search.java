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
 * H2 (the laptop and the tests): the same stemmed terms matched with LIKE, one pattern per word or phrase
 * ({@code "% secur base %"}; a prefix leaves the end open), and relevance as a sum of the same weights PostgreSQL
 * uses: title 1.0, tags and synonyms 0.4, the post 0.2, a comment 0.1. It scans the table; fine for thousands
 * of posts (see docs/benchmarks.md), PostgreSQL is the engine for more.
 */
public class H2Search extends SqlSearch {

    public H2Search(
            NamedParameterJdbcTemplate jdbc,
            AccessPolicy access,
            GroupAccess groupAccess,
            TagService tags,
            ThreadService threads) {
        super(jdbc, access, groupAccess, tags, threads);
    }

    /** LIKE patterns, any of which matches the phrase: one, or more for a prefix (see passedStems). */
    static List<String> patterns(ParsedQuery.Phrase p) {
        List<String> patterns = new ArrayList<>();
        String head = p.head().isEmpty() ? "" : p.head() + " ";
        if (p.prefix()) {
            p.prefixForms().forEach(form -> patterns.add("% " + head + form + "%"));
        } else {
            patterns.add("% " + p.joined() + " %");
        }
        p.passedStems().forEach(stem -> patterns.add("% " + head + stem + " %"));
        return patterns;
    }

    /** Binds the phrase's patterns as name0, name1…; returns the parameter names. */
    private static List<String> bind(String name, ParsedQuery.Phrase p, MapSqlParameterSource params) {
        List<String> names = new ArrayList<>();
        List<String> patterns = patterns(p);
        for (int j = 0; j < patterns.size(); j++) {
            params.addValue(name + "_" + j, patterns.get(j));
            names.add(":" + name + "_" + j);
        }
        return names;
    }

    private static String column(String column, List<String> params) {
        return "("
                + String.join(
                        " or ", params.stream().map(p -> column + " like " + p).toList()) + ")";
    }

    private static String anyColumn(List<String> params) {
        return "(" + column("e.title_terms", params) + " or " + column("e.tag_terms", params) + " or "
                + column("e.body_terms", params) + ")";
    }

    @Override
    protected void match(ParsedQuery query, StringBuilder where, MapSqlParameterSource params) {
        for (int i = 0; i < query.include().size(); i++) {
            where.append(i == 0 ? "" : " and ")
                    .append(anyColumn(bind("w" + i, query.include().get(i), params)));
        }
        for (int i = 0; i < query.exclude().size(); i++) {
            where.append(" and not ")
                    .append(anyColumn(bind("x" + i, query.exclude().get(i), params)));
        }
    }

    @Override
    protected String score(ParsedQuery query, MapSqlParameterSource params) {
        StringBuilder score = new StringBuilder("(0");
        for (int i = 0; i < query.include().size(); i++) {
            List<String> w = bind("w" + i, query.include().get(i), params);
            score.append(" + case when ")
                    .append(column("e.title_terms", w))
                    .append(" then 1.0 else 0 end")
                    .append(" + case when ")
                    .append(column("e.tag_terms", w))
                    .append(" then 0.4 else 0 end")
                    .append(" + case when ")
                    .append(column("e.body_terms", w))
                    .append(" then case when e.comment_id is null then 0.2 else 0.1 end else 0 end");
        }
        return score.append(")").toString();
    }
}
