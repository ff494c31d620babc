package org.securebase.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings text to the one form the cues are written for: lower case, straight quotes, contractions with their
 * apostrophe ("im" to "i'm", "do not" to "don't"), letters repeated for emphasis cut back ("sooooo"), and slips in the
 * key words mended: a word of six letters or more that is one edit (Damerau-Levenshtein, same first letter) from a key
 * word, also after doubled letters are collapsed ("dissapointed"), becomes that key word; a short key word survives a
 * swap of two letters ("wnat"). Common words one slip away from a key word are never touched.
 */
final class TextNormaliser {

    private TextNormaliser() {
    }

    /** The vocabulary the cues depend on; a slip in one of these would hide a cue. */
    private static final Set<String> KEY_WORDS = Set.of(words("anymore anything anyone everyone everybody nothing nobody without "
            + "disappear disappeared disappearing vanish vanished vanishing existing exist existence forever goodbye goodbyes farewell "
            + "suicide suicidal myself yourself herself himself themselves tonight tomorrow morning pills tablets tablet medication "
            + "medications medicine medicines paracetamol insulin overdose overdosed overdosing swallowed swallow swallowing "
            + "sleeping antidepressants painkillers bridge station platform railway tracks ledge balcony letters belongings "
            + "possessions records clothes jewellery thinking wanting planning decided killing ending hanging drowning shooting "
            + "cutting harming hurting jumping stepping driving crashing stockpiled stockpiling saving collecting hidden hoarding "
            + "burden lighter happier peaceful better notice worthless hopeless pointless meaningless living breathing "
            + "disappointed deserve anymore waking asleep funeral password passwords affairs insurance everything things "
            + "answering responding replying picking voicemail unresponsive unconscious collapsed bleeding slurring breathing "
            + "threatened threatening threatens ambulance police emergency kitchen garage exhaust running engine "
            + "daughter children toddler neighbour neighbor boyfriend girlfriend husband partner session client patient "
            + "imagine imagining picture picturing fantasise fantasize wishing thought thoughts keep constantly "
            + "honestly genuinely seriously kidding joking figuratively literally research training lecture "
            + "attempt attempted tried stopped handful bottle prescription lithium sorry goodbye leaving signing "
            + "because really though finally tonight weekend friday sunday saturday monday christmas birthday "
            + "nearly through planned written writing letter message weight problem afternoon yesterday silent beating "
            + "hitting shaking slitting throwing another tempted fighting reason charcoal getting guitar walking "
            + "carrying wanted longer around knowing relieved rather intend point threaten "
            + "want wish life live dead kill gone rope plan note last done alive leave die dying"));

    /** Everyday words one slip from a key word: left alone. */
    private static final Set<String> COMMON = Set.of(words("talking taking changing exiting diving tables letter cutter living giving "
            + "saving having leaving lighter higher better bitter butter batter setter letters station stations nation notion "
            + "thinking thanking sinking winking drinking shrinking blinking linking sleeping slipping stepping stopping shopping "
            + "dropping dripping tripping striving thriving arriving deriving driving hurting hunting hurling harming charming "
            + "warming farming planning planting plating cleaning leaning meaning moaning morning mourning warning waning "
            + "wanting wasting waiting writing whiting hidden bidden ridden midden deserve reserve preserve observe served "
            + "burden garden warden harden border boarder record records recorder person prison poison reason season "
            + "nothing noting notice novice police policy polite client clients cliente patient patients patent latent "
            + "exist exits exit insist resist assist planner planned planet platform plateau thought though through "
            + "trough tough bought brought sought fought does dose form from life lift like lime line live love five "
            + "dead deed deal dear read lead head bead plan plain plant pain note nose rope ripe robe role rose gone bone "
            + "done tone lone last lost list cast past fast vast want went wont what wish with dish fish kill fill hill "
            + "will till mill pill bill ill due dye doe lie tie pie saying tired bedding blending blessing boggle bootleg "
            + "cashing citing curing cuffing decide decides decoded downing droning engineer garbage hamming haring harking "
            + "hurrying hurtling kissing leading leafing loving mediation meditation mooning mooring notching panning planing "
            + "planking pocking pricking piking realty reapply regally relying replaying reapplying rubbing ruining sagging "
            + "salving shaving slaving staving seeping shooing shopped shoring shorting shouting sighing singing sinning "
            + "slugging sluing slurping souring spurring sopped stomped stooped stopper stropped steeling steeping thinning "
            + "thongs varnish varnished varnishing waling walking walling honesty literal lighted toddle toddled funereal "
            + "enduing beater betted clothe cloths kilning worthies collapse collapses overdoses savings wanking shitting "
            + "bride caring crying carting sitting splitting spitting siting silting slotting greeting geeing betting bearing "
            + "batting bating berating besting bleating hiring hinting hooting final plane planes planted planed panned "
            + "planked table linger loner logger longed neatly shaming shamming sharking snaking staking rally relay weigh "
            + "wright wight weighty thorough waned relived aground anther witting writhing lefter tempter temped frighting "
            + "cuing ruing tacks caddying thins tings thing write wrote anther aground overdoing overdoes spiting pickling sallow"));

