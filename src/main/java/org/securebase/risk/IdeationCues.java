package org.securebase.risk;

import static org.securebase.risk.LanguageClasses.CEASE;
import static org.securebase.risk.LanguageClasses.CEASE_WORDS;
import static org.securebase.risk.LanguageClasses.KILL;
import static org.securebase.risk.LanguageClasses.KILL_WORDS;
import static org.securebase.risk.LanguageClasses.MEANS;
import static org.securebase.risk.LanguageClasses.MEANS_WORDS;
import static org.securebase.risk.LanguageClasses.METHOD_ACT;
import static org.securebase.risk.LanguageClasses.METHOD_WORDS;
import static org.securebase.risk.LanguageClasses.PLACE;
import static org.securebase.risk.LanguageClasses.PLACE_WORDS;
import static org.securebase.risk.LanguageClasses.THINK;
import static org.securebase.risk.LanguageClasses.THINK_WORDS;
import static org.securebase.risk.LanguageClasses.WILL_WORDS;
import static org.securebase.risk.LanguageClasses.WISH;
import static org.securebase.risk.LanguageClasses.WISH_WORDS;
import static org.securebase.risk.LanguageClasses.WRITER;
import static org.securebase.risk.LanguageClasses.WRITER_WILL;
import static org.securebase.risk.LanguageClasses.any;
import static org.securebase.risk.LanguageClasses.gap;
import static org.securebase.risk.SelfHarmCues.W;
import static org.securebase.risk.SelfHarmCues.WORDS;

import java.util.List;

/**
 * The C-SSRS ideation ladder for the writer's own risk: a wish to be dead (1), active thoughts (2), thoughts with a
 * method (3) and intent (4). Rules built on {@link LanguageClasses#WRITER} carry their own subject; {@code voiced}
 * rules are impersonal phrasings that count when the clause speaks for the writer.
 */
final class IdeationCues {

    private IdeationCues() {
    }

