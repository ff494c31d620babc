package org.securebase.risk;

import static org.securebase.risk.LanguageClasses.CEASE;
import static org.securebase.risk.LanguageClasses.KILL;
import static org.securebase.risk.LanguageClasses.MEANS;
import static org.securebase.risk.LanguageClasses.METHOD_ACT;
import static org.securebase.risk.LanguageClasses.PLACE;
import static org.securebase.risk.LanguageClasses.STRONG_MEANS;
import static org.securebase.risk.LanguageClasses.THINK;
import static org.securebase.risk.LanguageClasses.WISH;
import static org.securebase.risk.LanguageClasses.WRITER;
import static org.securebase.risk.LanguageClasses.WRITER_WILL;
import static org.securebase.risk.LanguageClasses.WISH_WORDS;
import static org.securebase.risk.LanguageClasses.THINK_WORDS;
import static org.securebase.risk.LanguageClasses.WILL_WORDS;
import static org.securebase.risk.LanguageClasses.CEASE_WORDS;
import static org.securebase.risk.LanguageClasses.KILL_WORDS;
import static org.securebase.risk.LanguageClasses.METHOD_WORDS;
import static org.securebase.risk.LanguageClasses.PLACE_WORDS;
import static org.securebase.risk.LanguageClasses.MEANS_WORDS;
import static org.securebase.risk.LanguageClasses.any;
import static org.securebase.risk.LanguageClasses.gap;

import java.util.List;

/**
 * The writer's own risk, one rule per language class, grouped by the C-SSRS ladder, then hopelessness,
 * burdensomeness and goodbye. Rules built on {@link LanguageClasses#WRITER} carry their own subject; {@code voiced}
 * rules are impersonal phrasings ("nothing matters anymore") that count when the clause speaks for the writer.
 */
final class SelfHarmCues {

    private SelfHarmCues() {
    }

    private static final String W = "\\b" + any("i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself") + "\\b";
    private static final String WORDS = "(?:\\s+[\\w'-]+){0,";

