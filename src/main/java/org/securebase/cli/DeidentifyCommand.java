package org.securebase.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securebase.deidentification.Deidentifier;

/**
 * {@code deidentify < in.jsonl > out.jsonl}: one {"id","spans","text"} line per {"id","text"} line; each span is
 * {"start","end","type","replacement"}, and each line is its own document with its own placeholder map.
 */
class DeidentifyCommand implements CommandLine.Subcommand {

    @Override
    public String arguments() {
        return "< in.jsonl > out.jsonl";
    }

    @Override
    public String summary() {
        return "find identifiers: {\"id\",\"text\"} lines in, {\"id\",\"spans\",\"text\"} lines out"
                + " (spans: start, end, type, replacement)";
    }

    @Override
    public int run(String[] args) {
        Deidentifier engine = new Deidentifier();
        return JsonLines.map(System.in, System.out, text -> {
            Deidentifier.Result result = engine.deidentify(text);
            List<Map<String, Object>> spans = result.detections().stream()
                    .map(d -> {
                        Map<String, Object> span = new LinkedHashMap<>();
                        span.put("start", d.start());
                        span.put("end", d.end());
                        span.put("type", d.type().name());
                        span.put("replacement", d.replacement());
                        return span;
                    })
                    .toList();
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("spans", spans);
            answer.put("text", result.text());
            return answer;
        });
    }
}
