package org.securebase.tags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.securebase.tags.BehaviourCues.Indicator;

/**
 * Suggests the insecure attachment patterns (avoidant, ambivalent, disorganized) that a vignette's described
 * behaviour shows, after the attachment literature's indicators ({@link BehaviourCues}). A pattern is suggested on
 * enough independent evidence: one strong indicator or two weak ones; several patterns may be suggested. Plain
 * Java. Suggestions are only shown; the author decides.
 */
public final class TagSuggester {

    /** Evidence a pattern needs: one strong indicator, or two weak ones. */
    private static final int ENOUGH = 2;
    /**
     * When the disorganized pattern is clear, the clinging, protest and distance it is made of belong to it; an
     * organised pattern beside it needs two strong indicators of its own.
     */
    private static final int ENOUGH_BESIDE_DISORGANIZED = 4;

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]+");
    private static final Pattern CLAUSE_START = Pattern.compile(".*(?:[,;:()]| - )");
    /** The writer as the subject ("i keep zoning out", "i have been feeling detached"): not the client's behaviour. */
    private static final Pattern WRITER = Pattern.compile("\\bi(?: (?:am|was|have|has|had|been|keep|kept|feel|feeling"
            + "|felt|get|getting|got|find|myself|tend|to|often|sometimes|really|also|just|pretty|quite|very|so|a|bit"
            + "|little|more|and|can|could|do|did|start|started|starting|become|became|becoming|go|going|went|always"
            + "|still|now|too|being|will|would))* ?$");

    static final BehaviourText TEXT = new BehaviourText(
            SuggestWords.withStemWords(BehaviourCues.keyWords()),
            BehaviourCues.keyStems(),
            SuggestWords.realWordsNearKeyWords());

    /** Pattern slugs, strongest first. */
    public List<String> suggestPatterns(String text) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        evidence(text)
                .forEach((slug, cues) -> scores.put(
                        slug, cues.stream().mapToInt(Indicator::weight).sum()));
        boolean disorganized = scores.getOrDefault(BehaviourCues.DISORGANIZED, 0) >= ENOUGH;
        List<String> slugs = new ArrayList<>();
        scores.forEach((slug, score) -> {
            int needed = disorganized && !slug.equals(BehaviourCues.DISORGANIZED) ? ENOUGH_BESIDE_DISORGANIZED : ENOUGH;
            if (score >= needed) {
                slugs.add(slug);
            }
        });
        slugs.sort((a, b) -> scores.get(b) - scores.get(a));
        return slugs;
    }

    /** Where an indicator was seen: a sentence and the span in it. */
    private record Seen(Indicator indicator, int sentence, int start, int end) {
        boolean overlaps(Seen other) {
            return sentence == other.sentence && start < other.end && other.start < end;
        }
    }

    /**
     * The distinct, independent indicators each pattern shows in the text, for scoring and review: one per indicator
     * name, and none whose words another indicator of the pattern already accounts for (one behaviour described
     * once is one piece of evidence: "clings to her, then screams that she hates her" is not also "clinging").
     */
    Map<String, List<Indicator>> evidence(String text) {
        String normalised = TEXT.normalise(text);
        List<Seen> seen = new ArrayList<>();
        String[] sentences = SENTENCE_END.split(normalised);
        for (int i = 0; i < sentences.length; i++) {
            // Quoted speech is the client's (or someone's) own words: "i" in it is not the writer.
            boolean quoted = sentences[i].indexOf('"') >= 0;
            String sentence = sentences[i].replace('"', ' ').replaceAll(" {2,}", " ");
            if (sentence.isBlank() || affirmed(BehaviourCues.SECURE, sentence, quoted) != null) {
                continue;
            }
            for (Indicator indicator : BehaviourCues.indicators()) {
                MatchResult m = indicator.affirmative()
                        ? affirmed(indicator.pattern(), sentence, quoted)
                        : notTheWriter(first(indicator.pattern(), sentence), sentence, quoted);
                if (m != null) {
                    seen.add(new Seen(indicator, i, m.start(), m.end()));
                }
            }
        }
        // Strongest and most specific (shortest) first; a later one overlapping an accepted one adds nothing.
        seen.sort(Comparator.comparingInt((Seen s) -> -s.indicator().weight())
                .thenComparingInt(s -> s.end() - s.start()));
        Map<String, List<Seen>> accepted = new LinkedHashMap<>();
        accept(seen, accepted, true);
        // The clinging or turning away inside a disorganized sequence ("staring at the wall, then suddenly clings")
        // belongs to that sequence, not to an organised pattern.
        List<Seen> sequences = seen.stream()
                .filter(s -> BehaviourCues.SEQUENCES.contains(s.indicator().name()))
                .toList();
        accept(
                seen.stream()
                        .filter(s -> sequences.stream().noneMatch(q -> q.overlaps(s)))
                        .toList(),
                accepted,
                false);
        Map<String, List<Indicator>> out = new LinkedHashMap<>();
        accepted.forEach(
                (slug, list) -> out.put(slug, list.stream().map(Seen::indicator).toList()));
        return out;
    }

    /** The match unless the writer is its subject ("i am not telling anyone" is the writer's own secret). */
    private static MatchResult notTheWriter(MatchResult m, String sentence, boolean quoted) {
        return m == null
                        || (!quoted
                                && WRITER.matcher(clause(sentence.substring(0, m.start())))
                                        .find())
                ? null
                : m;
    }

    private static String clause(String before) {
        Matcher clause = CLAUSE_START.matcher(before);
        return clause.lookingAt() ? before.substring(clause.end()) : before;
    }

    private static void accept(List<Seen> seen, Map<String, List<Seen>> accepted, boolean disorganized) {
        for (Seen s : seen) {
            if (s.indicator().slug().equals(BehaviourCues.DISORGANIZED) != disorganized) {
                continue;
            }
            List<Seen> mine = accepted.computeIfAbsent(s.indicator().slug(), k -> new ArrayList<>());
            boolean known = mine.stream()
                    .anyMatch(a -> a.indicator().name().equals(s.indicator().name()) || a.overlaps(s));
            if (!known) {
                mine.add(s);
            }
        }
    }

    private static MatchResult first(Pattern pattern, String sentence) {
        Matcher m = pattern.matcher(sentence);
        return m.find() ? m.toMatchResult() : null;
    }

    /** The first place the pattern occurs in the sentence without a negation just before it in its clause. */
    private static MatchResult affirmed(Pattern pattern, String sentence, boolean quoted) {
        Matcher m = pattern.matcher(sentence);
        int from = 0;
        while (from <= sentence.length() && m.find(from)) {
            if (!negated(sentence, m.start(), quoted)) {
                return m.toMatchResult();
            }
            from = m.start() + 1;
        }
        return null;
    }

    /**
     * A negation among the three words before a position, within the same clause; or, outside quoted speech, the
     * writer as its subject, which makes it the writer's state, not the client's behaviour.
     */
    static boolean negated(String sentence, int at, boolean quoted) {
        String before = sentence.substring(0, at);
        Matcher clause = CLAUSE_START.matcher(before);
        if (clause.lookingAt()) {
            before = before.substring(clause.end());
        }
        if (!quoted && WRITER.matcher(before).find()) {
            return true;
        }
        String[] words = before.trim().split("\\s+");
        Set<String> last = new LinkedHashSet<>();
        for (int i = Math.max(0, words.length - 3); i < words.length; i++) {
            last.add(words[i]);
        }
        return BehaviourCues.NEGATION.matcher(String.join(" ", last)).find();
    }
}