    static final List<Cue> ALL = List.of(
            // C-SSRS 1, passive wish: the writer + wish/would rather + a cessation predicate (stop existing, not wake up)
            Cue.self(RiskCategory.PASSIVE_WISH, WISH_WORDS + " | " + CEASE_WORDS, WRITER + WISH + gap(2) + CEASE),
            // C-SSRS 1, negated will to live: the writer + don't/no longer + want + live/exist/wake up
            Cue.self(RiskCategory.PASSIVE_WISH, "not don't didn't never longer | live alive here exist wake go carry keep see around world breath continu", WRITER + any("don't", "do not", "didn't", "no longer", "never", "not", "'m not", "am not")
                    + " (?:really |even |actually )?(?:want|wish|care|wanting|feel like)(?:ing)? to (?:" + any("live", "be alive",
                    "be here (?:anymore|any more|any longer|at all|now)", "exist", "wake(?: up)?", "go on", "carry on", "keep going",
                    "keep living", "see (?:tomorrow|another|the morning|next)", "be around", "be in this world", "breathe", "continue")
                    + ")\\b"),
            // C-SSRS 1, thoughts of being dead: the writer + keep thinking about / picture + dying, not waking up
            Cue.self(RiskCategory.PASSIVE_WISH, THINK_WORDS + " | die dying dead wake exist disappear vanish", WRITER + THINK + gap(2)
                    + any("dying\\b", "being dead", "not (?:being )?alive", "not existing", "not waking(?: up)?", "disappearing", "vanishing")),
            Cue.voiced(RiskCategory.PASSIVE_WISH, "thought idea", "(?:the )?(?:thought|idea) of " + any("not existing", "dying", "being dead",
                    "not waking(?: up)?", "not being (?:here|alive|around)", "disappearing", "ending it", "killing myself", "never waking(?: up)?")),
            // C-SSRS 1, a negated wish raised over think/know: "I don't think I want to be alive next year"
            Cue.self(RiskCategory.PASSIVE_WISH, "don't not | want wish care | live alive here exist wake", any("don't", "do not", "not sure", "no longer")
                    + " (?:think|feel like|know if|know that|know whether|believe) i (?:really |even |still )?(?:want|wish|care|need)(?: to)? "
                    + any("live", "be alive", "be here", "exist", "wake(?: up)?", "keep living", "keep going", "go on")),
            // C-SSRS 1, a wish for one's own death in fixed form: rather be dead, better off dead, wish I'd never been born
            Cue.voiced(RiskCategory.PASSIVE_WISH, "dead born gone here alive die live wake", any("rather be dead", "better off dead", "wish(?:ed)? i (?:was|were|'d been|had been|could be) "
                    + any("dead", "gone", "not here", "not alive", "never born"), "wish(?:ed)? i (?:had|'d|was|were) never (?:been )?born",
                    "wish(?:ed)? i (?:hadn't|had not) been born", "(?:it's|it is|would be) better (?:that |if )?i (?:die|died|am dead|was dead|were dead|was gone|were gone)",
                    "(?:i )?(?:not|no) want (?:to )?(?:live|be alive)", "wish(?:ed)? i (?:wouldn't|won't|didn't|don't|hadn't|would not) wake")),
            // C-SSRS 1, acceptance of one's own death: if something happened to me / a bus hit me + grateful, relieved, wouldn't fight it
            Cue.voiced(RiskCategory.PASSIVE_WISH, "happen hit run killed knocked died wake woke gone bus car truck lorry train make", any("if (?:something|anything) (?:bad )?(?:happen(?:s|ed)|were to happen|was to happen) to me",
                    "if i (?:got|get|was|were|'m|am) (?:hit|run over|killed|knocked down)", "(?:hit|run over|killed) by a (?:bus|car|truck|lorry|train)",
                    "if a (?:bus|car|truck|lorry|train) (?:hit|hits|ran over|killed) me",
                    "if i (?:died|didn't wake|don't wake|never woke|never wake|just died|was gone|were gone|didn't make it)")
                    + ".*" + any("grateful", "thankful", "relieved", "relief", "glad", "fine", "okay", "ok\\b", "happy", "wouldn't (?:mind|fight|care|be sad)",
                    "would not (?:mind|fight|care)", "not (?:mind|fight it|care)", "welcome it", "a blessing", "at peace", "mind")),
            Cue.voiced(RiskCategory.PASSIVE_WISH, "grateful thankful relieved mind fight glad | happen hit bus car truck lorry train died wake woke", any("grateful", "thankful", "relieved", "wouldn't mind", "wouldn't fight it", "glad")
                    + ".*" + any("if (?:something|anything) happen(?:s|ed) to me", "(?:hit|run over) by a (?:bus|car|truck|lorry|train)",
                    "if a (?:bus|car|truck|lorry|train) (?:hit|hits) me", "if i (?:died|didn't wake|don't wake|never woke)")),
            // C-SSRS 1, no future self: can't see myself alive at Christmas, waiting to die, not afraid of dying
            Cue.voiced(RiskCategory.PASSIVE_WISH, "myself waiting afraid scared ok okay fine peace", any("(?:don't|do not|can't|cannot|no longer) (?:see|picture|imagine) myself (?:being |still )?(?:alive|here|around|living)",
                    "waiting (?:to die|for (?:the|my) end(?! of)|for death|for it to (?:end|be over)|for my time|for the day i die)",
                    "(?:not|never) (?:afraid|scared) (?:of|to) (?:die|dying|death)", "(?:ok|okay|fine|at peace) with (?:dying|not waking|not being here|the idea of (?:dying|not))")),
            // C-SSRS 1, picturing one's own funeral or death
            Cue.self(RiskCategory.PASSIVE_WISH, "funeral death grave obituar eulog memorial", any("(?:picture|picturing|imagine|imagining|think(?:ing)? about|dream(?:ing)? about|wonder(?:ing)?)"
                    + WORDS + "3}\\s+my (?:own )?(?:funeral|death|grave|obituary|eulogy|memorial)", "who would (?:come|turn up|show up|cry) (?:to|at) my funeral")),

            // C-SSRS 1-2, a wish asked about in general by a writer who says the question is about themself
            Cue.self(RiskCategory.PASSIVE_WISH, "asking question client", any("asking for (?:myself|me)\\b", "(?:this|the question) is (?:for|about) me\\b", "not (?:for )?(?:a|my) client\\b")
                    + ".*\\b" + WISH + "\\s+" + any(CEASE, KILL)),
            // C-SSRS 2, active thoughts: the writer + wish/think + a self-killing predicate
            Cue.self(RiskCategory.ACTIVE_THOUGHTS, WISH_WORDS + " " + THINK_WORDS + " | " + KILL_WORDS, WRITER + any(WISH, THINK) + gap(2) + KILL),
            // C-SSRS 2, suicidal as a state of the writer
            Cue.voiced(RiskCategory.ACTIVE_THOUGHTS, "suicid kill end tak self cutting", any(W + WORDS + "3}\\s+suicidal", "suicidal (?:thoughts|ideation|feelings|urges)",
                    "(?:my|own) suicide", "kill(?:ing)? myself(?! for (?:forgetting|not|missing))", "(?:end|take|ending|taking) my (?:own )?life",
                    "(?:i'm|i've been|been|i am) (?:self[- ]?harming|cutting (?:again|myself))")),

            // C-SSRS 3, method: the writer + contemplation + a lethal act (jumping off, driving into, swallowing all)
            Cue.self(RiskCategory.METHOD, THINK_WORDS + " " + WISH_WORDS + " | " + METHOD_WORDS, WRITER + any(THINK, WISH) + gap(3) + METHOD_ACT),
            Cue.self(RiskCategory.METHOD, THINK_WORDS + " | bridge ledge cliff tracks noose rope pylon railway train", WRITER + THINK + "(?:\\s+[\\w'-]+){0,2}\\s+(?:the|that|a) "
                    + any("bridge", "ledge", "cliff", "tracks", "noose", "rope", "pylon", "railway", "train")),
            // C-SSRS 3, method by ease: how easy / one step / it would be so quick + a place or means, in the writer's voice
            Cue.voiced(RiskCategory.METHOD, "easy quick simple take little step jump let swerve wheel turn over feel | " + PLACE_WORDS + " " + MEANS_WORDS + " " + METHOD_WORDS, any("how easy", "so easy", "too easy", "would be easy", "how quick", "so quick", "would be quick",
                    "how simple", "so simple", "wouldn't take much", "how little it would take", "one step", "just step", "just jump", "just let go",
                    "just swerve", "turn(?: of)? the wheel", "how quickly", "one (?:small |little |quick )?(?:turn|step|swerve|move)",
                    "what it would (?:feel|be) like to (?:let go|jump|fall|step off|not)")
                    + ".*\\b" + any(PLACE, MEANS, METHOD_ACT) + "\\b|\\b" + any(PLACE, MEANS, METHOD_ACT) + "\\b.*"
                    + any("how easy", "so easy", "would be easy", "how quick", "so quick", "would be quick", "how simple", "so simple",
                    "one step", "just step", "just jump", "just let go", "just swerve", "turn(?: of)? the wheel", "how quickly", "how little it would take", "one (?:small |little |quick )?(?:turn|step|swerve|move)",
                    "and it(?:'s| is| would be| will be|'d be)(?: all)? over", "what it would (?:feel|be) like to (?:let go|jump|fall|step off|not)")),
            // C-SSRS 3, drawn to a place: the writer stands at, looks over, drives past a high place or rail
            Cue.self(RiskCategory.METHOD, "look star gaz stand park stop linger sit walk go drawn pulled | bridge cliff edge ledge tracks railway drop roof viaduct platform", WRITER + any("look(?:s|ing|ed)?", "star(?:e|es|ing)", "gaz(?:e|ing)", "stand(?:s|ing)?", "park(?:s|ing)?",
                    "stop(?:s|ping)?", "linger(?:ing)?", "sit(?:ting)?", "walk(?:s|ing)?", "go(?:ing)?", "drawn", "pulled")
                    + "(?:\\s+[\\w'-]+){0,2}\\s+(?:over|at|on|to|by|off|down|towards?|from) (?:the|that|a) (?:[\\w-]+ )?"
                    + any("bridge", "cliffs?", "edge", "ledge", "tracks", "railway", "drop", "rooftop", "roof", "viaduct", "platform edge")),
            Cue.voiced(RiskCategory.METHOD, "because | bridge cliff ledge tracks railway viaduct", "because of (?:the|that) " + any("bridge", "cliffs?", "ledge", "tracks", "railway", "viaduct")),
            Cue.voiced(RiskCategory.METHOD, "call pull draw tempt always drawn gravitat | " + PLACE_WORDS + " " + MEANS_WORDS, "\\b" + any(PLACE, MEANS) + "\\b" + WORDS + "4}\\s+" + any("(?:keeps? )?call(?:s|ing) (?:to )?me", "pull(?:s|ing)? (?:at )?me",
                    "draws? me", "tempts? me", "(?:is|are) always (?:there|waiting)") + "|" + any("the pull of", "drawn to", "(?:keep )?gravitat\\w* (?:to|towards)")
                    + " (?:the |that |my )?(?:[\\w-]+ )?" + any(PLACE, MEANS) + "\\b"),
            // C-SSRS 3, researching a method: looked up how much / how many / a lethal dose
            Cue.voiced(RiskCategory.METHOD, "look googl search research read check work calculat | how what which lethal fatal painless ways dose bridge building cliff tower drop if whether hurt", any("look(?:ed|ing)? up", "googl(?:e|ed|ing)", "search(?:ed|ing)?(?: for)?", "research(?:ed|ing)?",
                    "read(?:ing)? up on", "check(?:ed|ing)?", "work(?:ed|ing)? out", "calculat(?:e|ed|ing)")
                    + WORDS + "3}\\s+" + any("how (?:much|many)" + WORDS + "6}\\s+" + any("take", "kill", "lethal", "fatal", "enough", "die"),
                    "what dose", "lethal", "fatal dose", "painless", "(?:if|whether|how much) it (?:hurts|would hurt|is painful)", "ways to (?:die|kill|end)", "how to (?:die|kill|end|hang|overdose)",
                    "(?:which|what|the) (?:[\\w-]+ )?" + any("bridge", "building", "cliff", "car park", "multi-storey", "tower", "drop", "dose") + "\\b",
                    "how (?:high|tall|far down|long it takes)")),

            // C-SSRS 4, intent: the writer + going to/will/decided + a self-killing or lethal act
            Cue.self(RiskCategory.INTENT, WILL_WORDS + " | " + KILL_WORDS + " " + METHOD_WORDS + " die through do here alive gone fix", WRITER_WILL + gap(2) + any(KILL, METHOD_ACT, "die\\b", "go through with it",
                    "do it (?:tonight|tomorrow|soon|this|on|when|then|after)", "do it$", "not be (?:here|alive)", "be gone\\b(?! by)", "fix that")),
            // C-SSRS 4, a decision or a deadline: tonight is the night, it's time, after that I'm done, relief to have decided
            Cue.voiced(RiskCategory.INTENT, "tonight today weekend time ready done that's gone relief peace calm lighter dead here finished wait stick", any("(?:tonight|today|this weekend)(?:'s| is| could be| might be| will be) the (?:night|day|one|time)\\b", "today(?:'s| is) the day", "^it's time\\W*$", "the time has come",
                    "i'm ready to go\\b(?! to| back| home| out)", "i'm done(?:\\W*$| with (?:life|living|everything|it all|all of it|all this|this world|trying|fighting|being here))",
                    "(?:i'm|i am) done (?:fighting|trying|living)", "that's it for me",
                    "(?:after (?:that|this|then|[\\w' ]{1,30})|then|once [\\w' ]{1,30}) i'm (?:done|gone|out of here)\\b",
                    "that's me (?:finished|done|gone|out)\\b", "(?:not|n't) (?:going to )?(?:wait|waiting|stick|sticking) around to (?:find out|see)",
                    "(?:relief|peace|calm|calmer|lighter)\\b.{0,20}(?:to have|since i|now that i've|now i've|that i've|i've) (?:decided|made (?:the|my|a) decision)",
                    "by (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|the \\d+\\w*|christmas|my birthday|the end of (?:the )?(?:week|month|year)|next week) i(?:'ll| will) (?:be gone|be dead|not be here|have done it)")),
            // C-SSRS 4, the writer declares themself unsafe
            Cue.voiced(RiskCategory.INTENT, "safe trust danger make time", any("i'm not safe", "(?:don't|do not|can't|cannot) (?:feel safe|keep myself safe|stay safe|trust myself)",
                    "i'm (?:a )?danger to myself", "(?:it )?feels like (?:the )?(?:right )?time\\W*$", "^(?:it's|it is) (?:the right )?time\\W*$", "(?:won't|not going to|don't think i'll|might not) make it (?:through|to) (?:the night|tonight|tomorrow|the weekend|morning|christmas)")),

            // C-SSRS 5, plan: the writer has a plan, a date, a method, has worked out how or when
            Cue.voiced(RiskCategory.PLAN, "plan method date day time place spot how when where planned all nobody way accident", any("(?:i have|i've got|i've|i got|got|i've made|i made|i know|i've (?:picked|chosen|set)|i (?:picked|chose|set)) (?:a|the|my) (?:plan|method)"
                    + "(?=\\s*(?:$|[.,!;]| and | for (?:it|that|how|when|if|doing it|the end)| to (?:do it|end|kill|die|go)| now| worked out| all| ready| in place| sorted))",
                    "(?:know|picked|chosen|chose|set|have|got|decided on) (?:the|a) (?:date|day|time|place|spot)(?=\\s*(?:$|[.,!;]| and (?:it|i)| now))",
                    "(?:plan|method) and (?:a|the) (?:date|time|place|means)",
                    "(?:know|worked out|figured out|decided|planned|planning) (?:exactly )?(?:how|when|where) (?:i'(?:d|ll)|i (?:would|will|am going to|'m going to)|to) (?:do it|go|end it|die|jump|kill|end my)",
                    "(?:have|got|'ve) it all (?:planned|worked out|figured out|sorted)", "(?:i have|i've got|i've|i got|got|there's) (?:a|my) way out\\b",
                    "(?:plan|method)\\b.{0,30}\\b(?:nobody|no one|none of you|noone) (?:knows|know)\\b",
                    "(?:know|think|tell) it (?:wasn't|was not|isn't|is not) an accident")),
            // C-SSRS 5, means saved: saving, stockpiling, hiding or counting pills
            Cue.voiced(RiskCategory.PLAN, "sav stockpil hoard collect stash hid squirrel set put tuck count line keep kept | " + MEANS_WORDS, any("sav(?:e|ed|ing)", "stockpil\\w*", "hoard\\w*", "collect\\w*", "stash\\w*", "hid", "hidden", "hid(?:e|ing)",
                    "squirrel\\w*", "(?:set|put|tucked|tuck) (?:aside|away)", "count(?:ed|ing)?", "line(?:d)? (?:them )?up", "a stash of") + WORDS + "5}\\s+" + MEANS + "\\b"
                    + "|\\b" + MEANS + WORDS + "4}\\s+" + any("saved", "stockpiled", "hoarded", "stashed", "hidden", "put aside", "put away", "tucked away",
                    "ready", "set aside", "keeping them", "kept them", "keep them")),
            // C-SSRS 5, means acquired: bought, got, packed, put a rope, hose, gun or charcoal somewhere
            Cue.voiced(RiskCategory.PLAN, "rope noose ligature hose charcoal helium gun pistol rifle shotgun firearm bullet poison antifreeze pesticide weedkiller razor", any("bought", "buy(?:ing)?", "got", "have", "ordered", "order(?:ing)?", "put", "packed", "keep", "kept",
                    "found", "brought", "tied", "hung", "got hold of") + WORDS + "4}\\s+" + STRONG_MEANS + "\\b"),
            // C-SSRS 5, means in a hiding place or kept for the purpose
            Cue.voiced(RiskCategory.PLAN, "need means bag enough know " + MEANS_WORDS, any("(?:what|everything|all|the things|the stuff|the means) i(?:'ll)? need (?:to do it|for it|to end it|to go)",
                    "the means to (?:do it|end it|kill)", "bag packed with", "enough (?:of )?(?:my |the |her |his )?" + MEANS + "\\b",
                    MEANS + WORDS + "6}\\s+" + any("under (?:my|the) (?:bed|pillow|mattress)", "hidden", "where no one", "nobody knows", "no one knows",
                    "(?:next to|beside|by) (?:my|the) bed", "on my bedside", "just in case", "ready"),
                    any("razor", "blade", "knife", "pills", "tablets") + WORDS + "3}\\s+in my (?:wallet|pocket|purse|bra|sock)",
                    "(?:need|like|want) to know (?:it's|they're|it is|they are) (?:there|close|near)")),

            // C-SSRS behaviour, preparations: farewell letters and notes
            Cue.voiced(RiskCategory.PREPARATORY, "note letter card message video email", any("(?:goodbye|farewell|suicide|final|last) (?:notes?|letters?|messages?|videos?|emails?|cards?)",
                    "(?:wrote|written|writ(?:e|ing)|started|finished|left|drafted|drafting|typed|recorded)" + WORDS + "3}\\s+(?:notes?|letters?|cards?) "
                            + "(?:to|for) (?:each|every|all|everyone|my (?!clients?|patients?|gp|referr|supervis|manager|boss|landlord)[\\w'-]+)",
                    "my own note\\b", "(?:letters?|notes?|cards?)\\b[^.!?]{0,40}\\bone for each\\b", "(?:letter|note) explaining (?:why|everything)")),
            // C-SSRS behaviour, preparations: giving away belongings or a pet
            Cue.voiced(RiskCategory.PREPARATORY, "gave give giving given gifted hand rehom found sold selling", any("(?:gave|give|giving|given|gifted|handed|handing) away(?: all)?(?: of)? my",
                    "(?:gave|give|giving|given|gifted|handed|handing|sold|selling) (?:all )?my", "(?:gave|give|giving|given|gifted) [\\w'-]+ (?:all )?my",
                    "(?:rehom(?:e|ed|ing)|found (?:a )?(?:new )?homes? for) (?:all )?my") + "\\s+(?:[\\w'-]+\\s+){0,3}?"
                    + any("dog", "cat", "pets?", "rabbit", "horse", "books", "records", "clothes", "guitar", "things", "stuff", "belongings",
                    "possessions", "jewell?e?ry", "collection", "tools", "plants", "everything") + "\\b"
                    + "|\\b(?:gave|giving|given|give) away (?:everything|all (?:of )?my (?:stuff|things)|most of (?:my|what))"),
            // C-SSRS behaviour, preparations: a will, affairs in order, passwords left, funeral planned
            Cue.voiced(RiskCategory.PREPARATORY, "will insurance funeral order sorted straight loose password pin bank cancel paid pension paperwork finances accounts covered provided looked taken who", any("(?:updat\\w*|wrote|writ\\w*|made|mak\\w*|chang\\w*|finali[sz]\\w*|sort\\w*|redo\\w*|redid|rewr\\w*|sign\\w*|amend\\w*)"
                    + "(?: (?:out|up|all))? my (?:will|life insurance|insurance|funeral)", "(?:get|getting|got|put|putting|sort|sorting|sorted|set|setting) (?:my |all my )?"
                    + "(?:things|affairs|everything|life|stuff|papers|finances) (?:in order|sorted|straight)", "ti(?:e|ed|ying) up (?:all )?(?:the |my )?loose ends(?! before (?:my )?(?:leave|holiday|maternity|vacation|retirement))",
                    "(?:left|leaving|wrote down|written down)" + WORDS + "3}\\s+(?:passwords?|password list|pin numbers|bank details)",
                    "password list", "cancell?\\w* (?:all )?my (?:subscriptions|phone|contracts|accounts)", "paid off (?:all )?my debts",
                    "(?:life )?insurance\\b.{0,40}\\b(?:pays? out|payout|would pay|will pay|covers? suicide|small print|suicide clause)",
                    "(?:sort|sorted|sorting|updat\\w*|finali[sz]\\w*|check\\w*|chang\\w*)(?: out)? (?:the |all the |my )?(?:will|life insurance|insurance|pension|paperwork|finances|accounts)"
                            + "\\b.{0,40}\\bso (?:that )?" + any("the kids", "my kids", "my family", "they", "she", "he", "everyone", "my wife", "my husband",
                            "my partner", "the children", "nobody", "no one") + "\\b",
                    "so (?:that )?(?:the kids|my kids|my family|the children|my wife|my husband|my partner|everyone)(?:'ll| will| are| is| would be)? (?:be )?"
                            + "(?:covered|provided for|looked after|taken care of)",
                    "(?:wrote|written|writing|made|making|worked|sort\\w*|decid\\w*|arrang\\w*|figur\\w*|plann\\w*)(?: out| down| up| on)? (?:a list of )?who "
                            + "(?:gets|should get|will get|can have|inherits|is getting|takes|will take|would take|looks after|will look after) (?:my|the|what)",
                    "(?:plann\\w*|plan|chose|chosen|choosing|picked)" + WORDS + "3}\\s+(?:for |at )?my (?:own )?funeral", "my (?:own )?funeral (?:songs|music|plans?|playlist)")),

            // C-SSRS behaviour: aborted, interrupted or actual attempt (got as far as, stood on the chair, took a handful)
            Cue.voiced(RiskCategory.ATTEMPT, "got stopped pulled talked almost nearly tried attempted put had held holding stood tied let sat took cut overdosed", any("got as far as", "stopped myself (?:from|before|at)", "pulled back (?:at|from)", "talked myself down",
                    "(?:almost|nearly) (?:did it|went through|jumped|took|swallowed|hanged|stepped|drove)", "tried to " + any(KILL, "hang", "overdose", "drown", "jump", "end it"),
                    "attempted (?:suicide|to)", "(?:put|had|held|holding) (?:them|the pills|the tablets|a handful|the rope|the knife|the blade) (?:in my (?:mouth|hand|hands)|to my (?:wrist|throat|neck))",
                    "stood (?:on|at) the (?:chair|edge|ledge|platform edge|railing|stool)", "tied (?:the|a) (?:rope|noose|knot)",
                    "let (?:\\w+ )?(?:trains?|buses) (?:go )?(?:past|by)", "sat in the (?:car|garage) with the engine (?:running|on)",
                    "took (?:a handful|a bunch|loads|a load|all (?:of )?(?:my|the)|a bottle|a packet|too many|an overdose)", "cut (?:deeper|too deep|my wrists?)", "\\boverdosed\\b")),

            // Hopelessness (Beck): no reason to go on, life not worth it, can't go on, what's the point
            Cue.voiced(RiskCategory.HOPELESSNESS, "no nothing never point purpose hope worth life living existence alive can't cannot give giving given gave deserve longer tired i'm when sick exhausted weary lost only wake woke waking disappointed hadn't future see hopeless worthless", any("no (?:reason|point|purpose|hope|will)(?: left)? (?:to|in|for) (?:keep(?:ing)? |carry(?:ing)? on |go(?:ing)? on )?"
                    + any("live", "living", "go on", "going on", "going", "carry on", "carrying on", "be here", "being here", "stay(?:ing)?",
                    "continu\\w+", "wak(?:e|ing) up", "get(?:ting)? up", "try(?:ing)?", "any of (?:it|this)", "anything", "it all", "me",
                    "exist\\w*", "fight(?:ing)?", "breath\\w*", "be alive", "on\\b"),
                    "(?:see|have|there's|there is|with) no (?:way out|future|hope|escape)(?! for (?:the|this|our) (?:project|practice|clinic|team))",
                    "nothing (?:left )?to live for", "nothing (?:left )?for me", "nothing (?:matters|is worth it)", "nothing (?:will|is going to|'s going to) (?:ever )?(?:get better|change|improve)",
                    "(?:it|things|life) (?:will|is going to|'s going to) never (?:get better|change|improve)",
                    "(?:life|living|my life|existence|being alive)(?:'s| is| isn't| is not| feels| seems)? (?:not )?(?:worth (?:living|it|continuing)|worthless|pointless|meaningless|hopeless|unbearable)",
                    "(?:my )?life (?:has|is|have) no (?:meaning|point|purpose|sense|value)",
                    "not worth living", "(?:can't|cannot) (?:go on(?=\\W*$|\\W+(?:like this|anymore|any ?more|any longer|living|with (?:life|this)))|keep going|carry on|do this anymore|do this any ?more|do it anymore"
                            + "|take (?:it|this|any ?more)|cope anymore|face another day|keep doing this|live like this|live with (?:myself|this)|be here anymore|exist like this)",
                    "(?:giv(?:e|ing)|given|gave) up on (?:me|myself|life|everything|living|the future)", "i give up(?:\\W*$| on)", "i(?:'ve| have) given up\\b",
                    "what(?:'s| is) the point (?:of|in) (?:living|going on|being here|being alive|anything|life|it all|trying|me|getting up|waking up|carrying on|any of (?:it|this)|therapy|existing)",
                    "what's the point anymore", "how (?:much )?longer i can (?:keep (?:going|pretending|doing this|this up)|go on|do this|take (?:it|this)|hold on)", "no point (?:anymore|any more|in anything|at all)\\W*$",
                    "(?:don't|can't|cannot) see how i(?:'m going to| will|'ll| can| could)? (?:get|make it|keep going|go on|carry on)", "(?:don't|do not|didn't) deserve to (?:live|be alive|be here|exist)",
                    "(?:tired|sick|exhausted|weary) (?:of|from|with) (?:living|being alive|life|existing|it all|everything|waking up|breathing|fighting|trying|being me|being here)",
                    "lost (?:the|my|all) will to live", "(?:the )?only (?:reason|thing) (?:i'm|i am|keeping me|that keeps me|i stay)(?: still)? (?:here|alive|going|around)",
                    "i'm only (?:still )?(?:here|alive|around) (?:for|because)", "when (?:she|he|they|it|\\w+) goes,? i go\\b",
                    "(?:wake|woke|waking) up (?:\\w+ )?(?:disappointed|angry|sad|upset|gutted|devastated)", "disappointed (?:to|that i) (?:wake|woke|be alive|am alive|still)",
                    "wish i hadn't woken", "(?:don't|do not) (?:see|have) (?:a|any) future", "no future for me",
                    "can't see (?:a|any) (?:way out|way forward|future|point|reason to)", "(?:i'm|i am|i feel|feeling) (?:completely |totally |so |utterly )?(?:hopeless|worthless)(?! about)")),

            // Perceived burdensomeness (Joiner): others better off without me, I'm a burden, nobody would notice
            Cue.voiced(RiskCategory.BURDENSOMENESS, "better lighter easier happier calmer freer free safer peaceful fine okay relieved richer | without if once when less", any("better", "lighter", "easier", "happier", "calmer", "freer", "free", "safer", "more peaceful", "peaceful",
                    "fine", "okay", "relieved", "richer") + "(?: off)?(?:\\s+[\\w'-]+){0,2}\\s+" + any("without me",
                    "if i (?:was|were|am|'m)(?: not| n't)? (?:gone|dead|not (?:here|there|around|alive)|out of the (?:picture|way))",
                    "if i (?:wasn't|weren't|was not|were not|am not|'m not) (?:here|there|around|alive|in the picture)",
                    "if i (?:died|disappeared|left for good|didn't exist|was gone|were gone|wasn't around)", "with(?:out)? (?:one less of me|me (?:gone|dead|out of the way))",
                    "once i'm gone", "when i'm gone")),
            Cue.voiced(RiskCategory.BURDENSOMENESS, "burden weight drain millstone liability waste over sad upset cry miss notice care less problem reason worse cope manage fine okay ok deserve need", any("(?:i'm|i am|i feel(?: like)?|feel like|feeling like|i've become|i am becoming) (?:just |only |such |nothing but |a real |the |a )*"
                    + "(?:burden|weight|drain|millstone|liability|waste of (?:space|oxygen|air))", "burden (?:to|on) (?:everyone|everybody|them|my|all)",
                    "(?:everyone|everybody|people|they)(?:'d| would| will|'ll)? (?:get|gets) over (?:it|me|losing me)",
                    "(?:my (?:wife|husband|partner|kids|family|children|mum|dad)|everyone|they|she|he) (?:would|will|'d|'ll) (?:cope|manage|be fine|be okay|be ok)(?: without me)?\\W*$",
                    "(?:sad|upset|cry|miss me)(?:\\s+[\\w'-]+){0,5}\\s+(?:but|and) (?:she|he|they|everyone)(?:'d| would| will|'ll) (?:get over it|move on|be fine)",
                    "(?:nobody|no one|noone|none of them|would anyone|who)(?: would| will|'d|'ll)? (?:even |really )?(?:notice|miss me|care)(?=\\s+(?:if i|when i|that i|for (?:a|days|weeks|ages))|\\W*$)",
                    "one less (?:of me|mouth to feed|problem for)", "(?:doesn't|does not|don't) need (?:another|more of) me", "deserves? (?:a |so much |much |someone )?better(?: [\\w'-]+)? than me", "(?:i'm|i am) the (?:problem|reason|weight) (?:in|for|behind|they're|everyone|that)", "make (?:everyone|everybody)'s li(?:fe|ves) worse")),
            Cue.voiced(RiskCategory.BURDENSOMENESS, "world everyone everybody they family kids children wife husband partner team people | better lighter easier happier calmer freer peaceful fine relieved okay", any("world", "everyone", "everybody", "they", "family", "kids", "children", "wife", "husband", "partner", "team", "people")
                    + "(?:\\s+[\\w'-]+){0,3}\\s+(?:would|will|'d)(?: \\w+ly)?(?: all)? be (?:better|lighter|easier|happier|calmer|freer|more peaceful|peaceful|fine|relieved|okay)"
                    + "(?: off)?\\s*(?:without me|with one less|if i|once i'm|when i'm|\\W*$)"),

            // Goodbye and finality: a last post, a goodbye that is final, a departure that is not a move
            Cue.voiced(RiskCategory.GOODBYE, "last final goodbye wave time gone look take feed walk won't not leaving going checking signing logging out way sense one side thank weirdly strangely oddly eerily sorry tell think", any("this (?:is|will be|'ll be|'s) (?:my|the) (?:last|final) (?:post|comment|message|reply|entry|words?|time (?:i|you'll))",
                    "(?:i'm|i am|i wanted to|i want to|just wanted to|writing to|time to) (?:say(?:ing)?|wave) (?:my )?goodbyes?(?! to (?:a |my |our |the )?(?:clients?|patients?|group|team|colleagues|practice|clinic|job|caseload))",
                    "goodbye (?:everyone|all|everybody|friends|world|forever|for good)", "said (?:my )?goodbyes?" + WORDS + "6}\\s+(?:without (?:her|him|them|anyone|my \\w+) knowing|for the last time|it was (?:goodbye|the last time)|knowing it was)",
                    "by the time (?:you|anyone|someone) (?:read|reads|see|sees|find|finds) this", "(?:when|after|once) i'm gone", "after i've gone",
                    "(?:look after|take care of|feed|walk) (?:my|the) (?:kids|children|cat|dog|cats|dogs|pets?|mum|mom|family|plants) (?:for me|when i'm|after)",
                    "(?:won't|will not|not going to|not gonna) be (?:here|around|alive|posting|back|on here)(?:\\s+[\\w'-]+){0,2}\\s+(?:much longer|for long|anymore|any more|to see|by|next (?:week|month|year)|after)",
                    "i'm (?:leaving|going|checking out|signing off|logging off|out of here)(?: (?:away|off|out|very|really|home))? (?:soon|for good|forever|permanently)\\b(?! (?:for|to|on) )",
                    "not in the (?:[\\w-]+ ){1,3}(?:way|sense)", "one of these (?:days|nights|mornings|times) i (?:won't|will not|'m not going to|am not going to) (?:come back|get back|make it|wake|be|go home)",
                    "no way i(?:'m|'ll| am| will)? (?:still )?(?:going to )?be (?:here|alive|around)",
                    "(?:this|that|christmas|easter|\\w+day|it) (?:will be|is going to be|'ll be|is) my (?:very )?last (?:one|christmas|birthday|summer|winter|spring|year|holiday)\\b",
                    "(?:don't|do not) think i(?:'ll| will) (?:still )?be (?:here|alive|around)(?: for| by| in| at| next| come| to see| much)",
                    "see you (?:all )?on the other side", "goodbye cruel world", "(?:thank you|thanks)(?: to)? (?:all|everyone|everybody)\\b.*\\b(?:over the years|for everything|for trying)",
                    "(?:weirdly|strangely|oddly|eerily) (?:calm|peaceful|at peace|light|relieved)", "i'm (?:so )?sorry (?:for|about) (?:everything|all of this|the mess|what i'm about to|leaving|being a burden)",
                    "signing off for good", "tell (?:my|her|him|them) (?:\\w+ )?(?:i love|that i love)")));
}
