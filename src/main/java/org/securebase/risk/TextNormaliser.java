package org.securebase.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings text to the one form the cues are written for: lower case, straight quotes, contractions with their
 * apostrophe ("im" to "i'm", "do not" to "don't"), quotation marks made double, letters repeated for emphasis cut
 * back ("sooooo"), and keyboard slips in the key words mended ({@link KeyWordMender}); then splits sentences and
 * clauses.
 */
final class TextNormaliser {

    private TextNormaliser() {}

    /** Informal spellings and contractions without an apostrophe. */
    private static final String[][] SPELLINGS = {
        {"im", "i'm"},
        {"ive", "i've"},
        {"id", "i'd"},
        {"dont", "don't"},
        {"cant", "can't"},
        {"wont", "won't"},
        {"didnt", "didn't"},
        {"doesnt", "doesn't"},
        {"isnt", "isn't"},
        {"wasnt", "wasn't"},
        {"arent", "aren't"},
        {"werent", "weren't"},
        {"wouldnt", "wouldn't"},
        {"couldnt", "couldn't"},
        {"shouldnt", "shouldn't"},
        {"havent", "haven't"},
        {"hasnt", "hasn't"},
        {"hadnt", "hadn't"},
        {"aint", "ain't"},
        {"thats", "that's"},
        {"whats", "what's"},
        {"theres", "there's"},
        {"theyre", "they're"},
        {"theyll", "they'll"},
        {"theyd", "they'd"},
        {"youre", "you're"},
        {"youll", "you'll"},
        {"shes", "she's"},
        {"hes", "he's"},
        {"its", "it's"},
        {"gonna", "going to"},
        {"wanna", "want to"},
        {"gotta", "got to"},
        {"tonite", "tonight"},
        {"2nite", "tonight"},
        {"nite", "night"},
        {"cuz", "because"},
        {"coz", "because"},
        {"cos", "because"},
        {"bc", "because"},
        {"pls", "please"},
        {"plz", "please"},
        {"abt", "about"},
        {"u", "you"},
        {"ur", "your"},
        {"b4", "before"},
        {"noone", "no one"},
        {"every1", "everyone"},
        {"some1", "someone"},
        {"any1", "anyone"},
        {"tbh", "to be honest"},
        {"ppl", "people"},
        {"w/o", "without"},
        {"gud", "good"},
        {"bye-bye", "goodbye"},
        {"b", "be"},
        {"thinkin", "thinking"},
        {"bout", "about"},
        {"alot", "a lot"},
        {"ngl", "not going to lie"},
        {"rn", "right now"},
        {"tmrw", "tomorrow"},
        {"tmr", "tomorrow"}
    };

    private static final Pattern WORD = Pattern.compile("[a-z][a-z'/0-9-]*");
    private static final Pattern LONG_FORMS = Pattern.compile(
            "\\b(i am|i will|i would|i have got|do not|does not|did not|can not|cannot|will not|would not|is not|"
                    + "are not|was not|were not|it is|that is|"
                    + "she is|he is|they are|what is|there is|any more|any longer|good bye|good-bye)\\b");
    private static final Map<String, String> SHORT_FORMS = Map.ofEntries(
            Map.entry("i am", "i'm"),
            Map.entry("i will", "i'll"),
            Map.entry("i would", "i'd"),
            Map.entry("i have got", "i've got"),
            Map.entry("do not", "don't"),
            Map.entry("does not", "doesn't"),
            Map.entry("did not", "didn't"),
            Map.entry("can not", "can't"),
            Map.entry("cannot", "can't"),
            Map.entry("will not", "won't"),
            Map.entry("would not", "wouldn't"),
            Map.entry("is not", "isn't"),
            Map.entry("are not", "aren't"),
            Map.entry("was not", "wasn't"),
            Map.entry("were not", "weren't"),
            Map.entry("it is", "it's"),
            Map.entry("that is", "that's"),
            Map.entry("she is", "she's"),
            Map.entry("he is", "he's"),
            Map.entry("they are", "they're"),
            Map.entry("what is", "what's"),
            Map.entry("there is", "there's"),
            Map.entry("any more", "anymore"),
            Map.entry("any longer", "anymore"),
            Map.entry("good bye", "goodbye"),
            Map.entry("good-bye", "goodbye"));
    private static final Map<String, String> SPELLING = new HashMap<>();
    /** "they'd all be relieved": someone else's fused "would", spelled out so "they ... would" reads the same. */
    private static final Pattern OTHERS_WOULD =
            Pattern.compile("\\b(they|she|he|we|you|everyone|everybody|" + "people)'d\\b");
    /** "ill still be here": "i'll" without its apostrophe, told from ill by the verb after it. */
    private static final Pattern I_LL = Pattern.compile(
            "\\bill(?= (?:still|be|never|just|probably|go|do|end|kill|" + "make|not|" + "have|see|take|jump)\\b)");
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
        String t2 = REPORTED_HE_LL
                .matcher(SPACES.matcher(shortened).replaceAll(" "))
                .replaceAll("$1$2'll");
        t2 = OTHERS_WOULD.matcher(t2).replaceAll("$1 would");
        return I_LL.matcher(t2).replaceAll("i'll").replaceAll("\\bmy self\\b", "myself");
    }

    private static String mend(String word) {
        String spelled = SPELLING.get(word);
        if (spelled != null) {
            return spelled;
        }
        String w = hasTripleLetter(word) ? TRIPLE.matcher(word).replaceAll("$1$1") : word;
        if (!w.equals(word) && !KeyWordMender.isKeyWord(w)) {
            String single = TRIPLE.matcher(word).replaceAll("$1");
            if (KeyWordMender.known(single) || SPELLING.containsKey(single)) {
                w = SPELLING.getOrDefault(single, single);
            }
        }
        return KeyWordMender.mend(w);
    }

    private static boolean hasTripleLetter(String w) {
        for (int i = 2; i < w.length(); i++) {
            if (w.charAt(i) == w.charAt(i - 1) && w.charAt(i) == w.charAt(i - 2)) {
                return true;
            }
        }
        return false;
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
