package org.securebase.cli;

import java.util.Map;
import org.securebase.risk.RiskDetector;

/** {@code risk < in.jsonl > out.jsonl}: one {"id","level"} line per {"id","text"} line. */
class RiskCommand implements CommandLine.Subcommand {

    @Override
    public String arguments() {
        return "< in.jsonl > out.jsonl";
    }

    @Override
    public String summary() {
        return "classify risk language: {\"id\",\"text\"} lines in, {\"id\",\"level\"} lines out";
    }

    @Override
    public int run(String[] args) {
        RiskDetector detector = new RiskDetector();
        return JsonLines.map(
                System.in,
                System.out,
                text -> Map.of("level", detector.classify(text).code()));
    }
}
