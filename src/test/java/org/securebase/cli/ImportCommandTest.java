package org.securebase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    private final Console console = new Console();

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("import"));
        all.addAll(List.of(args));
        all.add(
                "postgres".equals(System.getProperty("securebase.test.db"))
                        ? "--spring.profiles.active=postgres"
                        : "--spring.datasource.url=jdbc:h2:mem:import-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return console.run("", all.toArray(String[]::new));
    }

    @Test
    void aDryRunOfTheSamplePrintsTheSummaryLine() {
        int status = run("src/test/resources/data/sample-discussion.wxr", "--group", "Open consultation", "--dry-run");
        assertThat(status).as(console.err()).isZero();
        // In this shared test JVM an earlier context's console logger may still write here; a real run prints
        // only the summary (see the README), so look for the line itself.
        if ("postgres".equals(System.getProperty("securebase.test.db"))) {
            // One PostgreSQL database serves the whole run: if ReindexCommandTest imported the sample first, a dry
            // run rightly finds nothing new to import.
            assertThat(console.out().lines())
                    .containsAnyOf(
                            "threads=1 comments=47 replies=6 skipped=0", "threads=0 comments=0 replies=0 skipped=0");
        } else {
            assertThat(console.out().lines()).contains("threads=1 comments=47 replies=6 skipped=0");
        }
    }

    @Test
    void aTruncatedFileIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("src/test/resources/data/sample-discussion.wxr"));
        Path truncated = dir.resolve("truncated.wxr");
        Files.write(truncated, java.util.Arrays.copyOf(sample, sample.length / 3));
        assertThat(run(truncated.toString(), "--group", "Open consultation")).isEqualTo(CommandLine.FAILED);
        assertThat(console.err()).contains("line").contains("Nothing was imported");
    }

    @Test
    void anUnknownGroupIsRefused() {
        assertThat(run("src/test/resources/data/sample-discussion.wxr", "--group", "No such group"))
                .isEqualTo(CommandLine.FAILED);
        assertThat(console.err()).contains("There is no group named");
    }

    @Test
    void explainsUsage() {
        assertThat(run("--group", "Open consultation")).isEqualTo(CommandLine.USAGE);
    }
}
