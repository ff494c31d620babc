package org.securebase.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The packaged corpus behind {@link StanceModel}: what it covers, what it must not hold, how well it generalises. */
class StanceModelTest {

    private static final Path SHARED_DATA = Path.of("..", "shared", "data");
    private static final int FOLDS = 5;

    private final List<StanceModel.Example> corpus = StanceModel.load();

    @Test
    void theCorpusCoversEveryLevelOfTheTaxonomyInManyPhrasings() {
        Map<RiskLevel, Set<String>> kinds = new TreeMap<>();
        for (StanceModel.Example e : corpus) {
            kinds.computeIfAbsent(e.level(), l -> new HashSet<>()).add(e.kind());
        }
        assertThat(kinds.get(RiskLevel.SELF))
                .contains("passive_wish", "active_thoughts", "method_thoughts", "intent", "plan", "means")
                .contains("preparatory", "attempt", "goodbye", "hopelessness", "burdensomeness");
        assertThat(kinds.get(RiskLevel.URGENT))
                .contains("happening_now", "about_to_happen", "unreachable_after_goodbye", "threat_with_target")
                .contains("child_in_danger_now");
        assertThat(kinds.get(RiskLevel.NONE))
                .contains("idiom", "marked_joke", "client_history", "research_training", "media", "grief")
                .contains("recovered_past_self", "negated_risk", "everyday_means_words");
        assertThat(corpus.stream().map(StanceModel.Example::text).distinct().count())
                .isEqualTo(corpus.size());
    }

    /** A model that had read the development sets would make their scores meaningless. */
    @Test
    void theCorpusHoldsNothingFromTheDevelopmentSets() throws IOException {
        Set<String> corpusRuns = new HashSet<>();
        for (StanceModel.Example e : corpus) {
            corpusRuns.addAll(runsOfSixWords(e.text()));
        }
        JsonMapper json = JsonMapper.builder().build();
        for (String file : List.of("risk-dev.jsonl", "risk-dev2.jsonl")) {
            Path path = SHARED_DATA.resolve(file);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                String text = json.readTree(line).get("text").asString();
                assertThat(runsOfSixWords(text)).as(text).doesNotContainAnyElementsOf(corpusRuns);
            }
        }
    }

    /**
     * Five-fold cross-validation through the whole detector: each fold is scored by a model trained on the other
     * four. Prints recall per C-SSRS or imminence class and false alarms per safe class. The corpus is harder than the
     * forum's sets on purpose (subtle statements, near-miss negatives, and pairs that say nearly the same words with
     * and without risk, which a fold splits), so its floors sit below the targets.
     */
    @Test
    void heldOutFoldsOfTheCorpusAreRecognisedPerClass() {
        Map<String, int[]> perKind = new TreeMap<>();
        int[] flagged = new int[RiskLevel.values().length];
        int[] total = new int[RiskLevel.values().length];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<StanceModel.Example> training = new ArrayList<>();
            List<StanceModel.Example> held = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                (i % FOLDS == fold ? held : training).add(corpus.get(i));
            }
            RiskDetector detector = new RiskDetector(new StanceModel(training));
            for (StanceModel.Example e : held) {
                boolean hit = detector.classify(e.text()) != RiskLevel.NONE;
                int[] counts = perKind.computeIfAbsent(e.level().code() + " " + e.kind(), k -> new int[2]);
                counts[1]++;
                total[e.level().ordinal()]++;
                if (hit) {
                    counts[0]++;
                    flagged[e.level().ordinal()]++;
                }
            }
        }
        perKind.forEach((kind, c) -> System.out.printf(
                Locale.ROOT,
                "%-45s %s %.2f (%d/%d)%n",
                kind,
                kind.startsWith("none") ? "flagged" : "recall",
                (double) c[0] / c[1],
                c[0],
                c[1]));
        double self = rate(flagged, total, RiskLevel.SELF);
        double urgent = rate(flagged, total, RiskLevel.URGENT);
        double alarms = rate(flagged, total, RiskLevel.NONE);
        System.out.printf(
                Locale.ROOT, "cross-validated: self %.3f, urgent %.3f, false alarms %.3f%n", self, urgent, alarms);
        assertThat(self).isGreaterThanOrEqualTo(0.72);
        assertThat(urgent).isGreaterThanOrEqualTo(0.85);
        assertThat(alarms).isLessThanOrEqualTo(0.25);
    }

    private static double rate(int[] flagged, int[] total, RiskLevel level) {
        return (double) flagged[level.ordinal()] / total[level.ordinal()];
    }

    private static Set<String> runsOfSixWords(String text) {
        String[] words = text.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9 ]", " ")
                .trim()
                .split("\\s+");
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + 6 <= words.length; i++) {
            runs.add(String.join(" ", List.of(words).subList(i, i + 6)));
        }
        return runs;
    }
}
