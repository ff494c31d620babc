package org.securebase.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short stretch of a post or comment around the first matching word, HTML-escaped, with the words that match
 * the query (by stem, or by the prefix being typed) in {@code <mark>}. Markdown punctuation is dropped first.
 */
public final class Excerpts {

    static final int LENGTH = 240;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");

    private Excerpts() {}

    public static String excerpt(String text, ParsedQuery query) {
        String plain = plain(text);
        List<int[]> marks = marks(plain, query);
        int start = 0;
        if (!marks.isEmpty() && marks.getFirst()[0] > LENGTH / 3) {
            start = plain.lastIndexOf(' ', marks.getFirst()[0] - LENGTH / 4) + 1;
        }
        int end = Math.min(plain.length(), start + LENGTH);
        if (end < plain.length()) {
            int space = plain.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        return (start > 0 ? "… " : "") + render(plain, marks, start, end) + (end < plain.length() ? " …" : "");
    }

    /** A whole short text (a title) with its matching words marked. */
    public static String highlight(String text, ParsedQuery query) {
        String plain = text == null ? "" : text;
        return render(plain, marks(plain, query), 0, plain.length());
    }

    static String plain(String markdown) {
        String text = markdown == null ? "" : markdown;
        text = LINK.matcher(text).replaceAll("$1");
        text = text.replaceAll("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\d+\\.)\\s+", "");
        text = text.replaceAll("[*_`~]+", "");
        return text.replaceAll("\\s+", " ").strip();
    }

    private static List<int[]> marks(String text, ParsedQuery query) {
        Set<String> stems = query.stems();
        Set<String> prefixes = query.prefixes();
        stems = new java.util.LinkedHashSet<>(stems);
        stems.addAll(query.passedStems());
        List<int[]> marks = new ArrayList<>();
        if (stems.isEmpty()) {
            return marks;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(java.util.Locale.ROOT);
            // Stemming every word is the slow part: only words that share a stem's first letters can match.
            if (stems.stream().noneMatch(s -> word.startsWith(s.substring(0, Math.min(2, s.length()))))) {
                continue;
            }
            for (String term : Terms.of(word)) {
                if (stems.contains(term) || prefixes.stream().anyMatch(term::startsWith)) {
                    marks.add(new int[] {m.start(), m.end()});
                    break;
                }
            }
        }
        return marks;
    }

    private static String render(String text, List<int[]> marks, int start, int end) {
        StringBuilder out = new StringBuilder();
        int at = start;
        for (int[] mark : marks) {
            if (mark[0] < start || mark[1] > end) {
                continue;
            }
            escape(text, at, mark[0], out);
            out.append("<mark>");
            escape(text, mark[0], mark[1], out);
            out.append("</mark>");
            at = mark[1];
        }
        escape(text, at, end, out);
        return out.toString();
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