    private static String[] words(String list) {
        return new java.util.TreeSet<>(List.of(list.split(" "))).toArray(String[]::new);
    }

    private static final Map<Character, List<String[]>> BY_FIRST_LETTER = new HashMap<>();
    private static final Set<String> SHORT_KEYS = new HashSet<>();

    static {
        for (String w : new java.util.TreeSet<>(KEY_WORDS)) {
            if (w.length() >= 6) {
                BY_FIRST_LETTER.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(new String[] {w, squeeze(w)});
            } else if (w.length() >= 4) {
                SHORT_KEYS.add(w);
            }
        }
    }

    /** Informal spellings and contractions without an apostrophe. */
    private static final String[][] SPELLINGS = {
            {"im", "i'm"}, {"ive", "i've"}, {"id", "i'd"}, {"dont", "don't"}, {"cant", "can't"}, {"wont", "won't"},
            {"didnt", "didn't"}, {"doesnt", "doesn't"}, {"isnt", "isn't"}, {"wasnt", "wasn't"}, {"arent", "aren't"},
            {"werent", "weren't"}, {"wouldnt", "wouldn't"}, {"couldnt", "couldn't"}, {"shouldnt", "shouldn't"},
            {"havent", "haven't"}, {"hasnt", "hasn't"}, {"hadnt", "hadn't"}, {"aint", "ain't"}, {"thats", "that's"},
            {"whats", "what's"}, {"theres", "there's"}, {"theyre", "they're"}, {"theyll", "they'll"}, {"theyd", "they'd"},
            {"youre", "you're"}, {"youll", "you'll"}, {"shes", "she's"}, {"hes", "he's"}, {"its", "it's"},
            {"gonna", "going to"}, {"wanna", "want to"}, {"gotta", "got to"}, {"tonite", "tonight"}, {"2nite", "tonight"},
            {"nite", "night"}, {"cuz", "because"}, {"coz", "because"}, {"cos", "because"}, {"bc", "because"},
            {"pls", "please"}, {"plz", "please"}, {"abt", "about"}, {"u", "you"}, {"ur", "your"}, {"b4", "before"},
            {"noone", "no one"}, {"every1", "everyone"}, {"some1", "someone"}, {"any1", "anyone"}, {"tbh", "to be honest"},
            {"ppl", "people"}, {"w/o", "without"}, {"gud", "good"}, {"bye-bye", "goodbye"}};

