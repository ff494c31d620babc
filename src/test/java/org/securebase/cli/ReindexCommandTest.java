package org.securebase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReindexCommandTest {

    private final Console console = new Console();

    @Test
    void printsProgressAndTheNumberOfEntries() {
        String db = "postgres".equals(System.getProperty("securebase.test.db"))
                ? "--spring.profiles.active=postgres"
                : "--spring.datasource.url=jdbc:h2:mem:reindex-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        assertThat(console.run(
                        "",
                        "import",
                        "src/test/resources/data/sample-discussion.wxr",
                        "--group",
                        "Open consultation",
                        db))
                .as(console.err())
                .isZero();
        Console reindex = new Console();
        assertThat(reindex.run("", "reindex", db)).as(reindex.err()).isZero();
        // The sample: one post and 47 comments, of which none is hidden or deleted (at least these, on a shared
        // PostgreSQL database).
        int entries = Integer.parseInt(reindex.out()
                .lines()
                .filter(l -> l.startsWith("entries="))
                .findFirst()
                .orElseThrow()
                .substring("entries=".length()));
        assertThat(entries).isGreaterThanOrEqualTo(48);
        assertThat(reindex.err()).containsPattern("indexed (\\d+) of \\1 threads");
    }
}
