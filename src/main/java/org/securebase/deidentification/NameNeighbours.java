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

    // NAME: a lone initial standing for a person, told by what follows it (an age, a verb) or a label before it:
    // "Client: M., 45", "when F. was six"; "Plan B. Sessions" has neither
    private static final Pattern LONE_INITIAL = Pattern.compile("(?<![\\p{L}\\d.#/-])\\p{Lu}\\.(?=,\\s*\\d{1,3}\\b|"
            + "\\s+(?:was|is|has|had|says|said|told|tells|came|comes|left|went|gets|got|feels|felt|wants|wanted|lives|"
            + "lived|cries|cried|texts|texted|and|who|turned|turns|presents|presented|reports|reported)\\b)"
            + "|(?<=(?i:client|pt|patient|child|mother|father|boy|girl|name|initials):\\s{1,2})\\p{Lu}\\.");

    // the particles inside names: "Isabelo de los Reyes Elementary", "Ludwig van Beethoven", "Abdullah bin Omar",
    // and the "and" of a firm in its own language ("Kancelaria Nowak i Wspólnicy")
    private static final Pattern PARTICLES = Pattern.compile("\\s+(?:(?:de|del|della|di|da|do|dos|das|du|van|von|der|"
            + "den|ter|le|la|los|las|bin|binti|ibn|al|el|ap|y|e|i|und|et|en|og|och)\\s+){1,2}");
    // NAME: a lower-case noun joined by "and" to a lower-case name, then set off or the subject of a verb:
    // "brianna and colt (yes like the gun)", "jess and brook are twins"
    private static final Pattern AND_LOWER = Pattern.compile(
            "\\s+and\\s+([a-z]{3,})(?=\\s*[(,]|\\s+(?:are|were|have|had|" + "both|live|came|met|got|split)\\b)");

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
        Matcher lone = LONE_INITIAL.matcher(text);
        while (lone.find()) {
            added.add(new Candidate(lone.start(), lone.end(), IdentifierType.NAME, "person"));
        }
        List<Candidate> merged = Deidentifier.merge(found);
        for (int i = 0; i + 1 < merged.size(); i++) {
            Candidate a = merged.get(i);
            Candidate b = merged.get(i + 1);
            if (a.type() != IdentifierType.DATE
                    && b.type() != IdentifierType.DATE
                    && PARTICLES.matcher(text.substring(a.end(), b.start())).matches()) {
                added.add(new Candidate(a.start(), b.end(), b.type(), b.hint()));
            }
        }
        for (Candidate c : merged) {
            if (c.type() == IdentifierType.NAME && Character.isLowerCase(text.charAt(c.start()))) {
                Matcher and = AND_LOWER.matcher(text).region(c.end(), text.length());
                String word = and.lookingAt() ? and.group(1) : null;
                if (word != null
                        && Lexicon.get().has(word, Lexicon.NOUN)
                        && !Lexicon.get().has(word, Lexicon.FUNCTION)
                        && !NameRecogniser.isRoleWord(word)
                        && !Vocabulary.PERSON_NOUNS.contains(word)) {
                    added.add(new Candidate(and.start(1), and.end(1), IdentifierType.NAME, "person"));
                }
            }
        }
        for (Candidate c : merged) {
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