    private static final Pattern WORD = Pattern.compile("[a-z][a-z'/0-9-]*");
    private static final Pattern LONG_FORMS = Pattern.compile(
            "\\b(i am|i will|i would|i have got|do not|does not|did not|can not|cannot|will not|would not|is not|are not|was not|were not|it is|that is|"
                    + "she is|he is|they are|what is|there is|any more|any longer|good bye|good-bye)\\b");
    private static final Map<String, String> SHORT_FORMS = Map.ofEntries(Map.entry("i am", "i'm"), Map.entry("i will", "i'll"),
            Map.entry("i would", "i'd"), Map.entry("i have got", "i've got"), Map.entry("do not", "don't"), Map.entry("does not", "doesn't"),
            Map.entry("did not", "didn't"), Map.entry("can not", "can't"), Map.entry("cannot", "can't"), Map.entry("will not", "won't"),
            Map.entry("would not", "wouldn't"), Map.entry("is not", "isn't"), Map.entry("are not", "aren't"), Map.entry("was not", "wasn't"),
            Map.entry("were not", "weren't"), Map.entry("it is", "it's"), Map.entry("that is", "that's"), Map.entry("she is", "she's"),
            Map.entry("he is", "he's"), Map.entry("they are", "they're"), Map.entry("what is", "what's"), Map.entry("there is", "there's"),
            Map.entry("any more", "anymore"), Map.entry("any longer", "anymore"), Map.entry("good bye", "goodbye"), Map.entry("good-bye", "goodbye"));
    private static final Map<String, String> SPELLING = new HashMap<>();
    /** "says hell hurt him": an apostrophe dropped after a reporting verb, not the word hell. */
    private static final Pattern REPORTED_HE_LL = Pattern.compile(
            "(\\b(?:says|said|say|swears|swore|that|thinks|threatens|threatened|told me|warned) )(he|she)ll\\b");

    static {
        for (String[] s : SPELLINGS) {
            SPELLING.put(s[0], s[1]);
        }
    }

