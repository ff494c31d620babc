package org.securebase.risk;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One language class of a category: a pattern over a sentence, with what else must hold. {@code anchors}: sets of
 * word beginnings of which the sentence must have one each before the pattern is tried at all, so most sentences cost
 * a few set look-ups instead of a regex scan. {@code writerVoice}: the clause speaks for the writer (first person, or
 * nobody else named). {@code thirdParty}: the text names someone other than the writer. {@code now}: the text carries
 * a marker of immediacy. {@code alsoInText}: another pattern the text must contain (a farewell before "isn't
 * answering").
 */
record Cue(
        RiskCategory category,
        List<Set<String>> anchors,
        Pattern pattern,
        boolean writerVoice,
        boolean thirdParty,
        boolean now,
        Pattern alsoInText) {

    /** Cues start at the start of a word (or the sentence): the engine then skips most positions at once. */
    private static Pattern compile(String regex) {
        return Pattern.compile("(?:^|\\b)(?:" + regex + ")");
    }

    /** "want wish | die dead": one word starting with want or wish, and one starting with die or dead. */
    private static List<Set<String>> anchors(String sets) {
        return Arrays.stream(sets.split("\\|"))
                .map(s -> Set.copyOf(Arrays.asList(s.strip().split("\\s+"))))
                .toList();
    }

    static Cue self(RiskCategory category, String anchors, String regex) {
        return new Cue(category, anchors(anchors), compile(regex), false, false, false, null);
    }

    static Cue selfWith(RiskCategory category, String anchors, String regex, String alsoInText) {
        return new Cue(category, anchors(anchors), compile(regex), false, false, false, Pattern.compile(alsoInText));
    }

    static Cue voiced(RiskCategory category, String anchors, String regex) {
        return new Cue(category, anchors(anchors), compile(regex), true, false, false, null);
    }

    static Cue urgent(RiskCategory category, String anchors, String regex, boolean now) {
        return new Cue(category, anchors(anchors), compile(regex), false, true, now, null);
    }

    static Cue urgentWith(RiskCategory category, String anchors, String regex, String alsoInText) {
        return new Cue(category, anchors(anchors), compile(regex), false, true, false, Pattern.compile(alsoInText));
    }
}
