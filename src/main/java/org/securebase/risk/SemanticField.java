package org.securebase.risk;

import static org.securebase.risk.LanguageClasses.any;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recall-first layer for the writer's own risk. The cue rules ({@link SelfHarmCues}) name a category when they
 * recognise a phrasing; this layer does not wait for a phrasing. A sentence in the writer's own voice that touches the
 * semantic field of their own death is flagged unless it is positively known to be safe ({@link SafeFraming}).
 *
 * <p>The field has two tiers. <b>Field</b> classes carry it by themselves once they are the writer's: death and dying
 * (by lemma), self-killing, cessation (not existing, disappearing, not waking), one's own funeral, no future, being a
 * burden, joining the dead. <b>Field-adjacent</b> classes (means, places, preparations, farewells) have everyday
 * senses, so they count when a second class or a <b>qualifier</b> stands with them in the sentence or the next one:
 * acquiring or researching means, being drawn to a place, finality ("for good", "won't need them after"), secrecy
 * ("nobody knows", "she thinks it's for the garden").
 */
final class SemanticField {

    private SemanticField() {
    }

    /** A class of the field, with the C-SSRS or theory category it reports as. */
    enum Field {
        DEATH(true, RiskCategory.PASSIVE_WISH),
        SELF_KILLING(true, RiskCategory.ACTIVE_THOUGHTS),
        CESSATION(true, RiskCategory.PASSIVE_WISH),
        OWN_DEATH_RITES(true, RiskCategory.PASSIVE_WISH),
        NO_FUTURE(true, RiskCategory.HOPELESSNESS),
        BURDEN(true, RiskCategory.BURDENSOMENESS),
        REUNION(true, RiskCategory.PASSIVE_WISH),
        PLAN(true, RiskCategory.PLAN),
        LAST_GOODBYE(true, RiskCategory.GOODBYE),
        TURNED_ON_SELF(true, RiskCategory.ACTIVE_THOUGHTS),
        BEQUEST(true, RiskCategory.PREPARATORY),
        MEANS(false, RiskCategory.PLAN),
        PLACE(false, RiskCategory.METHOD),
        PREPARATION(false, RiskCategory.PREPARATORY),
        FAREWELL(false, RiskCategory.GOODBYE),
        HOPELESS(false, RiskCategory.HOPELESSNESS),
        ACQUIRE(false, RiskCategory.PLAN),
        DRAWN(false, RiskCategory.METHOD),
        FINALITY(false, RiskCategory.GOODBYE),
        SECRECY(false, RiskCategory.PREPARATORY);

        final boolean carries;
        final RiskCategory category;

        Field(boolean carries, RiskCategory category) {
            this.carries = carries;
            this.category = category;
        }

        boolean qualifier() {
            return this == ACQUIRE || this == DRAWN || this == FINALITY || this == SECRECY;
        }
    }

    private static final Map<String, Field> LEMMA = new HashMap<>();

    static {
        put(LanguageClasses.FIELD_DEATH, Field.DEATH);
        put(LanguageClasses.FIELD_MEANS, Field.MEANS);
        put(LanguageClasses.FIELD_PLACE, Field.PLACE);
        put(LanguageClasses.FIELD_PREPARATION, Field.PREPARATION);
        put(LanguageClasses.FIELD_FAREWELL, Field.FAREWELL);
        put(LanguageClasses.FIELD_ACQUIRE, Field.ACQUIRE);
    }

    private static void put(String lemmas, Field field) {
        for (String l : lemmas.split(" ")) {
            LEMMA.put(l, field);
        }
    }

    /** Bereavement in the text: a joining of the dead reads as the writer's death only with one. */
    private static final Pattern BEREAVEMENT = Pattern.compile("\\b" + any("died", "death", "passed", "lost (?:my|her|"
            + "him)", "grave", "heaven", "wherever (?:she|he|they) (?:is|are)", "other side", "miss (?:her|him|them)",
            "anniversary") + "\\b");

    /** People other than the writer: a death word they own is their death, not the writer's. */
    private static final Set<String> OTHERS = new HashSet<>(Arrays.asList(("she he they them him her his their hers "
            + "you your anyone anybody client clients patient patients people person someone somebody nobody everyone everybody son "
            + "daughter kid kids child children teen teens teenager boy girl man woman men women mum mom dad mother "
            + "father brother sister husband wife partner friend friends colleague colleagues student students "
            + "trainee trainees character protagonist widow toddler baby cat dog pet grandmother grandfather gran "
            + "grandma grandad grandpa nan uncle aunt cousin neighbour neighbor supervisor boss family parents parent "
            + "sibling siblings ex girlfriend boyfriend fiance one plant phone laptop battery car brother's sister's "
            + "author writer singer actor celebrity veteran veterans farmers doctors nurses physicians").split(" ")));

