package org.securebase.risk;

import java.io.IOException;
import java.net.URL;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Lemmas from the English part-of-speech dictionary that LanguageTool publishes (org.languagetool:english-pos-dict,
 * read with Morfologik), the same resource the de-identification lexicon uses: "dying", "died" and "dies" all give
 * "die", "stockpiling" gives "stockpile", "rehomed" gives "rehome". The semantic field ({@link SemanticField}) is
 * written as lemmas, so every inflection of a field word lands in its class without being listed.
 */
final class Lemmas {

    private static final String RESOURCE = "/org/languagetool/resource/en/english.dict";
    private static final Dictionary DICTIONARY = load();
    private static final ThreadLocal<DictionaryLookup> LOOKUP =
            ThreadLocal.withInitial(() -> DICTIONARY == null ? null : new DictionaryLookup(DICTIONARY));
    private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

    private Lemmas() {}

    private static Dictionary load() {
        URL url = Lemmas.class.getResource(RESOURCE);
        if (url == null) {
            return null;
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            return null;
        }
    }

    /** The word itself and every lemma the dictionary gives for it (lower case); the word alone when unknown. */
    static Set<String> of(String word) {
        Set<String> known = CACHE.get(word);
        if (known != null) {
            return known;
        }
        Set<String> out = new HashSet<>();
        out.add(word);
        DictionaryLookup lookup = LOOKUP.get();
        if (lookup != null && word.indexOf('\'') < 0) {
            for (WordData data : lookup.lookup(word)) {
                CharSequence stem = data.getStem();
                if (stem != null) {
                    out.add(stem.toString().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        Set<String> frozen = Set.copyOf(out);
        if (CACHE.size() < 100_000) {
            CACHE.put(word, frozen);
        }
        return frozen;
    }
}
