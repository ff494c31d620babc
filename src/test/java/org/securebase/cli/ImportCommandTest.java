package org.securebase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    private final PrintStream stdout = System.out;
    private final PrintStream stderr = System.err;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void restore() {
        System.setOut(stdout);
        System.setErr(stderr);
    }

    private int run(String... args) {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        List<String> all = new ArrayList<>(List.of("import"));
        all.addAll(List.of(args));
        all.add("postgres".equals(System.getProperty("securebase.test.db")) ? "--spring.profiles.active=postgres"
                : "--spring.datasource.url=jdbc:h2:mem:import-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return CommandLine.run(all.toArray(String[]::new));
    }

    @Test
    void aDryRunOfTheSamplePrintsTheSummaryLine() {
        int status = run("src/test/resources/data/sample-discussion.wxr", "--group", "Open consultation",
                "--dry-run");
        assertThat(status).as(err.toString()).isZero();
        // In this shared test JVM an earlier context's console logger may still write here; a real run prints
        // only the summary (see the README), so look for the line itself.
        assertThat(out.toString().lines()).contains("threads=1 comments=47 replies=6 skipped=0");
    }

    @Test
    void aTruncatedFileIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("src/test/resources/data/sample-discussion.wxr"));
        Path truncated = dir.resolve("truncated.wxr");
        Files.write(truncated, java.util.Arrays.copyOf(sample, sample.length / 3));
        assertThat(run(truncated.toString(), "--group", "Open consultation")).isEqualTo(CommandLine.FAILED);
        assertThat(err.toString()).contains("line").contains("Nothing was imported");
    }

    @Test
    void anUnknownGroupIsRefused() {
        assertThat(run("src/test/resources/data/sample-discussion.wxr", "--group", "No such group"))
                .isEqualTo(CommandLine.FAILED);
        assertThat(err.toString()).contains("There is no group named");
    }

    @Test
    void explainsUsage() {
        assertThat(run("--group", "Open consultation")).isEqualTo(CommandLine.USAGE);
    }
}
