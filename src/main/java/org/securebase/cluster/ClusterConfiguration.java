package org.securebase.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Chooses how events travel by the database actually connected: several instances share only PostgreSQL, so that
 * is where events must leave the process; H2 serves one instance. No setting to keep in step with the URL.
 */
@Configuration
class ClusterConfiguration {

    @Bean
    ClusterEvents clusterEvents(DataSource dataSource, JdbcTemplate jdbc) throws SQLException {
        return isPostgres(dataSource) ? new PostgresEvents(dataSource, jdbc) : new LocalEvents();
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
