package org.securebase.tags;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a vignette into the one spelling the behaviour cues are written in: lower case, plain quotes and dashes,
 * negative contractions spelled out ("doesn't", "doesnt" become "does not"), British spellings in their US form
 * (behaviour, apologise, minimising), and a typo in a longer key word of the cues mended (one letter dropped, added,
 * changed or two swapped: "inconsistant", "reassurence", "seperated"). Ordinary words are never mended. Plain Java.
 */
final class BehaviourText {

    /** Contractions whose negation matters, with and without the apostrophe (casual notes drop it). */
    private static final Map<String, String> CONTRACTIONS = Map.ofEntries(
            Map.entry("won't", "will not"),
            Map.entry("wont", "will not"),
            Map.entry("can't", "can not"),
            Map.entry("cant", "can not"),
            Map.entry("cannot", "can not"),
            Map.entry("shan't", "shall not"),
            Map.entry("doesnt", "does not"),
            Map.entry("dont", "do not"),
            Map.entry("didnt", "did not"),
            Map.entry("isnt", "is not"),
            Map.entry("wasnt", "was not"),
            Map.entry("arent", "are not"),
            Map.entry("werent", "were not"),
            Map.entry("hasnt", "has not"),
            Map.entry("havent", "have not"),
            Map.entry("hadnt", "had not"),
            Map.entry("wouldnt", "would not"),
            Map.entry("couldnt", "could not"),
            Map.entry("shouldnt", "should not"),
            Map.entry("aint", "is not"),
            Map.entry("im", "i am"),
            Map.entry("i'm", "i am"),
            Map.entry("ive", "i have"),
            Map.entry("whats", "what is"),
            Map.entry("hes", "he is"),
            Map.entry("shes", "she is"),
            Map.entry("thats", "that is"));

    /** Words ending in -ise that are not the British form of an -ize word. */
    private static final Set<String> ISE_WORDS = Set.of(
            "otherwise",
            "likewise",
            "clockwise",
            "exercise",
            "promise",
            "surprise",
            "advise",
            "devise",
            "revise",
            "compromise",
            "despise",
            "expertise",
            "premise",
            "franchise",
            "merchandise",
            "enterprise",
            "supervise",
            "televise",
            "improvise",
            "chastise",
            "paradise",
            "precise",
            "concise",
            "excise",
            "incise",
            "bruise",
            "cruise",
            "noise",
            "poise",
            "praise",
            "raise",
            "arise",
            "disguise",
            "demise",
            "treatise",
            "porpoise",
            "tortoise",
            "appraise",
            "turquoise",
            "reprise",
            "braise",
            "mortise",
            "circumcise",
            "comprise",
            "wise",
            "rise",
            "guise",
            "anise",
            "valise",
            "apprise",
            "upraise");

    private static final Set<String> PRONOUNS_IS = Set.of(
            "he",
            "she",
            "it",
            "there",
            "that",
            "what",
            "who",
            "where",
            "here",
            "this",
            "everyone",
            "nobody",
            "someone",
            "everything",
            "nothing");

    private static final Pattern TOKEN = Pattern.compile("[a-z]+(?:'[a-z]+)?");
    private static final Pattern ISE = Pattern.compile("([a-z]{3,})is(e|es|ed|ing|ation|ations|er|ers)");
    private static final Pattern YSE = Pattern.compile("([a-z]{3,})ys(e|es|ed|ing)");

    /** Real words one letter from a key word; never "mended" (attached is not attacked, started is not startled). */
    private final Set<String> realWords;

    private final Set<String> keyWords = new HashSet<>();
    private final Map<Character, List<String>> keyWordsByInitial = new HashMap<>();
    private final Map<Character, List<String>> stemsByInitial = new HashMap<>();

    /**
     * @param keyWords whole words the cues look for, with the words that begin with a key word beginning (only those
     *     of six letters or more are mended towards)
     * @param stems word beginnings the cues look for, such as "reassur" or "abandon"
     * @param realWords ordinary words that are one edit from a key word and must stay as written
     */
    BehaviourText(Set<String> keyWords, Set<String> stems, Set<String> realWords) {
        this.realWords = realWords;
        for (String w : keyWords) {
            this.keyWords.add(w);
            if (w.length() >= 6) {
                keyWordsByInitial
                        .computeIfAbsent(w.charAt(0), c -> new ArrayList<>())
                        .add(w);
            }
        }
        for (String s : stems) {
            if (s.length() >= 4) {
                stemsByInitial
                        .computeIfAbsent(s.charAt(0), c -> new ArrayList<>())
                        .add(s);
            }
        }
    }

