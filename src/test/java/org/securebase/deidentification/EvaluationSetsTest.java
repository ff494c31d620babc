package org.securebase.deidentification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vignette sets written for evaluation by other hands in the development sets' style, with the sources they were
 * built from ({@code eval-*.src.txt}, {@code build_eval.py}). Sets a to h and j were first scored unread, then read
 * for their leaks, and each named classes of identifier syntax the engine then learnt (first, unread scores: a 0.93,
 * b 0.94, c 0.91, d 0.90, e 0.98, f 0.94, g 0.92, h 0.88, j 0.79, k 0.88, l 0.96, m 0.70, n 0.975); sets i and o have
 * only been scored (o, with the engine at the end of the fifth round: 0.964)
 * (0.98). The README keeps the history. Each asserts what it scores today,
 * so a change that loses recall fails here; the target is 0.99 on every set. The output lists the recall per
 * identifier type.
 */
class EvaluationSetsTest {

    private final Deidentifier engine = new Deidentifier();

    @ParameterizedTest
    @CsvSource({
        "eval-a.jsonl, 0.99, 0.90",
        "eval-b.jsonl, 0.99, 0.88",
        "eval-c.jsonl, 0.97, 0.88",
        "eval-d.jsonl, 0.97, 0.84",
        "eval-e.jsonl, 0.99, 0.88",
        "eval-f.jsonl, 0.99, 0.88",
        "eval-g.jsonl, 0.97, 0.87",
        "eval-h.jsonl, 0.96, 0.86",
        "eval-i.jsonl, 0.99, 0.90",
        "eval-j.jsonl, 0.89, 0.85",
        "eval-k.jsonl, 0.97, 0.85",
        "eval-l.jsonl, 0.99, 0.82",
        "eval-m.jsonl, 0.90, 0.83",
        "eval-n.jsonl, 0.98, 0.80",
        "eval-o.jsonl, 0.96, 0.89"
    })
    void holdsItsScores(String name, double minRecall, double minPrecision) throws IOException {
        List<JsonNode> rows = rows(name);
        SetScore score = SetScore.of(name, rows, engine);
        assertThat(score.recall()).as("recall on " + name).isGreaterThanOrEqualTo(minRecall);
        assertThat(score.precision()).as("precision on " + name).isGreaterThanOrEqualTo(minPrecision);
    }

    private List<JsonNode> rows(String name) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        try (InputStream in = getClass().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .map(json::readTree)
                    .toList();
        }
    }
}
