package org.securebase.tags;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Suggests attachment-pattern tags from a vignette's text: the pattern's name and its synonyms, and the cues
 * clinicians use to describe it (after Ainsworth's and Main's categories as the seeds describe them). Plain Java.
 * Suggestions are only shown; the author decides.
 */
public final class TagSuggester {

    /** A cue and how strongly it points at a pattern; a pattern is suggested at a total weight of 2 or more. */
    private record Cue(Pattern pattern, int weight) {
    }

    private static final Map<String, List<Cue>> CUES = new LinkedHashMap<>();

    static {
        CUES.put("avoidant", List.of(
                cue("avoidant|dismissing|dismissive|deactivat\\w*", 2),
                cue("(?:doesn't|does not|don't|do not|never) (?:need|needs|want|wants) (?:anyone|anybody|help|people)", 2),
                cue("(?:prefers?|preferring) (?:his|her|their|my) own company", 2),
                cue("(?:feelings|emotions|talking) (?:are|is) \"?(?:a )?(?:waste of time|pointless|weakness)", 2),
                cue("people are \"?too much", 2),
                cue("(?:safer|better) (?:alone|on (?:his|her|my) own)", 1),
                cue("(?:will not|won't|doesn't|does not) let (?:me|anyone) (?:touch|help|in|near)", 1),
                cue("self-reliant|self-sufficient|compulsive(?:ly)? self-reliance", 2),
                cue("(?:keeps?|keeping) (?:me|people|others|everyone) at (?:a|arm's) (?:distance|length)", 2),
                cue("shuts? down|withdraws?|stonewall\\w*|emotionally (?:distant|unavailable)", 1),
                cue("never (?:cries|cried|asks? for help)|minimi[sz]\\w+ (?:feelings|needs|distress)", 2),
                cue("only speaks through|reads the paper in the waiting room", 1)));
        CUES.put("ambivalent", List.of(
                cue("ambivalent|preoccupied|anxious(?:ly)?[- ](?:attach\\w*|preoccupied)|anxious attachment"
                        + "|hyperactivat\\w*|(?:ambivalent|anxious)[- ]resistant", 2),
                cue("texts? (?:\\w+ ){0,3}(?:dozens of|forty|fifty|twenty|\\d+|many|countless) times", 2),
                cue("(?:fears?|afraid|terrified|convinced) (?:that )?(?:he|she|they|i|partner) (?:will|would|is going to) leave", 2),
                cue("abandon\\w*", 2),
                cue("(?:furious|angry|distraught|panicked?) when (?:i|we|he|she) (?:went|go|goes|was) (?:on leave|away|on holiday|on vacation)", 2),
                cue("proof that (?:i|you|he|she|they) (?:don't|doesn't|do not) care", 2),
                cue("warm one day and (?:absent|cold|distant) the next|inconsistent(?:ly)? (?:care|available|caregiving)", 2),
                cue("(?:constant|endless|needs?) reassurance|clingy|clings to", 1),
                cue("(?:long|many) (?:emails|messages|texts) at night", 1),
                cue("separation distress|can't bear to be apart|cannot be alone", 1)));
        CUES.put("disorganized", List.of(
                cue("disorgani[sz]ed|disoriented|unresolved (?:loss|trauma)|fearful[- ](?:avoidant|attach\\w*)", 2),
                cue("freez(?:es|ing)|frozen|startles?", 2),
                cue("frightened and frightening|frightening and frightened", 2),
                cue("alternates? between clinging and (?:hitting|kicking|biting|pushing)", 2),
                cue("(?:comforter|protector|carer|caregiver|source of comfort) and (?:her|his|their) (?:abuser|attacker)", 2),
                cue("wants? (?:me|us|him|her) close and then (?:panics|pushes|attacks|runs)", 2),
                cue("dissociat\\w*|switch(?:es)? off|spaced out|psychos\\w+|voices", 2),
                cue("domestic violence|(?:was|were) abused|abuser", 1),
                cue("no (?:organi[sz]ed )?strategy|approach and avoid|approach-avoid", 1)));
    }

    private static Cue cue(String regex, int weight) {
        return new Cue(Pattern.compile("\\b(?:" + regex + ")"), weight);
    }

    /** Pattern slugs, strongest first. */
    public List<String> suggestPatterns(String text) {
        String normalised = text == null ? "" : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .replace('\u201c', '"').replace('\u201d', '"');
        Map<String, Integer> scores = new LinkedHashMap<>();
        CUES.forEach((slug, cues) -> {
            int score = cues.stream().mapToInt(c -> c.pattern().matcher(normalised).find() ? c.weight() : 0).sum();
            if (score >= 2) {
                scores.put(slug, score);
            }
        });
        List<String> slugs = new ArrayList<>(scores.keySet());
        slugs.sort((a, b) -> scores.get(b) - scores.get(a));
        return slugs;
    }
}
