package org.securebase.deidentification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words kept inside a NAME span that are labels, not the name: a form label before it ("Name Wei Jie"), a
 * possessive determiner opening a sentence ("My AHPRA"); an ordinary capitalised word that labels the number after
 * it ("Primary 1", "Ward 3A", "Year 9": the code, if anything, is the identifier); and a named occasion ("Gotcha
 * Day", "Sorry Day"), which is a day of the calendar, not a person.
 */
final class SpanLabels {

    private static final Set<String> FORM_LABELS =
            Set.of("name", "client", "patient", "pt", "resident", "child", "student", "re", "my");
    private static final Pattern NUMBER_AFTER = Pattern.compile("^ \\d{1,3}[A-Za-z]?\\b(?! \\p{Lu})");
    private static final Pattern OCCASION = Pattern.compile("\\p{Lu}[\\p{L}'’]+ (?:Day|Night|Eve)");

    private SpanLabels() {}

    static void trim(String text, List<Candidate> found) {
        List<Candidate> trimmed = new ArrayList<>();
        found.removeIf(c -> {
            if (c.type() != IdentifierType.NAME) {
                return false;
            }
            String span = text.substring(c.start(), c.end());
            int space = span.indexOf(' ');
            if (space > 0
                    && FORM_LABELS.contains(Deidentifier.lower(span.substring(0, space)))
                    && Character.isUpperCase(span.charAt(space + 1))) {
                trimmed.add(new Candidate(c.start() + space + 1, c.end(), c.type(), c.hint()));
                return true;
            }
            if (space < 0 && labelsNumber(text, c, span)) {
                return true;
            }
            return OCCASION.matcher(span).matches()
                    && !Gazetteer.get().isFirstName(Deidentifier.lower(span.substring(0, span.indexOf(' '))));
        });
        found.addAll(trimmed);
    }

    /**
     * "till Primary 1", "St Fintan's, Ward 3A": an ordinary word, capitalised mid-sentence, before a number; with a
     * capitalised word after the number it is a name's first word ("Royal 22e Régiment").
     */
    private static boolean labelsNumber(String text, Candidate c, String word) {
        String lower = Deidentifier.lower(word);
        return Character.isUpperCase(word.charAt(0))
                && (Lexicon.get().isCommonWord(lower) || Vocabulary.isCommon(lower))
                && NUMBER_AFTER
                        .matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 9)))
                        .lookingAt();
    }
}
