package org.securebase.deidentification;

import java.io.IOException;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The English part-of-speech dictionary that LanguageTool publishes (org.languagetool:english-pos-dict, LGPL 2.1,
 * read with Morfologik, BSD): every inflected form with its Penn tags, proper nouns tagged NNP. It tells the recall
 * layer which words are positively safe: a form known as a common noun, verb, adjective or closed-class word is an
 * ordinary word; a form known only as a proper noun, or not known at all, is a candidate identifier.
 */
final class Lexicon {

    static final int COMMON = 1; // the form is an ordinary word (any tag but NNP/NNPS)
    static final int PROPER = 2; // the capitalised form is a proper noun
    static final int VERB_3RD = 4; // a finite verb that follows a subject: VBZ or VBD
    static final int FUNCTION = 8; // closed class: determiner, preposition, pronoun, conjunction, modal, wh-word
    static final int NOUN = 16; // common noun, singular or plural
    static final int ADVERB = 32;
    static final int PLURAL = 64; // plural common noun (NNS): "sessions", "times"
    static final int ADJECTIVE = 128; // JJ: "lovely", "young", "sandy"
    static final int VERB_BASE = 256; // VB or VBP: "stay", "feel", "know"

    private static final String RESOURCE = "/org/languagetool/resource/en/english.dict";
    private static final Lexicon INSTANCE = new Lexicon();

    private final Dictionary dictionary;
    private final ThreadLocal<DictionaryLookup> lookups;
    private final Map<String, Integer> cache = new ConcurrentHashMap<>();

    private Lexicon() {
        URL url = Lexicon.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("English POS dictionary missing from the classpath: " + RESOURCE);
        }
        try {
            dictionary = Dictionary.read(url);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + RESOURCE, e);
        }
        lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    static Lexicon get() {
        return INSTANCE;
    }

    /** Flags for one surface form, exactly as written (case matters: "Grace" is NNP, "grace" a noun). */
    int flags(String form) {
        Integer known = cache.get(form);
        if (known != null) {
            return known;
        }
        int flags = 0;
        for (WordData data : lookups.get().lookup(form)) {
            CharSequence tag = data.getTag();
            String t = tag == null ? "" : tag.toString();
            if (t.startsWith("NNP")) {
                flags |= PROPER;
                continue;
            }
            flags |= COMMON;
            if (t.equals("VB") || t.equals("VBP")) {
                flags |= VERB_BASE;
            }
            if (t.equals("VBZ") || t.equals("VBD")) {
                flags |= VERB_3RD;
            } else if (t.startsWith("NN")) {
                flags |= NOUN | (t.equals("NNS") ? PLURAL : 0);
            } else if (t.startsWith("JJ")) {
                flags |= ADJECTIVE;
            } else if (t.startsWith("RB")) {
                flags |= ADVERB;
            } else if (t.startsWith("DT")
                    || t.startsWith("IN")
                    || t.startsWith("PRP")
                    || t.startsWith("CC")
                    || t.startsWith("MD")
                    || t.startsWith("W")
                    || t.equals("TO")
                    || t.equals("EX")
                    || t.equals("PDT")) {
                flags |= FUNCTION;
            }
        }
        if (cache.size() > 200_000) {
            cache.clear(); // a bound for a long-running server; the dictionary itself answers in microseconds
        }
        cache.put(form, flags);
        return flags;
    }

    /** An ordinary English word in lower case ("grace", "mission", "bill"), whatever else it may be. */
    boolean isCommonWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return (flags(lower) & COMMON) != 0 || (flags(capitalise(lower)) & COMMON) != 0 && !lower.equals(word);
    }

    /** Known only as a proper noun: "London", "Kayla", "Rotherham". */
    boolean isProperOnly(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return (flags(lower) & COMMON) == 0 && (flags(capitalise(lower)) & PROPER) != 0;
    }

    boolean isProper(String word) {
        return (flags(capitalise(word.toLowerCase(Locale.ROOT))) & PROPER) != 0;
    }

    boolean has(String word, int flag) {
        return (flags(word.toLowerCase(Locale.ROOT)) & flag) != 0;
    }

    /** Known in any form, as a word or as a name. */
    boolean isKnown(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return flags(lower) != 0 || flags(capitalise(lower)) != 0 || flags(word) != 0;
    }

    /**
     * A misspelt common word ("definately", "recieved"): one letter changed, dropped, added or swapped away from
     * a common word, for words of eight letters or more, where a name is rarely one slip from a word.
     */
    boolean isTypoOfCommonWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 8 || !w.chars().allMatch(Character::isLetter)) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (common(w.substring(0, i) + w.substring(i + 1))) {
                return true;
            }
            if (i + 1 < w.length() && common(w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2))) {
                return true;
            }
            for (char c = 'a'; c <= 'z'; c++) {
                if (c != w.charAt(i) && common(w.substring(0, i) + c + w.substring(i + 1))) {
                    return true;
                }
            }
        }
        for (int i = 0; i <= w.length(); i++) {
            for (char c = 'a'; c <= 'z'; c++) {
                if (common(w.substring(0, i) + c + w.substring(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Uncached: the typo search tries many strings that are not words. */
    private static final java.util.Set<String> PREFIXES = java.util.Set.of(
            "psycho", "neuro", "hyper", "hypo", "micro", "macro", "meta", "pseudo", "post", "pre", "anti", "dys", "re",
            "un", "non", "over", "under", "inter", "intra", "trans", "co", "counter", "self", "semi", "sub", "super",
            "multi", "mis", "bio", "socio", "eco", "de", "dis", "mal", "mono", "poly", "tele", "cyber", "auto",
            "hetero", "homo", "cis", "ex", "mid", "mini");

    private static final java.util.Set<String> SUFFIXES = java.util.Set.of(
            "ing", "ed", "er", "ers", "ation", "ations", "al", "ally", "ness", "ful", "ise", "ize", "ised", "ized",
            "ising", "izing", "ology", "ologist", "ish", "less", "ment", "ments", "ity", "ive", "ively", "ic", "ics",
            "ist", "ists", "isms", "ism", "y", "ly", "s");

    /**
     * A word built from ordinary words or a known prefix and suffix ("psychoeducation", "resourcing",
     * "neuropsych", "overfunctioning"): the dictionary lacks the compound, not the words.
     */
    boolean isCompound(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 7 || !w.chars().allMatch(Character::isLetter)) {
            return false;
        }
        for (int i = 2; i <= w.length() - 2; i++) {
            String head = w.substring(0, i);
            String tail = w.substring(i);
            boolean headWord = head.length() >= 3 && common(head) || PREFIXES.contains(head);
            boolean tailWord = tail.length() >= 3 && common(tail)
                    || SUFFIXES.contains(tail) && head.length() >= 4 && (common(head) || common(head + "e"));
            if (headWord && tailWord && !(PREFIXES.contains(head) && SUFFIXES.contains(tail))) {
                return true;
            }
        }
        return false;
    }

    private boolean common(String lower) {
        for (WordData data : lookups.get().lookup(lower)) {
            CharSequence tag = data.getTag();
            if (tag == null || !tag.toString().startsWith("NNP")) {
                return true;
            }
        }
        return false;
    }

    static String capitalise(String lower) {
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
