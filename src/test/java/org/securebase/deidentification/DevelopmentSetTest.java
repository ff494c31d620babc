package org.securebase.deidentification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Both labelled development sets through the engine, scored as the project's scorer scores them: an identifier is
 * caught when every letter and digit of it lies inside a detection; precision counts letters and digits. The sets
 * live in the shared folder beside the repository; the test is skipped where it is missing.
 */
class DevelopmentSetTest {

    private final Deidentifier engine = new Deidentifier();

    @ParameterizedTest
    @ValueSource(strings = {"deid-dev.jsonl", "deid-dev2.jsonl"})
    void meetsRecallAndPrecisionTargets(String name) throws IOException {
        Path file = Stream.of(
                        Path.of("..", "shared", "data", name),
                        Path.of("..", "..", "shared", "data", name),
                        Path.of("/work/shared/data", name))
                .filter(Files::isRegularFile)
                .findFirst()
                .orElse(null);
        assumeTrue(file != null, "shared/data/" + name + " is not beside the repository");
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> rows = Files.readAllLines(file).stream()
                .filter(l -> !l.isBlank())
                .map(json::readTree)
                .toList();
        SetScore score = SetScore.of(name, rows, engine);
        assertThat(score.recall()).as("recall on " + name).isGreaterThanOrEqualTo(0.99);
        assertThat(score.precision()).as("precision on " + name).isGreaterThanOrEqualTo(0.85);
    }
}
