package org.securebase.risk;

import java.util.regex.Pattern;

/**
 * One language class of a category: a pattern over a sentence, with what else must hold. {@code writerVoice}: the
 * clause speaks for the writer (first person, or nobody else named). {@code thirdParty}: the text names someone other
 * than the writer. {@code now}: the text carries a marker of immediacy. {@code alsoInText}: another pattern the text
 * must contain (a farewell before "isn't answering").
 */
record Cue(RiskCategory category, Pattern pattern, boolean writerVoice, boolean thirdParty, boolean now,
        Pattern alsoInText) {

    static Cue self(RiskCategory category, String regex) {
        return new Cue(category, Pattern.compile(regex), false, false, false, null);
    }

    static Cue voiced(RiskCategory category, String regex) {
        return new Cue(category, Pattern.compile(regex), true, false, false, null);
    }

    static Cue urgent(RiskCategory category, String regex, boolean now) {
        return new Cue(category, Pattern.compile(regex), false, true, now, null);
    }

    static Cue urgentWith(RiskCategory category, String regex, String alsoInText) {
        return new Cue(category, Pattern.compile(regex), false, true, false, Pattern.compile(alsoInText));
    }
}
