package org.securebase.risk;

import java.util.regex.Pattern;

/**
 * Whether a clause speaks for the writer rather than for someone else: the test a cue or a field word must pass
 * before it counts as the writer's own risk.
 */
final class WritersVoice {

    private static final Pattern FIRST_PERSON =
            Pattern.compile("\\b(?:i|i'm|i've|i'd|i'll|me|my|myself|mine|we|us|" + "our)\\b");
    /** A diary-style sentence that starts with the writer's verb and drops the "I": "Sorted the insurance...". */
    private static final Pattern ELLIPTICAL = Pattern.compile("^(?:just |finally |already |then |also |so "
            + ")?(?:[a-z]+ed|been|gave|wrote|"
            + "bought|put|took|sold|got|left|told|said|made|sent|found|kept|spent|did|had|went|drove|hid|stood|"
            + "started|finished|rang|rung|ran|saw|met|hugged|paid|cancelled|deleted|sorted|wrote)\\b");

    private static final Pattern FIRST_SUBJECT = Pattern.compile("\\b(?:i|i'm|i've|i'd|i'll|we|we're)\\b");
    private static final Pattern OTHER_PERSON = Pattern.compile("\\b" + LanguageClasses.THIRD + "\\b(?<!\\b(?:"
            + "everyone|everybody|nobody|no one|someone|somebody|people))");
    /** Farewells and burdensomeness speak to or about others: "you", "they", "everyone" don't take the voice. */
    private static final Pattern NAMED_OTHER = Pattern.compile("\\b" + LanguageClasses.THIRD + "\\b(?<!\\b(?:"
            + "everyone|everybody|nobody|no one|someone|somebody|people|you|they|them|their))");

    private static final Pattern MY_OTHER = Pattern.compile("\\b(?:my|our) (?:[a-z'-]+ )?(" + LanguageClasses.THIRD
            + "|cat|dog|dad's|mum's|client's|neighbour|neighbor|supervisor|boss|family|gran|nan|grandma)\\b");

    private WritersVoice() {}

    /** The clause speaks for the writer, "my client" and "my dad" being other people rather than the writer. */
    static boolean speaksForWriter(String clause, String sentence) {
        return speaksForWriter(clause, sentence, OTHER_PERSON);
    }

    /** As {@link #speaksForWriter(String, String)}, for words said to or about others: farewells, burdensomeness. */
    static boolean speaksForWriterAddressingOthers(String clause, String sentence) {
        return speaksForWriter(clause, sentence, NAMED_OTHER);
    }

    private static boolean speaksForWriter(String clause, String sentence, Pattern others) {
        return writersVoice(
                MY_OTHER.matcher(clause).replaceAll("the $1"),
                MY_OTHER.matcher(sentence).replaceAll("the $1"),
                others);
    }

    /**
     * The clause speaks for the writer: it has a first person, or the sentence starts with the writer's verb and
     * drops the "I", or the clause names nobody else while the sentence has the writer as a subject or names nobody
     * else either ("Nothing matters anymore.").
     */
    private static boolean writersVoice(String clause, String sentence, Pattern others) {
        if (FIRST_PERSON.matcher(clause).find() || ELLIPTICAL.matcher(sentence).find()) {
            return true;
        }
        if (others.matcher(clause).find()) {
            return false;
        }
        return FIRST_SUBJECT.matcher(sentence).find()
                || !others.matcher(sentence).find();
    }
}
