package org.securebase.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Words as search compares them: Lucene's EnglishAnalyzer (Unicode word breaks, lower case, English stop words
 * removed, possessives dropped, Porter stemming: "attached" and "attachment" both become "attach"). The same code
 * stems what is indexed and what is asked, on H2 and on PostgreSQL, so both databases match the same words.
 * Each term keeps only letters and digits, so PostgreSQL's parser reads it back as exactly one word.
 */
public final class Terms {

    private static final Analyzer ENGLISH = new EnglishAnalyzer();
    private static final int MAX_TERM = 60;

    private Terms() {}

    public static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = ENGLISH.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String clean = clean(term.toString());
                if (!clean.isEmpty()) {
                    terms.add(clean);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** The stored form: terms separated by single spaces, with a space at each end so "% term %" matches a word. */
    public static String joined(String text, int limit) {
        StringBuilder out = new StringBuilder(" ");
        for (String term : of(text)) {
            if (out.length() + term.length() + 1 > limit) {
                break;
            }
            out.append(term).append(' ');
        }
        return out.toString();
    }

    private static String clean(String term) {
        StringBuilder out = new StringBuilder(term.length());
        term.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.length() > MAX_TERM ? out.substring(0, MAX_TERM) : out.toString();
    }
}