    /**
     * The text in the cues' spelling; sentence punctuation and double quotation marks are kept, so sentences and
     * quoted speech can still be told apart.
     */
    String normalise(String text) {
        if (text == null) {
            return "";
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\u2018\u2019\u02bc`\u00b4]", "'")
                .replaceAll("[\u201c\u201d\u201e\u00ab\u00bb]", "\"")
                .replaceAll("[\u2013\u2014\u2212]", " - ")
                .replace('\u00a0', ' ');
        // Single quotation marks become double ones; apostrophes inside words stay.
        t = t.replaceAll("(?<![a-z])'|'(?![a-z])", "\"");
        t = t.replaceAll("(?<=[a-z])-(?=[a-z])", " ").replaceAll("[ \t]+", " ");
        t = t.replaceAll("\\b(\\w+)n't\\b", "$1 not")
                .replaceAll("\\bca not\\b", "can not")
                .replaceAll("\\bwo not\\b", "will not");
        StringBuilder out = new StringBuilder(t.length() + 32);
        Matcher m = TOKEN.matcher(t);
        int last = 0;
        while (m.find()) {
            out.append(t, last, m.start()).append(word(m.group()));
            last = m.end();
        }
        out.append(t, last, t.length());
        return out.toString();
    }

    private String word(String w) {
        String contracted = CONTRACTIONS.get(w);
        if (contracted != null) {
            return contracted;
        }
        int apostrophe = w.indexOf('\'');
        if (apostrophe >= 0) {
            return contraction(w.substring(0, apostrophe), w.substring(apostrophe + 1));
        }
        return mendCached(usSpelling(w));
    }

    /** he's → he is, i'd → i would, they'll → they will; a possessive 's stays. */
    private static String contraction(String base, String suffix) {
        String spelled = switch (suffix) {
            case "s" -> PRONOUNS_IS.contains(base) ? "is" : null;
            case "d" -> "would";
            case "ll" -> "will";
            case "re" -> "are";
            case "ve" -> "have";
            case "m" -> "am";
            default -> null;
        };
        return spelled == null ? base + "'" + suffix : base + " " + spelled;
    }

    /** behaviour → behavior, apologise → apologize, minimising → minimizing, analyse → analyze. */
    static String usSpelling(String w) {
        if (w.endsWith("iour") || w.endsWith("iours") || w.endsWith("ioural") || w.endsWith("iourally")) {
            return w.replace("iour", "ior");
        }
        Matcher ise = ISE.matcher(w);
        if (ise.matches() && !ISE_WORDS.contains(ise.group(1) + "ise")) {
            return ise.group(1) + "iz" + ise.group(2);
        }
        Matcher yse = YSE.matcher(w);
        if (yse.matches() && (w.startsWith("analys") || w.startsWith("paralys") || w.startsWith("catalys"))) {
            return yse.group(1) + "yz" + yse.group(2);
        }
        return w;
    }

    /** Mended words seen before; cleared when it grows large (a cache, not a record of what users wrote). */
    private final Map<String, String> mended = new ConcurrentHashMap<>();

    private String mendCached(String w) {
        if (w.length() < 6) {
            return w;
        }
        if (mended.size() > 20_000) {
            mended.clear();
        }
        return mended.computeIfAbsent(w, this::mend);
    }

    /**
     * A word of six letters or more one edit from a key word becomes that key word; a word that is a key word, begins
     * with a key word beginning, or is an ordinary word stays.
     */
    String mend(String w) {
        if (w.length() < 6 || keyWords.contains(w) || realWords.contains(w)) {
            return w;
        }
        List<String> stems = stemsByInitial.getOrDefault(w.charAt(0), List.of());
        for (String s : stems) {
            if (w.startsWith(s)) {
                return w;
            }
        }
        for (String k : keyWordsByInitial.getOrDefault(w.charAt(0), List.of())) {
            if (Math.abs(k.length() - w.length()) <= 1 && withinOneEdit(w, k)) {
                return k;
            }
        }
        return w;
    }

    /** Optimal string alignment distance of at most one: one insertion, deletion, substitution or swap. */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < la
                    && a.charAt(i) == b.charAt(i + 1)
                    && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb
                ? a.substring(i + 1).equals(b.substring(i))
                : a.substring(i).equals(b.substring(i + 1));
    }
}
