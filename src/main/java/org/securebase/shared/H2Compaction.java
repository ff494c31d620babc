package org.securebase.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * H2 keeps earlier versions of changed rows in its file until their space is reused, so a redacted name could still
 * be read from ./data with a hex editor. After a redaction, the next quiet hour (03:30 by default,
 * {@code securebase.h2.compact-cron}) rewrites the file with live rows only ({@code SHUTDOWN COMPACT}; the pool then
 * opens fresh connections). Only for a file-based H2 database; PostgreSQL needs VACUUM instead (see README).
 */
@Component
public class H2Compaction {

    private static final Logger log = LoggerFactory.getLogger(H2Compaction.class);

    private final DataSource dataSource;
    private final AtomicBoolean pending = new AtomicBoolean();

    public H2Compaction(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A redaction changed rows: compact at the next scheduled time. */
    public void redacted() {
        pending.set(true);
    }

    public boolean pending() {
        return pending.get();
    }

    /** Without a job lock: it rewrites this instance's own H2 file, and H2 serves one instance only. */
    @Scheduled(cron = "${securebase.h2.compact-cron:0 30 3 * * *}")
    public void compactIfRedacted() {
        if (pending.getAndSet(false) && !compactNow()) {
            log.debug("No H2 file to compact");
        }
    }

    /** Rewrites the H2 file now, closing every connection; returns false when the database is not an H2 file. */
    public boolean compactNow() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            String url = connection.getMetaData().getURL();
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())
                    || url == null
                    || url.startsWith("jdbc:h2:mem:")) {
                return false;
            }
            try (Statement s = connection.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
            log.info("H2 database compacted: earlier versions of changed rows are gone from the file");
            return true;
        } catch (SQLException e) {
            log.warn("Could not compact the H2 database: {}", e.getMessage());
            pending.set(true);
            return false;
        } finally {
            closeQuietly(connection);
            if (dataSource instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
                hikari.getHikariPoolMXBean().softEvictConnections();
            }
        }
    }

    /** After SHUTDOWN the connection is already closed, and giving it back to the pool may say so. */
    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // expected after SHUTDOWN
            }
        }
    }
}
