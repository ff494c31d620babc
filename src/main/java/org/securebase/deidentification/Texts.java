package org.securebase.deidentification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tokens, sentence starts and the small facts about layout that every recogniser needs. */
final class Texts {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\d'’-]*|\\d+[\\p{L}\\d]*|&");
    static final Set<String> ABBREVIATIONS = Set.of(
            "st", "dr", "mr", "mrs", "ms", "sgt", "jr", "sr", "mt", "ft", "lt", "capt", "prof", "rev", "fr", "col",
            "gen", "cpl", "pvt", "det", "insp", "ds", "hon", "cllr", "br", "mgr", "gov", "sen", "rep", "pres", "supt",
            "maj", "cdr", "revd");

    private Texts() {}

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            int cut = word.length();
            while (cut > 1 && "-'’".indexOf(word.charAt(cut - 1)) >= 0) {
                cut--;
            }
            tokens.add(new Token(m.start(), m.start() + cut, word.substring(0, cut)));
        }
        return tokens;
    }

    static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** At the start of the text, a line, or after . ! ? : ; (quotes, brackets and bullets skipped). */
    static boolean sentenceStart(String text, int position) {
        int i = position - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'“‘(*_#>-–—•".indexOf(text.charAt(i)) >= 0)) {
            if (text.charAt(i) == '\n') {
                return true; // a new line or paragraph starts a sentence, also after a heading without a full stop
            }
            i--;
        }
        if (i >= 1 && text.charAt(i) == '.' && i >= 2 && Character.isLetter(text.charAt(i - 1))) {
            int w = i - 1;
            while (w >= 0 && Character.isLetter(text.charAt(w))) {
                w--;
            }
            // "Dr. Okafor", "St. Agnes"; but "the 21st." ends a sentence
            if (ABBREVIATIONS.contains(text.substring(w + 1, i).toLowerCase(java.util.Locale.ROOT))
                    && !(w >= 0 && Character.isDigit(text.charAt(w)))) {
                return false; // not a new sentence
            }
        }
        return i < 0 || ".!?:;\n".indexOf(text.charAt(i)) >= 0;
    }

    /** Two tokens side by side in one name: one space, or a title's full stop ("Dr. Okafor"). */
    static boolean adjacent(String text, Token a, Token b) {
        String gap = text.substring(a.end(), b.start());
        return gap.equals(" ") || (gap.equals(". ") || gap.equals(".")) && ABBREVIATIONS.contains(a.lower());
    }

    /**
     * A heading or thread title in Title Case ("Help With An Avoidant Teen"): most of its longer words are
     * capitalised, so capitals there say nothing about names.
     */
    static boolean titleCaseLine(String text, int position) {
        int from = text.lastIndexOf('\n', position) + 1;
        int to = text.indexOf('\n', position);
        if ((to < 0 ? text.length() : to) - from > 120) {
            return false;
        }
        String line = text.substring(from, to < 0 ? text.length() : to);
        if (line.matches("(?s).*[.!?;,]\\s+\\S.*") || line.strip().endsWith(".")) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (String w : line.split("[^\\p{L}']+")) {
            if (w.length() > 3) {
                words++;
                capitalised += isCapitalised(w) ? 1 : 0;
            }
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }
}
