package org.securebase.deidentification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        Map<IdentifierType, int[]> byType = new EnumMap<>(IdentifierType.class);
        int total = 0;
        int caught = 0;
        long covered = 0;
        long hit = 0;
        for (JsonNode row : rows) {
            String text = row.get("text").asString();
            Set<Integer> predicted = new HashSet<>();
            for (Detection d : engine.detect(text)) {
                predicted.addAll(alnum(text, d.start(), d.end()));
            }
            Set<Integer> truth = new HashSet<>();
            for (JsonNode phi : row.get("phi")) {
                Set<Integer> need =
                        alnum(text, phi.get("start").asInt(), phi.get("end").asInt());
                truth.addAll(need);
                int[] counts = byType.computeIfAbsent(
                        IdentifierType.valueOf(phi.get("type").asString()), t -> new int[2]);
                counts[1]++;
                total++;
                if (predicted.containsAll(need)) {
                    caught++;
                    counts[0]++;
                } else {
                    System.out.println(name + " leaked " + phi.get("type").asString() + " "
                            + phi.get("text").asString());
                }
            }
            covered += predicted.size();
            predicted.retainAll(truth);
            hit += predicted.size();
        }
        double recall = (double) caught / total;
        double precision = (double) hit / covered;
        StringBuilder table = new StringBuilder(
                String.format("%n%s: recall %.4f (%d/%d), precision %.4f%n", name, recall, caught, total, precision));
        byType.forEach((type, c) ->
                table.append(String.format("  %-7s %3d/%3d %.3f%n", type, c[0], c[1], (double) c[0] / c[1])));
        System.out.println(table);
        assertThat(recall).as("recall on " + name).isGreaterThanOrEqualTo(0.99);
        assertThat(precision).as("precision on " + name).isGreaterThanOrEqualTo(0.85);
    }

    private static Set<Integer> alnum(String text, int start, int end) {
        Set<Integer> positions = new HashSet<>();
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                positions.add(i);
            }
        }
        return positions;
    }
}
