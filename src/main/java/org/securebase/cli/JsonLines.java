package org.securebase.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads {"id","text"} lines and writes one answer line per input line, for the engine subcommands. */
final class JsonLines {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonLines() {}

    /** Returns the exit status; a malformed line stops with its line number on standard error. */
    static int map(InputStream in, OutputStream out, Function<String, Map<String, Object>> answer) {
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row;
                try {
                    row = JSON.readTree(line);
                } catch (JacksonException e) {
                    System.err.println("line " + number + ": not JSON: " + e.getOriginalMessage());
                    return CommandLine.FAILED;
                }
                if (!row.hasNonNull("id") || !row.hasNonNull("text")) {
                    System.err.println("line " + number + ": needs \"id\" and \"text\"");
                    return CommandLine.FAILED;
                }
                Map<String, Object> result = new java.util.LinkedHashMap<>();
                result.put("id", row.get("id").asString());
                result.putAll(answer.apply(row.get("text").asString()));
                writer.println(JSON.writeValueAsString(result));
            }
            writer.flush();
            return CommandLine.OK;
        } catch (IOException e) {
            System.err.println("Could not read the input: " + e.getMessage());
            return CommandLine.FAILED;
        }
    }
}
