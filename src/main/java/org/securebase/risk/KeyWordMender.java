package org.securebase.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mends keyboard slips in the key words the cues depend on: a word of six letters or more that is one edit
 * (Damerau-Levenshtein, same first letter, a substituted letter only from a neighbouring key) from a key word, also
 * after doubled letters are collapsed ("dissapointed"), becomes that key word; a five-letter slip of a longer key word
 * too ("rason"); a short key word survives two letters swapped ("wnat"). The everyday words one slip from a key word
 * (found by running an English word list through it) are listed and never touched.
 */
final class KeyWordMender {

    private KeyWordMender() {}

    /** The vocabulary the cues depend on; a slip in one of these would hide a cue. */
    private static final Set<String> KEY_WORDS = Set.of(words("anymore anything anyone everyone everybody nothing "
            + "nobody without "
            + "disappear disappeared disappearing vanish vanished vanishing existing exist existence forever "
            + "goodbye goodbyes farewell "
            + "suicide suicidal myself yourself herself himself themselves tonight tomorrow morning pills tablets "
            + "tablet medication "
            + "medications medicine medicines paracetamol insulin overdose overdosed overdosing swallowed swallow "
            + "swallowing "
            + "sleeping antidepressants painkillers bridge station platform railway tracks ledge balcony letters "
            + "belongings "
            + "possessions records clothes jewellery thinking wanting planning decided killing ending hanging "
            + "drowning shooting "
            + "cutting harming hurting jumping stepping driving crashing stockpiled stockpiling saving collecting "
            + "hidden hoarding "
            + "burden lighter happier peaceful better notice worthless hopeless pointless meaningless living breathing "
            + "disappointed deserve anymore waking asleep funeral password passwords affairs insurance everything "
            + "things "
            + "answering responding replying picking voicemail unresponsive unconscious collapsed bleeding slurring "
            + "breathing "
            + "threatened threatening threatens ambulance police emergency kitchen garage exhaust running engine "
            + "daughter children toddler neighbour neighbor boyfriend girlfriend husband partner session client "
            + "patient "
            + "imagine imagining picture picturing fantasise fantasize wishing thought thoughts keep constantly "
            + "honestly genuinely seriously kidding joking figuratively literally research training lecture "
            + "attempt attempted tried stopped handful bottle prescription lithium sorry goodbye leaving signing "
            + "because really though finally tonight weekend friday sunday saturday monday christmas birthday "
            + "nearly through planned written writing letter message weight problem afternoon yesterday silent beating "
            + "hitting shaking slitting throwing another tempted fighting reason charcoal getting guitar walking "
            + "carrying wanted longer around knowing relieved rather intend point threaten "
            + "want wish life live dead kill gone rope plan note last done alive leave die dying climbing retirement "
            + "retreat holiday sabbatical divorce reservoir amitriptyline terminal"));

    /** Everyday words one slip from a key word: left alone. */
    private static final Set<String> COMMON = Set.of(words("talking taking changing exiting diving tables letter "
            + "cutter living giving "
            + "saving having leaving lighter higher better bitter butter batter setter letters station stations "
            + "nation notion "
            + "thinking thanking sinking winking drinking shrinking blinking linking sleeping slipping stepping "
            + "stopping shopping "
            + "dropping dripping tripping striving thriving arriving deriving driving hurting hunting hurling "
            + "harming charming "
            + "warming farming planning planting plating cleaning leaning meaning moaning morning mourning warning "
            + "waning "
            + "wanting wasting waiting writing whiting hidden bidden ridden midden deserve reserve preserve observe "
            + "served "
            + "burden garden warden harden border boarder record records recorder person prison poison reason season "
            + "nothing noting notice novice police policy polite client clients cliente patient patients patent latent "
            + "exist exits exit insist resist assist planner planned planet platform plateau thought though through "
            + "trough tough bought brought sought fought does dose form from life lift like lime line live love five "
            + "dead deed deal dear read lead head bead plan plain plant pain note nose rope ripe robe role rose "
            + "gone bone "
            + "done tone lone last lost list cast past fast vast want went wont what wish with dish fish kill fill "
            + "hill "
            + "will till mill pill bill ill due dye doe lie tie pie saying tired bedding blending blessing boggle "
            + "bootleg "
            + "cashing citing curing cuffing decide decides decoded downing droning engineer garbage hamming haring "
            + "harking "
            + "hurrying hurtling kissing leading leafing loving mediation meditation mooning mooring notching "
            + "panning planing "
            + "planking pocking pricking piking realty reapply regally relying replaying reapplying rubbing ruining "
            + "sagging "
            + "salving shaving slaving staving seeping shooing shopped shoring shorting shouting sighing singing "
            + "sinning "
            + "slugging sluing slurping souring spurring sopped stomped stooped stopper stropped steeling steeping "
            + "thinning "
            + "thongs varnish varnished varnishing waling walking walling honesty literal lighted toddle toddled "
            + "funereal "
            + "enduing beater betted clothe cloths kilning worthies collapse collapses overdoses savings wanking "
            + "shitting "
            + "bride caring crying carting sitting splitting spitting siting silting slotting greeting geeing "
            + "betting bearing "
            + "batting bating berating besting bleating hiring hinting hooting final plane planes planted planed "
            + "panned "
            + "planked table linger loner logger longed neatly shaming shamming sharking snaking staking rally "
            + "relay weigh "
            + "wright wight weighty thorough waned relived aground anther witting writhing lefter tempter temped "
            + "frighting "
            + "cuing ruing tacks caddying thins tings thing write wrote anther aground overdoing overdoes spiting "
            + "pickling sallow"));

    private static String[] words(String list) {
        return new java.util.TreeSet<>(List.of(list.split(" "))).toArray(String[]::new);
    }

    private static final Map<Character, List<String[]>> BY_FIRST_LETTER = new HashMap<>();
    private static final Set<String> SHORT_KEYS = new HashSet<>();

    static {
        for (String w : new java.util.TreeSet<>(KEY_WORDS)) {
            if (w.length() >= 6) {
                BY_FIRST_LETTER
                        .computeIfAbsent(w.charAt(0), c -> new ArrayList<>())
                        .add(new String[] {w, squeeze(w)});
            } else if (w.length() >= 4) {
                SHORT_KEYS.add(w);
            }
        }
    }

    static boolean known(String w) {
        return KEY_WORDS.contains(w) || COMMON.contains(w);
    }

    static boolean isKeyWord(String w) {
        return KEY_WORDS.contains(w);
    }

    /** The key word this word is a slip of, or the word itself. */
    static String mend(String w) {
        if (w.length() < 4
                || KEY_WORDS.contains(w)
                || COMMON.contains(w)
                || !w.chars().allMatch(Character::isLetter)) {
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

    private static final String[] KEYBOARD = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    /** Keys next to each other on a QWERTY keyboard: a slip of the finger, not a different word. */
    private static boolean neighbours(char a, char b) {
        for (int r = 0; r < KEYBOARD.length; r++) {
            int i = KEYBOARD[r].indexOf(a);
            if (i < 0) {
                continue;
            }
            if (i > 0 && KEYBOARD[r].charAt(i - 1) == b
                    || i + 1 < KEYBOARD[r].length() && KEYBOARD[r].charAt(i + 1) == b) {
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
        while (suffix < a.length() - prefix
                && suffix < b.length() - prefix
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
                int cost =
                        a.charAt(i - 1) == b.charAt(j - 1) ? 0 : neighbours(a.charAt(i - 1), b.charAt(j - 1)) ? 1 : 2;
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
}
