package org.securebase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** risk and suggest-tags read JSON Lines on stdin and write one line per input line, without Spring. */
class EngineCommandsTest {

    private final Console console = new Console();

    private int run(String input, String command) {
        return console.run(input, command);
    }

    @Test
    void riskWritesALevelPerLine() {
        int status = run("""
                {"id": "a", "text": "I don't want to live like this anymore."}
                {"id": "b", "text": "Dead tired after the conference."}
                """, "risk");
        assertThat(status).isZero();
        assertThat(console.out().lines())
                .containsExactly("{\"id\":\"a\",\"level\":\"self\"}", "{\"id\":\"b\",\"level\":\"none\"}");
    }

    @Test
    void suggestTagsWritesTagsPerLine() {
        int status = run(
                "{\"id\": \"v1\", \"text\": \"A boy who doesn't need anyone and prefers his own company.\"}\n",
                "suggest-tags");
        assertThat(status).isZero();
        assertThat(console.out().strip()).isEqualTo("{\"id\":\"v1\",\"tags\":[\"avoidant\"]}");
    }

    @Test
    void deidentifyWritesSpansAndTheReplacedText() {
        int status = run("{\"id\": \"v\", \"text\": \"His father, Stuart, lives in Oakland.\"}\n", "deidentify");
        assertThat(status).isZero();
        assertThat(console.out().strip())
                .isEqualTo("{\"id\":\"v\",\"spans\":[{\"start\":12,\"end\":18,"
                        + "\"type\":\"NAME\",\"replacement\":\"[Father]\"},{\"start\":29,\"end\":36,\"type\":\"LOC\","
                        + "\"replacement\":\"[City]\"}],\"text\":\"His father, [Father], lives in [City].\"}");
    }

    @Test
    void aMalformedLineStopsWithItsLineNumber() {
        int status = run("{\"id\": \"ok\", \"text\": \"fine\"}\n{not json\n", "risk");
        assertThat(status).isEqualTo(CommandLine.FAILED);
        assertThat(console.err()).contains("line 2");
    }
}
