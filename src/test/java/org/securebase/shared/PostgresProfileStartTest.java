package org.securebase.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the whole app in its own JVM from an empty folder (no ./config there) with the postgres profile, as a
 * deployment running the jar from anywhere would, and checks that it reaches PostgreSQL and creates no H2 files.
 * Runs only when the suite runs against PostgreSQL (-Dsecurebase.test.db=postgres, SECUREBASE_DB_* set).
 */
@EnabledIfSystemProperty(named = "securebase.test.db", matches = "postgres")
class PostgresProfileStartTest {

    @Test
    void thePostgresProfileReachesPostgresWhereverTheAppStarts(@TempDir Path emptyFolder) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process app = new ProcessBuilder(
                        java,
                        "-cp",
                        classpath,
                        "org.securebase.Application",
                        "--spring.profiles.active=postgres",
                        "--server.port=0")
                .directory(emptyFolder.toFile())
                .redirectErrorStream(true)
                .start();
        List<String> output = new ArrayList<>();
        String database = null;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            String line;
            while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
                output.add(line);
                if (line.contains("DatabaseCheck") && line.contains("Connected to ")) {
                    database = line;
                }
                if (line.contains("Started Application") || line.contains("APPLICATION FAILED")) {
                    break;
                }
            }
        } finally {
            app.destroy();
            if (!app.waitFor(20, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
        assertThat(database)
                .as(String.join("\n", output))
                .isNotNull()
                .contains("Connected to PostgreSQL")
                .contains("jdbc:postgresql://");
        assertThat(String.join("\n", output)).contains("Started Application");
        assertThat(Files.exists(emptyFolder.resolve("data"))).isFalse();
    }
}
