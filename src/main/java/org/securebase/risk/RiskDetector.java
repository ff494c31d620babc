package org.securebase.risk;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Classifies a post or comment as {@link RiskLevel#SELF}, {@link RiskLevel#URGENT} or {@link RiskLevel#NONE}.
 * Plain Java, no framework types: rules over sentences. It errs towards flagging: a false alarm costs a supervisor
 * a look, a miss leaves someone alone. It tells a writer's own distress from idioms ("this is killing me"), from
 * clinical history ("a history of two attempts"), from assessments ("no current ideation") and from grief.
 */
public final class RiskDetector {

    /** Figures of speech that use the words of death without meaning it. Removed before anything else. */
    private static final Pattern IDIOMS = Pattern.compile(String.join("|",
            "(?:the )?death of me", "dying (?:to|for)\\b", "dead (?:tired|on my feet|beat|serious|set|ringer|end)",
            "deadlines?", "kill(?:ing)? (?:for|time)\\b", "(?:is|are|was|it's|its) killing me", "killing it",
            "to die for", "(?:bored|scared|worried|frightened|tickled) to death", "drop dead", "dead(?:ly)? boring",
            "dying of (?:laughter|embarrassment|curiosity)", "over my dead body", "would kill to",
            "(?:make|made) a killing", "dead (?:battery|phone|link|end)", "killer (?:workshop|training|talk)",
            "i could (?:just )?die", "(?:i'm|i am) dead\\b(?! serious)", "(?:that|this) (?:joke|meme) killed me"));

    /** Talk about risk rather than risk: assessment findings, denial, history, research and training. */
    private static final Pattern CLINICAL_FRAME = Pattern.compile(String.join("|",
            "no (?:current |active |present )?(?:suicidal )?(?:ideation|plan|intent|si\\b)", "denie[sd]",
            "risk assessment", "safety plan", "history of", "in (?:19|20)\\d\\d", "years ago", "reassess",
            "screen(?:ing|ed)? for", "suicide (?:risk|prevention|assessment|rates?|screening|protocol|training|"
                    + "awareness|research|literature|bereavement|loss)",
            "died by suicide", "(?:lost|losing) (?:her|his|their|my) \\w+ to suicide", "postvention",
            "resources? on", "how (?:do|would|should) (?:you|we|i) (?:assess|ask|respond|handle|work)"));

    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:i|i'm|im|i've|i'd|i'll|me|my|myself)\\b");

    /** The writer's own wish to die, plan, or hopelessness about living. */
    private static final List<Pattern> SELF_CUES = compile(
            "\\b(?:kill|killing|hang|hanging|shoot|shooting|drown|drowning) myself\\b",
            "\\b(?:end|ending|take|taking) my (?:own )?life\\b",
            "\\b(?:want|wanted|wanting|going|ready|plan|planning) to die\\b",
            "\\bwaiting (?:to die|for (?:the|my) end|for death|to go)\\b",
            "\\bwish (?:i|i'd) (?:was|were|had) (?:dead|never been born|not woken up)\\b",
            "\\b(?:don't|do not|dont|no longer) want to (?:live|be alive|be here|exist|wake up|go on)\\b",
            "\\b(?:can't|cannot|cant) (?:go on|do this anymore|keep going|take it anymore|take this anymore)\\b",
            "\\bno (?:reason|point) (?:left )?(?:to|in) (?:live|living|keep living|go on|going on|be here|being here)\\b",
            "\\b(?:better off|happier) (?:dead|without me|if i (?:was|were) (?:dead|gone))\\b",
            "\\b(?:everyone|everybody|they|my family) would be better off\\b",
            "\\b(?:i'm|i am|i feel|feeling|i've been|i have been) (?:so |very |really )?suicidal\\b",
            "\\b(?:think|thinking|thought|thoughts) (?:about|of) (?:suicide|killing myself|ending it|dying)\\b",
            "\\b(?:cut|cutting|slit|slitting) (?:my|myself)\\b",
            "\\b(?:hurt|hurting|harm|harming) myself\\b",
            "\\b(?:take|taking|swallow|swallowing|took) (?:all )?(?:of )?my (?:\\w+ )?(?:pills|meds|medication|tablets)\\b",
            "\\boverdos(?:e|ing) (?:on|tonight)\\b",
            "\\btonight is the night\\b",
            "\\b(?:saying|say) goodbye\\b.*\\b(?:thank you|thanks) (?:all|everyone|for (?:trying|everything))\\b",
            "\\b(?:i|i've|i have) (?:decided|made up my mind)\\b.*\\b(?:tonight|it's time|end)\\b",
            "\\bnothing (?:matters|is worth it) anymore\\b",
            "\\bnot (?:be|going to be) (?:here|around) (?:much longer|tomorrow|anymore)\\b",
            "\\bend it all\\b", "\\bending it all\\b", "\\bwrote (?:a|my) (?:suicide|goodbye) note\\b",
            "\\b(?:wonder|wondering) if anyone would (?:notice|care|miss me) if i (?:was|were|died|disappeared)\\b",
            "\\bstockpil\\w+ (?:my )?(?:pills|meds|medication|tablets)\\b",
            "\\b(?:just )?want (?:it all|everything|the pain|it) to (?:stop|end)\\b",
            "\\b(?:tired|sick) of (?:living|being alive|life itself)\\b",
            "\\bwhat(?:'s| is) the point (?:of|in) (?:going on|living|being here|anything anymore)\\b",
            "\\b(?:looking up|researching|googling) (?:ways|how) to (?:die|kill myself|end it)\\b",
            "\\b(?:no way out|(?:can't|don't|do not|cannot) see (?:a|any) (?:way out|future|reason to live))\\b");

    /** A farewell spread over sentences: "I'm saying goodbye. Thank you all for trying." */
    private static final Pattern FAREWELL = Pattern.compile(
            "\\b(?:i'm|i am) (?:saying goodbye|signing off for good|leaving for good)\\b.*\\b(?:thank you|thanks)\\b"
                    + "|\\bthis is (?:my|the) last (?:post|message|time)\\b");

    private static final Pattern THIRD_PARTY = Pattern.compile(
            "\\b(?:client|patient|he|she|they|him|her|son|daughter|child|kid|teen|partner|husband|wife|mother|"
                    + "father|someone|member|student|boy|girl|man|woman)\\b");

    /** Danger happening now or about to: to the client or to someone else. */
    private static final List<Pattern> DANGER = compile(
            "\\bthreaten(?:s|ing|ed)? to\\b",
            "\\b(?:going|about|plans?|planning) to (?:hurt|kill|harm|jump|shoot|stab|attack|end)\\b",
            "\\b(?:swallowed|overdosed|took an overdose|has taken|ingested|took (?:a|the|all|an entire) (?:bottle|box|pack))\\b",
            "\\b(?:has|with|holding|bought|got) (?:a|his|her|their) (?:gun|knife|rope|weapon|pills)\\b",
            "\\bphoto of (?:a|the) (?:rope|gun|knife|noose|pills)\\b",
            "\\b(?:on|at) the (?:edge|ledge|bridge|roof|railway|tracks)\\b", "\\bjump(?:ing)? (?:from|off)\\b",
            "\\b(?:kill|hurt|harm) (?:himself|herself|themselves|them|him|her|his|the)\\b",
            "\\bsuicide note\\b", "\\bbleeding\\b", "\\bunconscious\\b", "\\bnoose\\b",
            "\\b(?:she|he|they)(?:'ll| will) (?:overdose|kill|jump|hurt|shoot|stab)\\b",
            "\\b(?:is|are) (?:beating|hitting|hurting|abusing|threatening) (?:her|him|them|the)\\b");

    private static final Pattern IMMEDIACY = Pattern.compile(String.join("|",
            "right now", "\\bnow\\b", "tonight", "today", "just (?:told|texted|called|said|sent)", "an hour ago",
            "minutes ago", "this (?:morning|afternoon|evening)", "isn't answering", "is not answering",
            "not answering", "on the phone", "when (?:he|she|they) gets? home", "\\bsays? (?:she|he|they)\\b",
            "\\bis (?:threatening|holding|standing|on)\\b", "what do i do", "need help", "help now"));

    public RiskLevel classify(String text) {
        if (text == null || text.isBlank()) {
            return RiskLevel.NONE;
        }
        String normalised = IDIOMS.matcher(normalise(text)).replaceAll(" ");
        if (FAREWELL.matcher(normalised).find() && !CLINICAL_FRAME.matcher(normalised).find()) {
            return RiskLevel.SELF;
        }
        boolean urgent = false;
        for (String sentence : normalised.split("(?<=[.!?;])\\s+|\\n+")) {
            boolean clinical = CLINICAL_FRAME.matcher(sentence).find();
            // Without a pronoun ("What's the point of going on.") the writer speaks of themself unless the
            // sentence names someone else.
            boolean writer = FIRST_PERSON.matcher(sentence).find() || !THIRD_PARTY.matcher(sentence).find();
            if (!clinical && writer && matchesAny(SELF_CUES, sentence)
                    && !aboutSomeoneElse(sentence)) {
                return RiskLevel.SELF;
            }
            if (!clinical && THIRD_PARTY.matcher(sentence).find() && matchesAny(DANGER, sentence)
                    && (IMMEDIACY.matcher(normalised).find() || presentTense(sentence))) {
                urgent = true;
            }
        }
        return urgent ? RiskLevel.URGENT : RiskLevel.NONE;
    }

    /** "My client said she wants to end her life" is a report about a client, not the writer's own wish. */
    private static boolean aboutSomeoneElse(String sentence) {
        return Pattern.compile("\\b(?:client|patient|she|he|they) (?:said|says|told|tells|wrote|writes|reported)\\b")
                .matcher(sentence).find() && !sentence.contains("myself");
    }

    private static boolean presentTense(String sentence) {
        return sentence.matches(".*\\b(?:is|are|has|have)\\b.*");
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2014', ' ').replace('\u2013', ' ');
    }

    private static boolean matchesAny(List<Pattern> patterns, String sentence) {
        return patterns.stream().anyMatch(p -> p.matcher(sentence).find());
    }

    private static List<Pattern> compile(String... regexes) {
        return java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
    }
}