    static final List<Cue> ALL = List.of(
            // C-SSRS 1, passive wish: the writer + wish/would rather + cessation (stop existing, not wake up)
            Cue.self(RiskCategory.PASSIVE_WISH, WISH_WORDS + " | " + CEASE_WORDS, WRITER + WISH + gap(2) + CEASE),
            // C-SSRS 1, negated will to live: the writer + don't/no longer + want + live/exist/wake up
            Cue.self(RiskCategory.PASSIVE_WISH,
                    "not don't didn't never longer | live alive here exist wake go carry keep see around world "
                            + "breath continu",
                    WRITER + any("don't", "do not", "didn't", "no longer", "never", "not", "'m not", "am not")
                    + " (?:really |even |actually )?(?:want|wish|care|wanting|feel like)(?:ing)? to (?:" + any("live",
                    "be alive", "be here (?:anymore|any more|any longer|at all|now)", "exist", "wake(?: up)?",
                    "go on", "carry on", "keep going", "keep living", "see (?:tomorrow|another|the morning|next)",
                    "be around", "be in this world", "breathe", "continue") + ")\\b"),
            // C-SSRS 1-2, no wish to be kept alive: the writer refuses safety itself ("I don't actually want to be
            // kept safe anymore"), or an intrusive thought has become a wish ("it doesn't feel intrusive anymore.
            // Now it feels like a wish")
            Cue.voiced(RiskCategory.ACTIVE_THOUGHTS, "want safe saved rescued stopped intrusive wish",
                    any("(?:don't|do not|no longer|didn't) (?:actually |really |even )?want to be (?:kept )?(?:safe|"
                                    + "saved|rescued|stopped|talked down|found in time)",
                            "(?:doesn't|does not|don't|no longer|not) (?:feel|seem|feels|seems) intrusive",
                            "(?:it|the thought|the urge|the image) (?:now )?(?:feels|felt|is) like a (?:wish|relief|"
                                    + "promise|plan)\\b")),
            // C-SSRS 4, intent: ideation that has moved from whether to when ("mine went from 'what if' to 'when'")
            Cue.self(RiskCategory.INTENT, "from",
                    "from [\"'‘“]?(?:what )?if[\"'’”]? to [\"'‘“]?when\\b"),
            // C-SSRS 1, thoughts of being dead: the writer + keep thinking about / picture + dying, not waking up
            Cue.self(RiskCategory.PASSIVE_WISH, THINK_WORDS + " | die dying dead wake exist disappear vanish", WRITER
                    + THINK + gap(2) + any("dying\\b", "being dead", "not (?:being )?alive", "not existing",
                    "not waking(?: up)?", "disappearing", "vanishing")),
            Cue.voiced(RiskCategory.PASSIVE_WISH, "thought idea", "(?:the )?(?:thought|idea) of "
                    + any("not existing", "dying", "being dead", "not waking(?: up)?",
                    "not being (?:here|alive|around)", "disappearing", "ending it", "killing myself",
                    "never waking(?: up)?")),
            // C-SSRS 1, a negated wish raised over think/know: "I don't think I want to be alive next year"
            Cue.self(RiskCategory.PASSIVE_WISH, "don't not | want wish care | live alive here exist wake",
                    any("don't", "do not", "not sure", "no longer")
                    + " (?:think|feel like|know if|know that|know whether|believe) i (?:really |even |still "
                    + ")?(?:want|wish|care|need)(?: to)? "
                    + any("live", "be alive", "be here", "exist", "wake(?: up)?", "keep living", "keep going",
                    "go on")),
            // C-SSRS 1, a wish for one's own death in fixed form: rather be dead, wish I'd never been born
            Cue.voiced(RiskCategory.PASSIVE_WISH, "dead born gone here alive die live wake", any("rather be dead",
                    "better off dead", "wish(?:ed)? i (?:was|were|'d been|had been|could be) " + any("dead", "gone",
                    "not here", "not alive", "never born"), "wish(?:ed)? i (?:had|'d|was|were) never (?:been )?born",
                    "wish(?:ed)? i (?:hadn't|had not) been born",
                    "(?:it's|it is|would be) better (?:that |if )?i (?:die|died|am dead|was dead|were dead|was gone|"
                            + "were gone)",
                    "(?:i )?(?:not|no) want (?:to )?(?:live|be alive)",
                    "wish(?:ed)? i (?:wouldn't|won't|didn't|don't|hadn't|would not) wake")),
            // C-SSRS 1, accepting one's own death: if a bus hit me + grateful, relieved, wouldn't fight it
            Cue.voiced(RiskCategory.PASSIVE_WISH,
                    "happen hit run killed knocked died wake woke gone bus car truck lorry train make",
                    any("if (?:something|anything) (?:bad )?(?:happen(?:s|ed)|were to happen|was to happen) to me",
                    "if i (?:got|get|was|were|'m|am) (?:hit|run over|killed|knocked down)",
                    "(?:hit|run over|killed) by a (?:bus|car|truck|lorry|train)",
                    "if a (?:bus|car|truck|lorry|train) (?:hit|hits|ran over|killed) me",
                    "if i (?:died|didn't wake|don't wake|never woke|never wake|just died|was gone|were gone|didn't "
                            + "make it)")
                    + ".*" + any("grateful", "thankful", "relieved", "relief", "glad", "fine", "okay", "ok\\b",
                    "happy", "wouldn't (?:mind|fight|care|be sad)", "would not (?:mind|fight|care)",
                    "not (?:mind|fight it|care)", "welcome it", "a blessing", "at peace", "mind")),
            Cue.voiced(RiskCategory.PASSIVE_WISH,
                    "grateful thankful relieved mind fight glad | happen hit bus car truck lorry train died wake woke",
                    any("grateful", "thankful", "relieved", "wouldn't mind", "wouldn't fight it", "glad") + ".*"
                    + any("if (?:something|anything) happen(?:s|ed) to me",
                    "(?:hit|run over) by a (?:bus|car|truck|lorry|train)",
                    "if a (?:bus|car|truck|lorry|train) (?:hit|hits) me",
                    "if i (?:died|didn't wake|don't wake|never woke)")),
            // C-SSRS 1, wishing for an accident that would end it: "wish a truck would just take the decision out
            // of my hands", "hoping the plane goes down", "pray a bus doesn't stop"
            Cue.voiced(RiskCategory.PASSIVE_WISH, "wish hop pray want | bus car truck lorry train plane tram crash",
                    any("wish", "wishing", "hope", "hoping", "pray", "praying", "want")
                    + " (?:that )?(?:a|the|some|this) (?:\\w+ )?(?:bus|car|truck|lorry|train|plane|tram|driver)\\w* "
                    + any("would", "will", "could", "might", "'d", "hits?", "crash(?:es)?", "goes down", "doesn't stop",
                    "didn't stop", "takes? me", "ends? it")),
            // C-SSRS 2-5 in the field's own words, said of oneself: "I'd score myself as high", "my C-SSRS today
            // would be a yes to 1 through 5", "ideation daily, a plan, access to means. funny when it's you"
            Cue.voiced(RiskCategory.ACTIVE_THOUGHTS, "score rate assess c-ssrs cssrs ssrs columbia phq ideation risk",
                    any("(?:score|rate|assess|put|class) myself (?:as |at )?(?:high|very high|severe|imminent|red)",
                    "my (?:own )?(?:c-ssrs|cssrs|columbia|phq-?9 item 9|item 9|risk assessment|risk screen)"
                            + "(?: today| right now| this week)? (?:would be|is|was|comes out|came out)"
                            + " (?:a )?(?:yes|high|positive|red|severe|all yes)",
                    "(?:ideation|si) (?:daily|every day|most days|constant|constantly|all the time)"
                            + ".*(?:plan|means|when it's (?:me|you)|myself)",
                    "(?:if|when) (?:i|i'd) (?:did|do|ran|run) (?:my own|a) (?:risk assessment|c-ssrs|screen) on "
                            + "myself")),
            // Hopelessness in the field's own words: no reasons for living, no protective factor left, one's own
            // safety plan left blank at "reasons for living"
            Cue.voiced(RiskCategory.HOPELESSNESS, "reason protective blank stuck find found left",
                    any("(?:couldn't|could not|can't|cannot|didn't|did not) (?:find|think of|come up with|name) "
                            + "(?:(?:a single |one |any |a )?(?:reason|protective factor|thing)s?|one|a single one) "
                            + "(?:that )?(?:still )?"
                            + "(?:holds?|left|to (?:live|stay|keep going)|worth)",
                    "(?:got |get )?stuck (?:at|on) (?:the )?[\"']?reasons (?:for|to) (?:living|live)",
                    "left (?:it|that|the (?:box|section|line)|[\"']?reasons (?:for|to) (?:living|live)[\"']?) "
                            + "(?:blank|empty)",
                    "no (?:reasons?|protective factors?) (?:left|to live|for living)",
                    "(?:none|not one) of (?:my|mine) (?:protective factors|reasons) (?:still )?(?:hold|holds|left)")),
            // C-SSRS 1, no future self: can't see myself alive at Christmas, waiting to die, not afraid of dying
            Cue.voiced(RiskCategory.PASSIVE_WISH, "myself waiting afraid scared ok okay fine peace calm find found "
                            + "belongs belong",
                    any("(?:don't|do not|can't|cannot|no longer) (?:see|picture|imagine) myself (?:being |still "
                            + ")?(?:alive|here|around|living)",
                            // a future that has no place for the writer ("can't picture myself in any of it", "next
                            // year feels like it belongs to someone else")
                            "(?:don't|do not|can't|cannot|no longer) (?:see|picture|imagine) myself in (?:any of )?(?:it|"
                                    + "them|the future|next year|a year|five years|ten years|that future)\\b",
                            "(?:next year|the future|my future|the year ahead|next christmas|retirement) (?:feels|seems) "
                                    + "(?:like it )?(?:belongs? to|meant for|like) (?:someone|somebody) else",
                    "waiting (?:to die|for (?:the|my) end(?! of)|for death|for it to (?:end|be over)|for my time|"
                            + "for the day i die)",
                    "(?:not|never) (?:afraid|scared) (?:of|to) (?:die|dying|death)",
                    "(?:ok|okay|fine|at peace|calm|peaceful)(?: [\\w']+){0,3} (?:with|about) (?:dying|death|not "
                            + "waking|not being here|"
                            + "the idea of (?:dying|not))",
                    "(?:when|after|once|before) (?:they|someone|somebody|people|my \\w+) (?:finds?|found) me\\b")),
            // C-SSRS 1, picturing one's own funeral or death
            Cue.self(RiskCategory.PASSIVE_WISH, "funeral death grave obituar eulog memorial",
                    any("(?:picture|picturing|imagine|imagining|think(?:ing)? about|dream(?:ing)? about|wonder(?:ing)?)"
                    + WORDS + "3}\\s+my (?:own )?(?:funeral|death|grave|obituary|eulogy|memorial)",
                    "who would (?:come|turn up|show up|cry) (?:to|at) my funeral")),

            // C-SSRS 1-2, a wish asked about in general by a writer who says the question is about themself
            Cue.self(RiskCategory.PASSIVE_WISH, "asking question client", any("asking for (?:myself|me)\\b",
                    "(?:this|the question) is (?:for|about) me\\b", "not (?:for )?(?:a|my) client\\b") + ".*\\b"
                    + WISH + "\\s+" + any(CEASE, KILL)),
            // C-SSRS 2, active thoughts: the writer + wish/think + a self-killing predicate
            Cue.self(RiskCategory.ACTIVE_THOUGHTS, WISH_WORDS + " " + THINK_WORDS + " | " + KILL_WORDS, WRITER
                    + any(WISH, THINK) + gap(2) + KILL),
            // C-SSRS 2-3, an urge or a mind drawn to the act or the means: the urge to drive off the road
            Cue.voiced(RiskCategory.METHOD, "urge impulse temptation pull mind head thoughts | " + METHOD_WORDS + " "
                    + MEANS_WORDS + " " + PLACE_WORDS + " " + KILL_WORDS, any("(?:urges?|impulses?|temptation|pull) to",
                    "(?:my )?(?:mind|head|thoughts) (?:keeps? |keep )?(?:going|goes|wander\\w*|drift\\w*|"
                            + "return\\w*) (?:back )?to")
                    + " (?:the |my |that )?(?:[\\w'-]+ )?" + any(METHOD_ACT, KILL, "drive (?:off|into)", MEANS, PLACE)),
            // C-SSRS 2, suicidal as a state of the writer
            Cue.voiced(RiskCategory.ACTIVE_THOUGHTS, "suicid kill end tak self cutting", any(W + WORDS
                    + "3}\\s+suicidal", "suicidal (?:thoughts|ideation|feelings|urges)", "(?:my|own) suicide",
                    "kill(?:ing)? myself(?! for (?:forgetting|not|missing))",
                    "(?:end|take|ending|taking) my (?:own )?life",
                    "(?:i'm|i've been|been|i am) (?:self[- ]?harming|cutting (?:again|myself))")),

            // C-SSRS 3, method: the writer + contemplation + a lethal act (jumping off, driving into, swallowing all)
            Cue.self(RiskCategory.METHOD, THINK_WORDS + " " + WISH_WORDS + " | " + METHOD_WORDS, WRITER + any(THINK,
                    WISH) + gap(3) + METHOD_ACT),
            Cue.self(RiskCategory.METHOD, THINK_WORDS + " | bridge ledge cliff tracks noose rope pylon railway train",
                    WRITER + THINK + "(?:\\s+[\\w'-]+){0,2}\\s+(?:the|that|a) " + any("bridge", "ledge", "cliff",
                    "tracks", "noose", "rope", "pylon", "railway", "train")),
            // C-SSRS 3, method by ease: how easy / one step / so quick + a place or means, writer's voice
            Cue.voiced(RiskCategory.METHOD,
                    "easy quick simple take little step jump let swerve wheel turn over feel | " + PLACE_WORDS + " "
                    + MEANS_WORDS + " " + METHOD_WORDS, any("how easy", "so easy", "too easy", "would be easy",
                    "how quick", "so quick", "would be quick", "how simple", "so simple", "wouldn't take much",
                    "how little it would take", "one step", "just step", "just jump", "just let go", "just swerve",
                    "turn(?: of)? the wheel", "how quickly",
                    "one (?:small |little |quick )?(?:turn|step|swerve|move)",
                    "what it would (?:feel|be) like to (?:let go|jump|fall|step off|not)") + ".*\\b" + any(PLACE,
                    MEANS, METHOD_ACT) + "\\b|\\b" + any(PLACE, MEANS, METHOD_ACT) + "\\b.*" + any("how easy",
                    "so easy", "would be easy", "how quick", "so quick", "would be quick", "how simple", "so simple",
                    "one step", "just step", "just jump", "just let go", "just swerve", "turn(?: of)? the wheel",
                    "how quickly", "how little it would take",
                    "one (?:small |little |quick )?(?:turn|step|swerve|move)",
                    "and it(?:'s| is| would be| will be|'d be)(?: all)? over",
                    "what it would (?:feel|be) like to (?:let go|jump|fall|step off|not)")),
            // C-SSRS 3, drawn to a place: the writer stands at, looks over, drives past a high place or rail
            Cue.self(RiskCategory.METHOD,
                    "look star gaz stand park stop linger sit walk go drawn pulled | bridge cliff edge ledge tracks "
                            + "railway drop roof viaduct platform",
                    WRITER + any("look(?:s|ing|ed)?", "star(?:e|es|ing)", "gaz(?:e|ing)", "stand(?:s|ing)?",
                    "park(?:s|ing)?", "stop(?:s|ping)?", "linger(?:ing)?", "sit(?:ting)?", "walk(?:s|ing)?",
                    "go(?:ing)?", "drawn", "pulled")
                    + "(?:\\s+[\\w'-]+){0,2}\\s+(?:over|at|on|to|by|off|down|towards?|from) (?:the|that|a) "
                    + "(?:[\\w-]+ )?"
                    + any("bridge", "cliffs?", "edge", "ledge", "tracks", "railway", "drop", "rooftop", "roof",
                    "viaduct", "platform edge")),
            Cue.voiced(RiskCategory.METHOD, "because | bridge cliff ledge tracks railway viaduct",
                    "because of (?:the|that) " + any("bridge", "cliffs?", "ledge", "tracks", "railway", "viaduct")),
            Cue.voiced(RiskCategory.METHOD, "call pull draw tempt always drawn gravitat | " + PLACE_WORDS + " "
                    + MEANS_WORDS, "\\b" + any(PLACE, MEANS) + "\\b" + WORDS + "4}\\s+"
                    + any("(?:keeps? )?call(?:s|ing) (?:to )?me", "pull(?:s|ing)? (?:at )?me", "draws? me",
                    "tempts? me", "(?:is|are) always (?:there|waiting)") + "|" + any("the pull of", "drawn to",
                    "(?:keep )?gravitat\\w* (?:to|towards)") + " (?:the |that |my )?(?:[\\w-]+ )?" + any(PLACE, MEANS)
                    + "\\b"),
            // C-SSRS 3, researching a method: looked up how much / how many / a lethal dose
            Cue.voiced(RiskCategory.METHOD,
                    "look googl search research read check work calculat | how what which lethal fatal painless "
                            + "ways dose bridge building cliff tower drop if whether hurt",
                    any("look(?:ed|ing)? up", "googl(?:e|ed|ing)", "search(?:ed|ing)?(?: for)?",
                    "research(?:ed|ing)?", "read(?:ing)? up on", "check(?:ed|ing)?", "work(?:ed|ing)? out",
                    "calculat(?:e|ed|ing)") + WORDS + "3}\\s+" + any("how (?:much|many)" + WORDS + "6}\\s+"
                    + any("take", "kill", "lethal", "fatal", "enough", "die"), "what dose", "lethal", "fatal dose",
                    "painless", "(?:if|whether|how much) it (?:hurts|would hurt|is painful)",
                    "ways to (?:die|kill|end)", "how to (?:die|kill|end|hang|overdose)",
                    "(?:which|what|the) (?:[\\w-]+ )?" + any("bridge", "building", "cliff", "car park",
                    "multi-storey", "tower", "drop", "dose") + "\\b", "how (?:high|tall|far down|long it takes)")),

            // C-SSRS 4, intent: the writer + going to/will/decided + a self-killing or lethal act
            Cue.self(RiskCategory.INTENT, WILL_WORDS + " | " + KILL_WORDS + " " + METHOD_WORDS
                    + " die through do here alive gone fix", WRITER_WILL + gap(2) + any(KILL, METHOD_ACT, "die\\b",
                    "go through with it", "do it (?:tonight|tomorrow|soon|this|on|when|then|after)", "do it$",
                    "not be (?:here|alive)", "be gone\\b(?! by)", "fix that")),
            // C-SSRS 4, a decision or a deadline: tonight is the night, after that I'm done, relief to have decided
            Cue.voiced(RiskCategory.INTENT,
                    "tonight today weekend time ready done that's gone relief peace calm lighter dead here finished "
                            + "wait stick i'm peace made decision mind",
                    any("(?:tonight|today|this weekend)(?:'s| is| could be| might be| will be) the (?:night|day|one|"
                            + "time)\\b",
                    "today(?:'s| is) the day", "^it's time\\W*$", "the time has come",
                    "i'm ready to go\\b(?! to| back| home| out)",
                    "i'm done(?:\\W*$| with (?:life|living|everything|it all|all of it|all this|this world|trying|"
                            + "fighting|being here))",
                    "(?:i'm|i am) done (?:fighting|trying|living)", "that's it for me",
                    "(?:after (?:that|this|then|[\\w' ]{1,30})|then|once [\\w' ]{1,30}) i'm (?:done|gone|out of "
                            + "here)\\b",
                    "that's me (?:finished|done|gone|out)\\b",
                    "(?:if|by|after|when|unless)\\b.{0,40}\\bi'm (?:out|gone|done|finished)\\W*$",
                    "(?:i've|i have|i) made (?:my|the|a|up my) (?:decision|mind)\\W*$",
                    "made (?:my )?peace with (?:it|dying|death|my decision|leaving|going|the idea)\\W*$",
                    "(?:not|n't) (?:going to )?(?:wait|waiting|stick|sticking) around to (?:find out|see)",
                    "(?:relief|peace|calm|calmer|lighter)\\b.{0,20}(?:to have|since i|now that i've|now i've|that "
                            + "i've|i've) (?:decided|made (?:the|my|a) decision)",
                    "by (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|the \\d+\\w*|christmas|my "
                            + "birthday|the end of (?:the )?(?:week|month|year)|next week) i(?:'ll| will) (?:be "
                            + "gone|be dead|not be here|have done it)")),
            // C-SSRS 4, the writer declares themself unsafe
            Cue.voiced(RiskCategory.INTENT, "safe trust danger make time", any("i'm not safe",
                    "(?:don't|do not|can't|cannot) (?:feel safe|keep myself safe|stay safe|trust myself)",
                    "i'm (?:a )?danger to myself", "(?:it )?feels like (?:the )?(?:right )?time\\W*$",
                    "^(?:it's|it is) (?:the right )?time\\W*$",
                    "(?:won't|not going to|don't think i'll|might not) make it (?:through|to) (?:the night|tonight|"
                            + "tomorrow|the weekend|morning|christmas)")));
}