    private static final Set<String> FIRST = Set.of("i", "i'm", "i'd", "i'll", "i've", "me", "my", "myself", "mine");

    private static final Pattern TOKEN = Pattern.compile("[a-z0-9][a-z0-9'-]*");
    private static final Pattern OF_OTHER = Pattern.compile("^\\s+(?:of|for) (?:my |a |an |the |her |his |their |our "
            + ")?(?:[a-z'-]+ )?(?:" + String.join("|", OTHERS) + ")\\b");

    /** A hit of one class in one sentence: where it is, and whether the writer owns it. */
    record Hit(Field field, int sentence, int start, int end) {
    }

    /** Every field hit in a sentence, lexical (by lemma) and phrasal. */
    static List<Hit> hits(String sentence, int index) {
        List<Hit> out = new ArrayList<>();
        Matcher t = TOKEN.matcher(sentence);
        while (t.find()) {
            String word = t.group();
            String bare = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
            Field f = null;
            for (String lemma : Lemmas.of(bare)) {
                f = LEMMA.get(lemma);
                if (f != null) {
                    break;
                }
            }
            if (f == null && bare.equals("tracks")) {
                f = Field.PLACE;
            }
            if (f != null) {
                out.add(new Hit(f, index, t.start(), t.end()));
            }
        }
        for (Map.Entry<Field, Pattern> e : FieldPhrases.BY_FIELD.entrySet()) {
            Matcher m = e.getValue().matcher(sentence);
            while (m.find()) {
                out.add(new Hit(e.getKey(), index, m.start(), Math.max(m.end(), m.start() + 1)));
            }
        }
        return out;
    }

    /**
     * Whether a field word at [start, end) is the writer's: walking back through its clause, the nearest person named
     * is the writer ("i", "my", "myself"), not someone else ("my dad's death", "lost a client to suicide"); with no
     * person in the clause, the clause must speak for the writer. A death "of" someone else is theirs.
     */
    static boolean writersOwn(String sentence, String clause, int clauseStart, int start, int end) {
        if (NAMES_WRITER.matcher(sentence.substring(start, Math.min(end, sentence.length()))).find()) {
            return true;
        }
        if (OF_OTHER.matcher(sentence.substring(Math.min(end, sentence.length()))).find()) {
            return false;
        }
        List<String> before = new ArrayList<>();
        Matcher t = TOKEN.matcher(sentence.substring(clauseStart, Math.max(clauseStart, start)));
        while (t.find()) {
            before.add(t.group());
        }
        for (int j = before.size() - 1; j >= 0; j--) {
            String w = before.get(j);
            String bare = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
            if (FIRST.contains(w)) {
                if (w.equals("my") && j + 1 < before.size() && OTHERS.contains(strip(before.get(j + 1)))) {
                    return false;
                }
                return true;
            }
            if (GENERIC_YOU.contains(bare)) {
                continue;
            }
            if (OTHERS.contains(bare)) {
                return false;
            }
        }
        return WritersVoice.speaksForWriter(withoutGenericYou(clause), withoutGenericYou(sentence));
    }

    /** A phrase that names its owner inside itself: "if i wasn't around", "taking yourself out of the picture". */
    private static final Pattern NAMES_WRITER = Pattern.compile("\\b(?:i|i'm|i'd|i'll|i've|me|myself|yourself)\\b");

    /**
     * The generic "you" of a feeling described ("the kind where you want everything to stop") stands for the writer
     * when nobody else is named; an addressed "you" on a forum is rarely the one whose death a field word names.
     */
    private static final Set<String> GENERIC_YOU = Set.of("you", "you're", "you've", "you'd", "you'll", "your",
            "yourself");
    private static final Pattern YOU = Pattern.compile("\\byou(?:'re|'ve|'d|'ll|rself|r)?\\b");

    private static String withoutGenericYou(String text) {
        return YOU.matcher(text).replaceAll("one");
    }

    private static String strip(String w) {
        return w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
    }

    static boolean bereavement(String text) {
        return BEREAVEMENT.matcher(text).find();
    }
}
