package org.securebase.tags;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notation the behaviour cues are written in: {@code {NAME}} is a word class ({@link CueWordClasses}),
 * {@code {wN}} up to N words (a comma may follow a word), {@code {gN}} up to N words of the clause without a new
 * subject (he, she, they, I...), {@code {s}} any stretch within the sentence (semicolons join clauses of one
 * sentence), {@code {NN}} "not just after a negation". A space matches one space.
 */
final class CueTemplates {

    private static final Pattern MACRO = Pattern.compile("\\{([A-Z0-9]+|[wg]\\d+|s)\\}");

    private CueTemplates() {}

    /** The template as a regular expression, with the given word classes (already expanded) filled in. */
    static String expand(String template, Map<String, String> classes) {
        Matcher m = MACRO.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String with;
            if (name.equals("s")) {
                with = "[^.!?]*?";
            } else if (name.equals("NN")) {
                with = "(?<!\\bnot )(?<!\\bnever )(?<!\\bno )(?<!\\bwithout )(?<!\\bhardly )(?<!\\bbarely )";
            } else if (name.startsWith("w")) {
                with = "(?:[\\w'/]+,? ){0," + name.substring(1) + "}";
            } else if (name.startsWith("g")) {
                with = "(?:(?!(?:he|she|they|i|we|you|it)\\b)[\\w'/]+ ){0," + name.substring(1) + "}";
            } else {
                String cls = classes.get(name);
                if (cls == null) {
                    throw new IllegalStateException("no word class " + name);
                }
                with = "(?:" + cls + ")";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(with));
        }
        m.appendTail(out);
        return out.toString();
    }
}