    private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u201a\u201b\u2032`\u00b4]");
    private static final Pattern QUOTES = Pattern.compile("[\u201c\u201d\u201e\u201f\u2033]");
    private static final Pattern DASHES = Pattern.compile("[\u2013\u2014\u2015]");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");
    /** A quotation in single marks becomes one in double marks: a mark that does not sit between two letters. */
    private static final Pattern SINGLE_QUOTES = Pattern.compile("(?<![a-z])'|'(?![a-z])");
    private static final Pattern TRIPLE = Pattern.compile("([a-z])\\1{2,}");
    /** Mended words, kept while the cache is small: most words recur from comment to comment. */
    private static final Map<String, String> MENDED = new java.util.concurrent.ConcurrentHashMap<>();

    static String normalise(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        t = APOSTROPHES.matcher(t).replaceAll("'");
        t = QUOTES.matcher(t).replaceAll("\"");
        t = DASHES.matcher(t).replaceAll(" - ").replace('\u2026', '.').replace('\u00a0', ' ');
        t = SINGLE_QUOTES.matcher(t).replaceAll("\"");
        StringBuilder out = new StringBuilder(t.length() + 16);
        Matcher m = WORD.matcher(t);
        int last = 0;
        while (m.find()) {
            String word = m.group();
            String mended = MENDED.get(word);
            if (mended == null) {
                mended = mend(word);
                if (MENDED.size() < 50_000) {
                    MENDED.put(word, mended);
                }
            }
            out.append(t, last, m.start()).append(mended);
            last = m.end();
        }
        out.append(t.substring(last));
        Matcher longForm = LONG_FORMS.matcher(out);
        StringBuilder shortened = new StringBuilder();
        while (longForm.find()) {
            longForm.appendReplacement(shortened, SHORT_FORMS.get(longForm.group(1)));
        }
        longForm.appendTail(shortened);
        return REPORTED_HE_LL.matcher(SPACES.matcher(shortened).replaceAll(" ")).replaceAll("$1$2'll");
    }

    private static String mend(String word) {
        String spelled = SPELLING.get(word);
        if (spelled != null) {
            return spelled;
        }
        String w = hasTripleLetter(word) ? TRIPLE.matcher(word).replaceAll("$1$1") : word;
        if (!w.equals(word) && !KEY_WORDS.contains(w)) {
            String single = TRIPLE.matcher(word).replaceAll("$1");
            if (KEY_WORDS.contains(single) || COMMON.contains(single) || SPELLING.containsKey(single)) {
                w = SPELLING.getOrDefault(single, single);
            }
        }
        if (w.length() < 4 || KEY_WORDS.contains(w) || COMMON.contains(w) || !w.chars().allMatch(Character::isLetter)) {
            return w;
        }
        if (w.length() >= 5) {
            String squeezed = squeeze(w);
            // the closest key word; on a tie the one of the same length, then the first in alphabetical order
            String best = null;
            int bestScore = Integer.MAX_VALUE;
            for (String[] candidate : BY_FIRST_LETTER.getOrDefault(w.charAt(0), List.of())) {
                String key = candidate[0];
                if (Math.abs(key.length() - w.length()) > 2 || w.length() < 6 && key.length() <= w.length()) {
                    continue;
                }
                int d = Math.min(distance(w, key), squeezed.length() >= 5 ? distance(squeezed, candidate[1]) : 2);
                int score = d * 2 + (key.length() == w.length() ? 0 : 1);
                if (d <= 1 && score < bestScore) {
                    best = key;
                    bestScore = score;
                }
            }
            if (best != null) {
                return best;
            }
        }
        if (w.length() >= 4 && w.length() <= 5) {
            for (int i = 1; i + 1 < w.length(); i++) {
                String swapped = w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
                if (SHORT_KEYS.contains(swapped)) {
                    return swapped;
                }
            }
        }
        return w;
    }

    /** The word with every run of a letter cut to one: "dissapointed" and "disappointed" both give "disapointed". */
    private static String squeeze(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                b.append(w.charAt(i));
            }
        }
        return b.toString();
    }

    private static boolean hasTripleLetter(String w) {
        for (int i = 2; i < w.length(); i++) {
            if (w.charAt(i) == w.charAt(i - 1) && w.charAt(i) == w.charAt(i - 2)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] KEYBOARD = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    /** Keys next to each other on a QWERTY keyboard: a slip of the finger, not a different word. */
    private static boolean neighbours(char a, char b) {
        for (int r = 0; r < KEYBOARD.length; r++) {
            int i = KEYBOARD[r].indexOf(a);
            if (i < 0) {
                continue;
            }
            if (i > 0 && KEYBOARD[r].charAt(i - 1) == b || i + 1 < KEYBOARD[r].length() && KEYBOARD[r].charAt(i + 1) == b) {
                return true;
            }
            for (int other = Math.max(0, r - 1); other <= Math.min(KEYBOARD.length - 1, r + 1); other++) {
                int j = KEYBOARD[other].indexOf(b);
                if (other != r && j >= 0 && (j == i || j == i - 1 || j == i + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Damerau-Levenshtein distance (optimal string alignment) where a substituted letter counts only when its key
     * is next to the intended one; stops early past 1.
     */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return 2;
        }
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length() - prefix && suffix < b.length() - prefix
                && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        if (prefix + suffix < Math.max(a.length(), b.length()) - 2) {
            return 2;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : neighbours(a.charAt(i - 1), b.charAt(j - 1)) ? 1 : 2;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > 1) {
                return 2;
            }
        }
        return d[a.length()][b.length()];
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|\\s*\\n+\\s*|(?<=[.!?])(?=[a-z])");

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text)) {
            String t = s.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "\\s*[,:()]\\s*|\\s+-\\s+|\\s+(?=(?:but|and|so|because|though|although|whereas|while|whilst|yet)\\b)");

    /** Clause boundaries inside a sentence, as start offsets (the first is 0). */
    static int[] clauseStarts(String sentence) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        Matcher m = CLAUSE_BREAK.matcher(sentence);
        while (m.find()) {
            if (m.end() > 0 && m.end() < sentence.length()) {
                starts.add(m.end());
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
