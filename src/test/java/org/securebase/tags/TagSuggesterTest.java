package org.securebase.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TagSuggesterTest {

    private static final Set<String> PATTERNS = Set.of("avoidant", "ambivalent", "disorganized");
    private final TagSuggester suggester = new TagSuggester();

    @Test
    void synonymsAndCluesPointAtThePattern() {
        assertThat(suggester.suggestPatterns("A dismissing father who prefers his own company."))
                .containsExactly("avoidant");
        assertThat(suggester.suggestPatterns("She texts him dozens of times and fears he will leave."))
                .containsExactly("ambivalent");
        assertThat(suggester.suggestPatterns("The child freezes, then alternates between clinging and hitting."))
                .containsExactly("disorganized");
    }

    @Test
    void plainClinicalTextSuggestsNoPattern() {
        assertThat(suggester.suggestPatterns("Couple in their fifties, working on communication.")).isEmpty();
    }

    @Test
    void theDevelopmentSetMeetsPrecisionAndRecall() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> rows;
        try (InputStream in = getClass().getResourceAsStream("/data/deid-dev.jsonl")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .map(json::readTree).toList();
        }
        int right = 0, extra = 0, missed = 0;
        for (JsonNode row : rows) {
            Set<String> want = new HashSet<>();
            row.get("tags").forEach(t -> want.add(t.asString()));
            want.retainAll(PATTERNS);
            Set<String> got = new HashSet<>(suggester.suggestPatterns(row.get("text").asString()));
            for (String tag : got) {
                if (want.contains(tag)) right++; else extra++;
            }
            for (String tag : want) {
                if (!got.contains(tag)) missed++;
            }
        }
        assertThat((double) right / (right + extra)).as("precision").isGreaterThanOrEqualTo(0.7);
        assertThat((double) right / (right + missed)).as("recall").isGreaterThanOrEqualTo(0.7);
    }
}
