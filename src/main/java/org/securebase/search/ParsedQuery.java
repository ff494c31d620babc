package org.securebase.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a member typed, read the way web search engines read it: words (all must appear, stemmed), "a phrase" in
 * quotes (its words in that order), -word or -"a phrase" to exclude. The last plain word also matches as a
 * prefix, so results follow as one types ("attac" finds "attachment"). Stop words drop out ("the", "of").
 */
public record ParsedQuery(List<Phrase> include, List<Phrase> exclude) {

    /**
     * Stemmed words that must appear next to each other; the last may be a prefix. {@code typed} is that last word as
     * typed (lower case, letters and digits): the stemmer rewrites the end of a half-typed word ("zeally" becomes
     * "zealli", "dis" becomes "di") into something the finished word's stem does not begin with, so the typed
     * letters are tried as a prefix too.
     */
    public record Phrase(List<String> terms, boolean prefix, String typed) {

        public Phrase(List<String> terms, boolean prefix) {
            this(terms, prefix, null);
        }

        /** The forms of the last word to match as prefixes: its stem, and the letters typed when they differ. */
        public List<String> prefixForms() {
            if (!prefix) {
                return List.of();
            }
            String stem = terms.getLast();
            return typed == null || typed.equals(stem) || typed.length() < MIN_PREFIX
                    ? List.of(stem)
                    : List.of(stem, typed);
        }

        public String joined() {
            return String.join(" ", terms);
        }

        /** The words before the last, joined: the part every alternative shares. */
        public String head() {
            return String.join(" ", terms.subList(0, terms.size() - 1));
        }

        /**
         * Whole stems that a word being typed may already have passed: "mentaliz" is on its way to
         * "mentalization", whose stem is "mental", which no prefix search for "mentaliz" would find. So a prefix
         * also matches its own first letters as whole words, down to four letters less than typed.
         */
        public List<String> passedStems() {
            if (!prefix) {
                return List.of();
            }
            String last = terms.getLast();
            List<String> stems = new ArrayList<>();
            for (int k = Math.max(MIN_PREFIX + 1, last.length() - 4); k < last.length(); k++) {
                stems.add(last.substring(0, k));
            }
            return stems;
        }
    }

    static final int MIN_PREFIX = 3;
    private static final Pattern PART = Pattern.compile("(-?)\"([^\"]*)\"?|(\\S+)");

    public static ParsedQuery parse(String text) {
        List<Phrase> include = new ArrayList<>();
        List<Phrase> exclude = new ArrayList<>();
        if (text == null) {
            return new ParsedQuery(include, exclude);
        }
        Matcher m = PART.matcher(text.strip());
        int lastPlain = -1;
        String lastTyped = null;
        while (m.find()) {
            boolean negative;
            String words;
            boolean plain = false;
            if (m.group(2) != null) {
                negative = !m.group(1).isEmpty();
                words = m.group(2);
            } else {
                String word = m.group(3);
                negative = word.startsWith("-") && word.length() > 1;
                words = negative ? word.substring(1) : word;
                plain = !negative;
            }
            List<String> terms = Terms.of(words);
            if (terms.isEmpty()) {
                continue;
            }
            if (negative) {
                exclude.add(new Phrase(terms, false));
            } else {
                include.add(new Phrase(terms, false));
                lastPlain = plain ? include.size() - 1 : -1;
                lastTyped = plain ? lastWordTyped(words) : null;
            }
        }
        if (lastPlain >= 0) {
            Phrase last = include.get(lastPlain);
            if (last.terms().getLast().length() >= MIN_PREFIX
                    || lastTyped != null && lastTyped.length() >= MIN_PREFIX) {
                include.set(lastPlain, new Phrase(last.terms(), true, lastTyped));
            }
        }
        return new ParsedQuery(List.copyOf(include), List.copyOf(exclude));
    }

    /** The last run of letters and digits in a typed word, in lower case ("Secure-Bas" gives "bas"). */
    private static String lastWordTyped(String word) {
        String[] parts = word.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isEmpty()) {
                return parts[i];
            }
        }
        return null;
    }

    /** Nothing to look for: no word survived (empty, only stop words, or only exclusions). */
    public boolean isEmpty() {
        return include.isEmpty();
    }

    /** Whole stemmed words to highlight. */
    public Set<String> stems() {
        Set<String> stems = new LinkedHashSet<>();
        include.forEach(p -> stems.addAll(p.terms()));
        return stems;
    }

    /** Stems that also highlight longer words beginning with them. */
    public Set<String> prefixes() {
        Set<String> prefixes = new LinkedHashSet<>();
        include.stream().filter(Phrase::prefix).forEach(p -> prefixes.addAll(p.prefixForms()));
        return prefixes;
    }

    /** Whole stems a word being typed may already have passed (see {@link Phrase#passedStems()}). */
    public Set<String> passedStems() {
        Set<String> stems = new LinkedHashSet<>();
        include.forEach(p -> stems.addAll(p.passedStems()));
        return stems;
    }
}
