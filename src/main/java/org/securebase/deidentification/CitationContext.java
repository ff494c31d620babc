package org.securebase.deidentification;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Safe class "cited author", known by syntax rather than by a list of names: an author the field lists is the anchor,
 * and the names written in one list with it are authors too ("Liotti and Siegel", "Wallin, Holmes' The Search for
 * the Secure Base, and Slade", "Colin Murray Parkes and Bowlby's Loss volume"); so is any name followed by the
 * kind of thing an author has ("in Liotti terms", "the Grossmanns' longitudinal research", "Butler's life review
 * stuff"), and a listed author with a verb of writing ("Lieberman and Van Horn would say").
 */
final class CitationContext {

    // what lies between two authors of one list: a possessive, perhaps the title of a work, then a comma or "and"
    private static final Pattern LIST_GAP = Pattern.compile("^(?:['’]s?)?(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|of|for|the|a|"
            + "an|in|on|to))*\\s*(?:,\\s*(?:and|&)\\s+|,\\s*|\\s+(?:and|&)\\s+)$");
    // NAME as an author: the kind of thing an author has follows, perhaps after one or two describing words
    private static final Pattern WORK_AFTER = Pattern.compile("^(?:['’]s?)?\\s+(?:(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}"
            + "(?:terms|theory|theories|research|framework|frameworks|lens|perspective|model|concepts?)"
            + "|\\p{Ll}[\\p{L}-]*\\s+\\p{Ll}[\\p{L}-]*\\s+stuff)\\b");
    private static final Pattern WRITING_VERB = Pattern.compile(
            "^\\s+(?:would|might|could)\\s+(?:say|call|describe|" + "argue|frame|put)\\b|^\\s+(?:on|about)\\s+\\p{Ll}");

    private CitationContext() {}

    /** Removes the NAME and LOC candidates that are cited authors, and the titles of works between them. */
    static void excuse(String text, List<Token> tokens, List<Candidate> found) {
        List<int[]> members = new ArrayList<>();
        List<Boolean> cited = new ArrayList<>();
        for (Candidate c : Deidentifier.merge(found)) {
            if (c.type() == IdentifierType.NAME || c.type() == IdentifierType.LOC) {
                members.add(new int[] {c.start(), c.end()});
                cited.add(authorByWhatFollows(text, c));
            }
        }
        if (members.isEmpty()) {
            return;
        }
        boolean anchor = cited.contains(true);
        for (Token t : tokens) {
            if (t.capitalised() && Vocabulary.isTheorist(t.text()) && !CapitalisedRuns.theoristNamedByKin(text, t)) {
                members.add(new int[] {t.start(), t.end()});
                cited.add(true);
                anchor = true;
            }
        }
        if (!anchor) {
            return;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparingInt(i -> members.get(i)[0]));
        List<int[]> excused = new ArrayList<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = 0; k + 1 < order.size(); k++) {
                int a = order.get(k);
                int b = order.get(k + 1);
                if (cited.get(a).equals(cited.get(b)) || members.get(b)[0] < members.get(a)[1]) {
                    continue;
                }
                String gap = text.substring(members.get(a)[1], members.get(b)[0]);
                if (gap.length() < 60 && LIST_GAP.matcher(gap).matches()) {
                    cited.set(a, true);
                    cited.set(b, true);
                    excused.add(new int[] {members.get(a)[1], members.get(b)[0]}); // a title between them
                    changed = true;
                }
            }
        }
        for (int i = 0; i < members.size(); i++) {
            if (cited.get(i)) {
                excused.add(members.get(i));
            }
        }
        found.removeIf(c -> (c.type() == IdentifierType.NAME || c.type() == IdentifierType.LOC)
                && excused.stream().anyMatch(s -> c.start() >= s[0] && c.end() <= s[1]));
    }

    private static boolean authorByWhatFollows(String text, Candidate c) {
        String after = text.substring(c.end(), Math.min(text.length(), c.end() + 50));
        if (WORK_AFTER.matcher(after).lookingAt()) {
            return true;
        }
        boolean listedAuthor = Texts.tokens(text.substring(c.start(), c.end())).stream()
                .anyMatch(t -> t.capitalised() && Vocabulary.isAuthor(t.text()));
        return listedAuthor && WRITING_VERB.matcher(after).lookingAt();
    }
}
