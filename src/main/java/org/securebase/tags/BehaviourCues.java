package org.securebase.tags;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The behaviour indicators of the three insecure attachment patterns, as language classes. Each indicator is a
 * behaviour the attachment literature codes (Ainsworth's Strange Situation, Main and Solomon's disorganisation
 * indices, Bartholomew's adult styles, the Adult Attachment Interview's states of mind), written as a verb class
 * against an object or target class over text that {@link BehaviourText} has normalised (lower case, US spelling,
 * "does not" for "doesn't", typos in key words mended). Plain Java.
 *
 * <p>The indicators are tabled per pattern ({@link AvoidantCues}, {@link AmbivalentCues}, {@link DisorganizedCues})
 * in the notation of {@link CueTemplates}, over the word classes of {@link CueWordClasses}.
 */
final class BehaviourCues {

    static final String AVOIDANT = "avoidant";
    static final String AMBIVALENT = "ambivalent";
    static final String DISORGANIZED = "disorganized";

    /** Disorganized indicators that are sequences of approach and avoidance (their parts are not organised cues). */
    static final Set<String> SEQUENCES = Set.of("approach then flight", "contradictory behaviour");

    /** Weak: one of two needed. Strong: enough by itself. */
    static final int WEAK = 1;
    static final int STRONG = 2;

    /**
     * One indicator. {@code affirmative} ones do not count when a negation stands just before them in their clause
     * ("no dissociation", "not clingy"); the others carry their negation inside the pattern ("never asks for help").
     */
    record Indicator(String slug, String name, int weight, Pattern pattern, boolean affirmative) {
    }

    /**
     * In evaluation order, which settles ties: of two overlapping cues as strong and as long, the earlier counts, and
     * patterns with equal scores are suggested in this order.
     */
    private static final List<CueTable> TABLES =
            List.of(new AvoidantCues(), new AmbivalentCues(), new DisorganizedCues());

    private static final List<Indicator> INDICATORS = TABLES.stream()
            .flatMap(table -> table.indicators().stream())
            .toList();

    /** Every template as written, word classes first, for the key words. */
    private static final List<String> SOURCES = Stream.concat(
            CueWordClasses.sources().stream(),
            TABLES.stream().flatMap(table -> table.templates().stream())).toList();

    /** Negation before a cue, within its clause. */
    static final Pattern NEGATION = Pattern.compile("\\b(?:not|never|no|without|nor|neither|hardly|barely|rarely|"
            + "seldom|denies|denied|nil|nobody|none|absence of|free of|lack of|instead of|ruled out)\\b");

    /** Sentences showing organised, secure behaviour; the insecure cues in such a sentence do not count. */
    static final Pattern SECURE = CueWordClasses.compile(
            "(?:easily|quickly|soon|readily|promptly) (?:settled|soothed|comforted|calmed|reassured|consoled)"
                    + "|(?:settles|settled|calms|calmed|soothed|comforted) (?:quickly|easily|soon|fast|well"
                    + "|down quickly|right"
                    + " away|straight away)|is comforted|(?:greets?|greeted) \\w+ (?:warmly|happily|with a smile)"
                    + "|(?:glad|happy|pleased) to see|(?:asks?|asked) for help when|(?:turns?|turned|goes|went|runs?"
                    + "|ran|comes?|came|reaches?|reached) (?:to|for) (?:his |her |their |the )?(?:{CARER}|her|him"
                    + "|them|me|us|friends|family|partner|husband|wife|sister|brother|teacher|\\w+'s) {w2}(?:when"
                    + "|if|whenever) {w4}(?:startl\\w*|frightened|scared|afraid|upset|hurt"
                    + "|frustrated|scared|sad|worried|distressed|stuck|hard|tough|difficult|struggl\\w*)"
                    + "|(?:leans?|leaning|leaned|relies?|relied|relying) on (?:her|his|their|them|friends|family|\\w+"
                    + " and)|accepts? (?:comfort|support|help|reassurance)|talked (?:it|things) through with"
                    + "|warmth and balance|(?:balanced|coherent) (?:account|narrative|picture)|(?:good|solid"
                    + "|strong|close|warm|supportive|healthy|lovely) (?:relationships?|friendships?|support|marriage"
                    + "|bond|family|network|friend circle)|trusts? that|without distress|lets? (?:herself|himself"
                    + "|themselves) cry|says what (?:she|he|they) needs?|securely attached|secure (?:attachment|bond)"
                    // a protest reported as over: "cried at drop-off for the first week"
                    + "|(?:for|in|during) the first (?:few )?(?:days?|weeks?|month)|settled (?:in )?(?:well|quickly)"
                    + "|(?:runs?|ran|comes?|came|goes|went) (?:to|up to) (?:her|him|them|{CARER}) {w3}with a (?:big )?"
                    + "(?:hug|smile|cuddle)");

    private BehaviourCues() {
    }

    static List<Indicator> indicators() {
        return INDICATORS;
    }

    private static final Pattern LITERAL = Pattern.compile("(?<![\\\\a-z])([a-z]{4,})(\\\\w|\\[|\\(\\?:)?");

    /** Whole key words of the cues: a typo one edit from one of these is mended to it. */
    static Set<String> keyWords() {
        return words(false);
    }

    /** Key word beginnings ("reassur" of reassur\w*): a typo in them is mended too. */
    static Set<String> keyStems() {
        return words(true);
    }

    private static Set<String> words(boolean stems) {
        Set<String> out = new HashSet<>();
        for (String source : SOURCES) {
            Matcher m = LITERAL.matcher(source.replaceAll("\\{[A-Za-z0-9]+\\}", " "));
            while (m.find()) {
                boolean stem = m.group(2) != null;
                if (stem == stems) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }
}
