package org.securebase;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Searches every text column of every table for a value: where could a redacted or removed text still be? */
public final class TextColumns {

    private TextColumns() {}

    public static List<String> containing(JdbcTemplate jdbc, String value) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                where lower(table_schema) = 'public'
                  and lower(data_type) in ('character varying', 'varchar', 'text', 'character large object', 'clob')
                """);
        return columns.stream()
                .filter(c -> {
                    String sql = "select count(*) from \"" + c.get("table_name") + "\" where \"" + c.get("column_name")
                            + "\" like ?";
                    Long count = jdbc.queryForObject(sql, Long.class, "%" + value + "%");
                    return count != null && count > 0;
                })
                .map(c -> (c.get("table_name") + "." + c.get("column_name")).toLowerCase(java.util.Locale.ROOT))
                .toList();
    }
}
