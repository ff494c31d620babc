package org.securebase.cli;

import java.util.Map;
import org.securebase.tags.TagSuggester;

/** {@code suggest-tags < in.jsonl > out.jsonl}: one {"id","tags"} line per {"id","text"} line. */
class SuggestTagsCommand implements CommandLine.Subcommand {

    @Override
    public String arguments() {
        return "< in.jsonl > out.jsonl";
    }

    @Override
    public String summary() {
        return "suggest attachment-pattern tags: {\"id\",\"text\"} lines in, {\"id\",\"tags\"} lines out";
    }

    @Override
    public int run(String[] args) {
        TagSuggester suggester = new TagSuggester();
        return JsonLines.map(System.in, System.out, text -> Map.of("tags", suggester.suggestPatterns(text)));
    }
}
