package org.securebase.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** An H2 file keeps the old version of an updated row until it is compacted. */
class H2CompactionTest {

    @Test
    void compactionLeavesNoEarlierVersionOfARedactedRowInTheFile(@TempDir Path folder) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + folder.resolve("redaction").toAbsolutePath() + ";AUTO_SERVER=FALSE");
        config.setUsername("sa");
        config.setMaximumPoolSize(3);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.execute("create table note (id int primary key, body varchar(200))");
            String secret = "Quentaril Farthingdale";
            jdbc.update("insert into note values (1, ?)", "Lives with " + secret + " on the hill");
            jdbc.execute("checkpoint sync");
            jdbc.update("update note set body = replace(body, ?, '[redacted]')", secret);
            jdbc.execute("checkpoint sync");
            Path file = folder.resolve("redaction.mv.db");
            assertThat(contains(file, secret))
                    .as("the old version is still in the file")
                    .isTrue();

            H2Compaction compaction = new H2Compaction(dataSource);
            compaction.redacted();
            assertThat(compaction.pending()).isTrue();
            compaction.compactIfRedacted();

            assertThat(compaction.pending()).isFalse();
            assertThat(contains(file, secret)).as("after compaction").isFalse();
            assertThat(jdbc.queryForObject("select body from note where id = 1", String.class))
                    .isEqualTo("Lives with [redacted] on the hill");
        }
    }

    @Test
    void anInMemoryDatabaseIsLeftAlone() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:compaction-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            assertThat(new H2Compaction(dataSource).compactNow()).isFalse();
        }
    }

    private static boolean contains(Path file, String text) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
    }
}
