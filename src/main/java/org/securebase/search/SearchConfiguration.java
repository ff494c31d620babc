package org.securebase.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.securebase.groups.GroupAccess;
import org.securebase.security.AccessPolicy;
import org.securebase.tags.TagService;
import org.securebase.threads.ThreadService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Chooses the search engine by the database actually connected, not by a profile that could disagree. */
@Configuration
class SearchConfiguration {

    @Bean
    SearchService searchService(
            DataSource dataSource,
            NamedParameterJdbcTemplate jdbc,
            AccessPolicy access,
            GroupAccess groupAccess,
            TagService tags,
            ThreadService threads)
            throws SQLException {
        return isPostgres(dataSource)
                ? new PostgresSearch(jdbc, access, groupAccess, tags, threads)
                : new H2Search(jdbc, access, groupAccess, tags, threads);
    }

    static boolean isPostgres(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
        }
    }
}
