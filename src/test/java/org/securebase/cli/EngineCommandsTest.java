package org.securebase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** risk and suggest-tags read JSON Lines on stdin and write one line per input line, without Spring. */
class EngineCommandsTest {

    private final InputStream stdin = System.in;
    private final PrintStream stdout = System.out;
    private final PrintStream stderr = System.err;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void restore() {
        System.setIn(stdin);
        System.setOut(stdout);
        System.setErr(stderr);
    }

    private int run(String input, String command) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        return CommandLine.run(new String[] {command});
    }

    @Test
    void riskWritesALevelPerLine() {
        int status = run("""
                {"id": "a", "text": "I don't want to live like this anymore."}
                {"id": "b", "text": "Dead tired after the conference."}
                """, "risk");
        assertThat(status).isZero();
        assertThat(out.toString().lines()).containsExactly("{\"id\":\"a\",\"level\":\"self\"}",
                "{\"id\":\"b\",\"level\":\"none\"}");
    }

    @Test
    void suggestTagsWritesTagsPerLine() {
        int status = run("{\"id\": \"v1\", \"text\": \"A boy who doesn't need anyone and prefers his own company.\"}\n",
                "suggest-tags");
        assertThat(status).isZero();
        assertThat(out.toString().strip()).isEqualTo("{\"id\":\"v1\",\"tags\":[\"avoidant\"]}");
    }

    @Test
    void deidentifyWritesSpansAndTheReplacedText() {
        int status = run("{\"id\": \"v\", \"text\": \"His father, Stuart, lives in Oakland.\"}\n", "deidentify");
        assertThat(status).isZero();
        assertThat(out.toString().strip()).isEqualTo("{\"id\":\"v\",\"spans\":[{\"start\":12,\"end\":18,"
                + "\"type\":\"NAME\"},{\"start\":29,\"end\":36,\"type\":\"LOC\"}],"
                + "\"text\":\"His father, [Father], lives in [City].\"}");
    }

    @Test
    void aMalformedLineStopsWithItsLineNumber() {
        int status = run("{\"id\": \"ok\", \"text\": \"fine\"}\n{not json\n", "risk");
        assertThat(status).isEqualTo(CommandLine.FAILED);
        assertThat(err.toString()).contains("line 2");
    }
}
