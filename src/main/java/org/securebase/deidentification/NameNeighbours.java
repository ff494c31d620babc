package org.securebase.deidentification;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words next to a found name or place that belong to it: an initial before a surname, a quoted nickname before the
 * bracketed real name, a capitalised "The" inside a sentence, and an ordinary word paired with a name by "and".
 */
final class NameNeighbours {

    // NAME written initial first: "R. Hollis", "Pt: J. Okafor"; a letter after a word ("category D. Hollis") is not
    private static final Pattern INITIAL_BEFORE = Pattern.compile("(?<![\\p{L}\\d.])\\p{Lu}\\.\\s?$");
    // NAME: a quoted nickname followed by the real name in brackets ("'daz' (darren)", "“Bubbles” (Priya)")
    private static final Pattern QUOTED_BEFORE =
            Pattern.compile("(?<![\\p{L}])['‘\"“](\\p{L}[\\p{L}'’-]{1,15})" + "['’\"”]\\s*\\(\\s*$");
    // ORG and LOC named with their article: inside a sentence a capital "The" is part of the name ("a cafe, The
    // Green Bowl,", "works at The Daily Grind"), whatever type the run was given, since no person's name takes it
    private static final Pattern THE_BEFORE = Pattern.compile("(?<=[\\p{Ll},;:(\\d] )The $");
    // NAME: a capitalised ordinary word paired with a name inside a sentence ("guinea pigs Salt and Vinegar");
    // a capital on an ordinary word mid-sentence makes it a name even when it also names a substance
    private static final Pattern PAIRED_BEFORE =
            Pattern.compile("(?<=[\\p{Ll},] )(\\p{Lu}\\p{Ll}{2,})\\s+(?:and|&)\\s+$");

    // NAME: an initial makes the capitalised word after it a surname, even an ordinary word that is also a surname
    // ("Pt: V. Mills"); a code's letter ("#2306-44178-B. Custody") is no initial
    private static final Pattern INITIAL_AND_WORD =
            Pattern.compile("(?<![\\p{L}\\d.#/-])\\p{Lu}\\. (\\p{Lu}\\p{Ll}+)\\b");

    private NameNeighbours() {}

    static void extend(String text, List<Candidate> found) {
        List<Candidate> added = new ArrayList<>();
        if (text.indexOf(". ") > 0) {
            Matcher initial = INITIAL_AND_WORD.matcher(text);
            while (initial.find()) {
                Token word = new Token(initial.start(1), initial.end(1), initial.group(1));
                // "Plan B. Sessions are weekly": a sentence after a letter opens with an ordinary or field word
                if (!Vocabulary.isCommon(word.lower())
                        && !Lexicon.get().has(word.lower(), Lexicon.FUNCTION)
                        && !RecallLayer.safeEverywhere(word)
                        && !Lexicon.get().has(word.lower(), Lexicon.VERB_3RD)
                        && (!Lexicon.get().isCommonWord(word.lower())
                                || Gazetteer.get().isSurname(word.lower()))) {
                    added.add(new Candidate(initial.start(), initial.end(), IdentifierType.NAME, "person"));
                }
            }
        }
        for (Candidate c : Deidentifier.merge(found)) {
            String before = text.substring(Math.max(0, c.start() - 25), c.start());
            if (c.type() == IdentifierType.NAME) {
                Matcher initial = INITIAL_BEFORE.matcher(before);
                if (initial.find()) {
                    added.add(new Candidate(
                            c.start() - (before.length() - initial.start()), c.end(), c.type(), c.hint()));
                }
                Matcher quoted = QUOTED_BEFORE.matcher(before);
                if (quoted.find() && text.startsWith(")", c.end())) {
                    int offset = c.start() - before.length();
                    added.add(new Candidate(
                            offset + quoted.start(1), offset + quoted.end(1), IdentifierType.NAME, "person"));
                }
                Matcher paired = PAIRED_BEFORE.matcher(before);
                if (paired.find() && pairable(paired.group(1))) {
                    int offset = c.start() - before.length();
                    added.add(new Candidate(
                            offset + paired.start(1), offset + paired.end(1), IdentifierType.NAME, "person"));
                }
            }
            if ((c.type() == IdentifierType.ORG || c.type() == IdentifierType.LOC || c.type() == IdentifierType.NAME)
                    && THE_BEFORE.matcher(before).find()) {
                added.add(new Candidate(c.start() - 4, c.end(), c.type(), c.hint()));
            }
        }
        found.addAll(added);
    }

    /** An ordinary word that is not a field term, a region, a month or weekday, a title or a closed-class word. */
    private static boolean pairable(String word) {
        Token token = new Token(0, word.length(), word);
        String lower = token.lower();
        return Lexicon.get().isCommonWord(lower)
                && !Vocabulary.isCommon(lower)
                && !Vocabulary.isField(lower)
                && !Vocabulary.isAuthor(word)
                && !Lexicon.get().has(lower, Lexicon.FUNCTION)
                && !DatePatterns.MONTHS.contains(lower)
                && !DatePatterns.WEEKDAYS.contains(lower)
                && !NameRecogniser.TITLES.contains(lower)
                && !Gazetteer.get().isRegion(lower);
    }
}
