package org.securebase.risk;

import static org.securebase.risk.LanguageClasses.any;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.securebase.risk.SemanticField.Field;

/**
 * The phrase-level members of the semantic field's classes ({@link SemanticField}), where a single lemma does not
 * carry the sense: a table laid out by hand, one class per entry, each alternative on its own line or lines.
 */
final class FieldPhrases {

    private FieldPhrases() {
    }

    private static final Map<Field, Pattern> PHRASES = new EnumMap<>(Field.class);

    static {
        // C-SSRS 2, self-killing predicates with the writer as object
        PHRASES.put(Field.SELF_KILLING, Pattern.compile("\\b" + any(
                "(?:kill|killing|killed|hurt|hurting|harm|harming|hang|hanging|drown|drowning|shoot|shooting|poison|"
                        + "poisoning|gas|gassing|off|offing|top|topping|end|ending|finish|finishing) myself",
                "end(?:ing|ed)? (?:it|it all|things|everything|my (?:own )?life)\\b(?! (?:with|between|off|early|there|"
                        + "here|on a|for (?:the|today|now)|at|by|before (?:the|we)))",
                "tak(?:e|ing) my (?:own )?life", "do(?:ing)? myself in", "self[- ]?harm\\w*", "unalive",
                "cut(?:ting)? (?:myself|my (?:wrists?|arms?|thighs?|legs?))") + "\\b"));
        // C-SSRS 1, cessation: not existing, disappearing, not waking, sleeping for ever, being gone
        PHRASES.put(Field.CESSATION, Pattern.compile("\\b" + any(
                "(?:just |to |simply |only )not (?:be|exist)\\b(?! (?:able|sure|a |an |the |in |at |there|doing|"
                        + "working|seeing|on |so |as |too |that |this |with |around (?:for|at|on) ))",
                "not (?:be|being|exist|existing) (?:here |alive |around |in this world )?(?:anymore|any longer|much "
                        + "longer|for long|at all)",
                "(?:no longer|never) (?:be |being )?(?:here|alive|exist)\\b(?! (?:at|on|for|in|to|with))",
                "(?:stop|stopped|stopping|cease|ceased|ceasing|quit) (?:existing|to exist|being alive|living|breathing"
                        + "|being here|being)\\b(?! (?:in|at|with|on|so|for|there|a |an |the |my |such|polite|nice))",
                "(?:tired|sick|exhausted|weary) of (?:existing|being alive|living|being here|breathing|being me)",
                "(?:disappear|disappearing|disappeared|vanish|vanishing|vanished|fade|fading|faded) (?:away )?"
                        + "(?:for good|forever|permanently|completely|for ever|and never|without a trace)",
                "(?:want|wanted|wanting|wish|wishing|like|love|rather|need|needing|dream|dreaming|feel like|thought "
                        + "of|idea of) (?:to |of |about )?(?:just )?(?:disappear|disappearing|vanish|vanishing|fade "
                        + "away|fading away|not exist|not existing|not being|stop existing|cease)\\b(?! (?:into|for a|"
                        + "for the|from|to (?:a|the|my)|on holiday|off (?:the )?grid|under (?:a|the) duvet))",
                "(?:not|never|don't|didn't|wouldn't|won't) (?:to )?wak(?:e|ing)(?: up)?\\b(?! (?:in time|early|"
                        + "before|until|till|at|the|him|her|them|my|you|up (?:early|in time|before|at|until)|anyone))",
                "(?:stay|staying|fall|go|going) (?:to sleep |asleep )?(?:and )?(?:stay )?asleep(?: forever| for "
                        + "good| and not| and never)",
                "sleep (?:forever|for ever|for good|and (?:not|never) (?:wake|come back))",
                "(?:sleep|asleep) and (?:stay asleep|never wake|not wake|not come back|never come back)",
                "(?:when|once|after|before) i'm gone", "i(?:'ll| will|'d| would) be gone\\b(?! (?:by|for|on|at|until"
                        + "|till|all|most|from|over))",
                "(?:just )?waiting (?:to die|to go\\W*$|for (?:it|the end|my time) to (?:come|end)|for the end\\W*$)",
                // conditional non-existence: if I wasn't around, once I'm not here
                "(?:if|once|when) i (?:just )?(?:wasn't|weren't|was not|were not|am not|'m not|wasn't|no longer|was|"
                        + "were) (?:here|around|alive|in the picture|there|part of (?:it|this|anything|the picture|"
                        + "their lives)|out of the (?:way|picture)|gone|dead)(?! (?:for|at|on|to|when|this|next|tomorrow|today))",
                "(?:won't|will not|wouldn't|would not|might not|may not) be (?:here|around|alive) (?:to|for|by|when|"
                        + "at|in|much longer|next)",
                "(?:i'd|i would|i could|i) (?:finally )?get to stop\\W*$", "finally (?:get to )?(?:rest|stop)\\W*$",
                // wanting it all to stop: everything, the noise, my head, to be over
                "(?:want|wanting|wanted|need|needing|wish|wishing|like|for) (?:everything|it all|it|the world|life|"
                        + "things|the noise|my head|my brain|the pain|all of it|this)(?! (?:week|day|month|term|shift|"
                        + "meeting|session|year|weekend|semester|winter|summer|heatwave|rain|call|course|audit|project|"
                        + "process|conversation))(?: \\w+){0,4}? to (?:stop|end|be over|go "
                        + "quiet|go dark|go away)(?! (?:for (?:a|the) (?:day|week|weekend|bit|minute|moment|while)|so i can))",
                "(?:be|being|end up|lie|lying) (?:in the ground|six feet under|in a box|pushing up daisies|in an urn)",
                "never (?:have|having|had) to (?:do|feel|face|wake|get up|be|see|go through)\\b[^.!?]{0,30}\\b(?:again|"
                        + "anymore|any more)",
                // wishing for an accident: hoping the plane goes down, a bus hits me
                "hop(?:e|es|ed|ing)(?: that)? (?:the|my|a|this) (?:plane|flight|train|car|bus|lorry|truck|ferry) (?:crashes"
                        + "|goes down|hits me|comes off|doesn't land|never lands)",
                "hop(?:e|es|ed|ing)(?: that)? (?:something|someone|a \\w+) (?:hits|kills|takes|runs over) me",
                // indifference to surviving: don't care if I crash, wouldn't care if I didn't wake
                "(?:don't|do not|wouldn't|would not|no longer|won't) (?:really )?care (?:if|whether) i (?:crash|die|don't "
                        + "wake|didn't wake|never wake|get hit|got hit|drown|fall|live|make it|come back|wake up)",
                // a journey nobody can follow; drifting off and not coming back; not here much longer
                "(?:anywhere|somewhere|where) (?:they|you|nobody|no one|anyone) can(?:'t)? follow",
                "(?:drift|drifting|slip|slipping|float|floating) (?:off|away) (?:and (?:not|never)|for good|forever)",
                "(?:don't|do not) think i(?:'m| am|'ll| will) (?:going to )?be (?:here|around|alive) (?:for|by|at|next|to|"
                        + "much longer)",
                "(?:won't|will not|not going to) be (?:here |around |alive |one |a \\w+ )?(?:for )?much longer",
                "(?:nobody|no one|noone) would find me",
                // found afterwards: who'd find me
                "who(?:'d| would| will|'ll| is going to) find me\\b", "(?:hope|hoping) it (?:isn't|is not|won't be|"
                        + "wouldn't be) (?:my|the) \\w+ (?:who|that) finds? me",
                // ambivalence about surviving the day: whether I drive home or not
                "whether (?:or not )?i (?:should )?(?:\\w+ )?(?:home|back|make it|wake up|live|survive|stay)\\b[^.!?]{0,12}or "
                        + "not",
                "(?:don't|do not|won't|not going to) make it (?:home|back|through (?:the night|tonight|the weekend)|"
                        + "to (?:morning|tomorrow|christmas))",
                // wishing for a fatal illness: hoping the headaches are something serious
                "hop(?:e|es|ed|ing) (?:that )?(?:it's|it is|it'll be|the \\w+ (?:is|are|will be)|i have|i've got|i get) "
                        + "(?:something serious|something fatal|cancer|a tumou?r|terminal)",
                "hop(?:e|es|ed|ing) (?:that )?(?:the|my) (?:scan|test|tests|results?|biopsy|bloods) (?:shows?|show|comes? "
                        + "back|will show|is|are) (?:something )?(?:terminal|serious|fatal|cancer|bad)")
                + ""));
        // C-SSRS 1-2, identification: someone else's wish or death taken as the writer's own ("me too", "I envy her")
        PHRASES.put(Field.DEATH, Pattern.compile("\\b" + any(
                "(?:die|dying|dead|suicide|kill (?:herself|himself|themselves)|end (?:it|her life|his life)|not (?:be "
                        + "here|wake up))\\b[^.!?]{0,40}\\b(?:me too|so do i|same here|same for me|i feel the same|i "
                        + "want the same|i envy)",
                "(?:envy|envied|jealous of) (?:her|his|their|the) (?:courage|attempt|death|suicide|peace|way out|"
                        + "nerve)",
                "(?:suicide|death|funeral|note|letter|plan)\\b[^.!?]{0,60}\\b(?:planning|writing|picturing|imagining|"
                        + "rehearsing|thinking about|drafted|written|planned|drafting) mine\\b") + ""));
        // C-SSRS 1-2, exit metaphors for one's own death: checking out, bowing out, the end of the road, the exit
        PHRASES.put(Field.CESSATION, Pattern.compile(PHRASES.get(Field.CESSATION).pattern() + "|\\b" + any(
                "(?:check|checking|checked|tap|tapping|tapped|bow|bowing|bowed|clock|clocking|sign|signing|log|"
                        + "logging) (?:out|off)(?: of (?:life|everything|this world|it all))?(?: for good| permanently| "
                        + "early|\\W*$)(?! (?:of (?:the|my) (?:hotel|office|clinic|ward|account|system|zoom|chat))|at)",
                "(?:get|getting|want|wanting) off (?:this|the) (?:ride|planet|world|merry-go-round|treadmill)\\b",
                "(?:reached|reaching|at|come to|came to) the end of (?:the|my) (?:road|line|rope)\\b(?! with)",
                "run(?:ning)? out of (?:road|reasons|time to stay)", "(?:the|an|my) (?:exit|way out|easy way out|last "
                        + "resort)\\b(?! (?:interview|survey|strategy|plan for (?:the|my) (?:job|practice)|door|sign|row))",
                "(?:be|being|finally) at (?:rest|peace) (?:for good|forever|at last)", "(?:finally )?rest in peace",
                "set myself free", "(?:be|being) free of (?:it all|everything|this life|myself)",
                "(?:stop|end) (?:the|this) (?:suffering|pain|hurting)(?: for good| forever| permanently)",
                "(?:make|making) it (?:all )?stop(?: for good| forever| permanently|\\W*$)",
                "counting down(?: the days)?\\W*$", "count(?:ing)?down\\b(?! (?:to|till|until) (?:christmas|"
                        + "(?:the|my) (?:holiday|wedding|leave|retirement|conference|move)))",
                "(?:not|no longer|never) (?:scared|afraid|frightened) of (?:it|dying|death|the idea|the pain) "
                        + "(?:anymore|any more|now)",
                "(?:understand|get|see) (?:now )?why (?:people|clients|my clients|they|someone|he|she) (?:do|did|"
                        + "does|go through with) it\\b",
                "(?:it|this|that|everything) (?:all )?(?:makes|made) sense now\\b(?=[^.!?]*\\b(?:why|it|them))")));
        // The safe frames turned on the writer: assessment language applied to oneself (I'd score a 5 on the C-SSRS,
        // I'm ticking every warning sign), a safety plan or crisis line refused, history come back, a joke that is no
        // longer one, a song or film taken as one's own. These stand even though they carry clinical or media words.
        PHRASES.put(Field.TURNED_ON_SELF, Pattern.compile("\\b" + any(
                "(?:c-?ssrs|risk assessment|screen\\w*|phq-?9?|asq|scale|assessment)\\b[^.!?]{0,30}\\b(?:on|of|for) myself",
                "(?:on|of|for) myself\\b[^.!?]{0,40}\\b(?:i'd|i would|i'll|i'm|i am) (?:be |score |rate |flag |come out "
                        + "(?:as |at )?)(?:a |an |as |at )?(?:\\d|high|red|at risk|imminent|severe)",
                "(?:i'd|i would) (?:flag|rate|score|assess|class|section|admit) myself\\b",
                "(?:i'm|i am) (?:ticking|meeting|hitting|showing) (?:every|all|each|most)\\b",
                "(?:every|all (?:the|of the)?|each) (?:warning sign|risk factor|red flag)s?\\b[^.!?]{0,40}\\b(?:i'm|i am|"
                        + "i have|i've got|i tick|i meet|describes? me|is me|are me)",
                "(?:protective factors?|reasons for living|reasons to live)\\b[^.!?]{0,60}\\bi (?:don't|do not|no "
                        + "longer) have",
                "(?:my own|my) (?:safety|crisis) plan\\b[^.!?]{0,60}\\b(?:don't believe|do not believe|isn't working|"
                        + "not working|useless|doesn't work|stopped|ignor\\w+|threw|ripped|torn|deleted|pointless)",
                "(?:crisis line|helpline|samaritans|988|111|the number)\\b[^.!?]{0,60}\\b(?:not going to|won't|will not"
                        + "|don't want to|am not going to) (?:call|ring|use|text)",
                "(?:not going to|won't|will not) (?:call|ring|text) (?:it|them|the crisis line|the helpline|anyone) "
                        + "this time",
                "(?:means restriction|means safety|lethal means)\\b[^.!?]{0,60}\\b(?:doing the opposite|the opposite "
                        + "at home|stocking up|keeping (?:them|it|mine))",
                "(?:i've had|i have|i've got|i'm having|i realised i've had|i realized i've had) (?:it|them|passive "
                        + "ideation|ideation|si|suicidal (?:ideation|thoughts))\\b[^.!?]{0,20}\\b(?:every day|every "
                        + "night|for (?:a|months|weeks|years|the last))",
                "(?:don't|do not|can't|cannot) believe (?:it|that|a word of it) (?:for|about) myself",
                "(?:the same|that|the old) (?:pull|urge|urges|feeling|thoughts?|darkness|voice|place|plan)\\b[^.!?]{0,20}"
                        + "\\b(?:is|are|has|have|'s|'re)(?: come)? back\\b",
                "(?:it's|it is|they're|the thoughts are|the urges are|the ideation is) back\\b[^.!?]{0,30}"
                        + "\\b(?:stronger|worse|again|every)",
                "(?:not really|no longer|isn't really|isn't|not|stopped being) (?:a )?joke\\b(?! (?:to me|anymore,? "
                        + "(?:it's|i'm) (?:fine|okay|ok)))",
                "(?:song|film|movie|book|poem|character|lyrics?|scene)\\b[^.!?]{0,80}\\b(?:like (?:it was|it's|it were) "
                        + "(?:mine|about me|me|written (?:for|about) me)|(?:is|was) (?:about )?me\\b|felt like (?:it "
                        + "was )?(?:me|mine))") + ""));
        // C-SSRS preparatory behaviour, bequest: who gets what, cards signed for the years ahead
        PHRASES.put(Field.BEQUEST, Pattern.compile("\\b" + any("who gets what", "who (?:gets|inherits|will have|should "
                + "have|can have|takes) my (?:\\w+ )?(?:things|stuff|books|records|car|dog|cat|guitar|jewell?e?ry|clothes|"
                + "savings|money|flat|house)", "(?:birthday|christmas) cards? for (?:the next|every|future|all (?:the|"
                + "their)) (?:few |\\w+ )?(?:years|birthdays|christmases)", "cards? (?:for|until) (?:her|his|their) "
                + "(?:18th|21st|eighteenth)") + "\\b"));
        // C-SSRS 1, one's own funeral and memorial
        PHRASES.put(Field.OWN_DEATH_RITES, Pattern.compile("\\b" + any(
                "my (?:own )?(?:funeral|eulogy|obituary|grave|headstone|gravestone|coffin|memorial|ashes|wake)\\b"
                        + "(?! (?:for|of) (?:a|my|her|his|the))",
                "(?:chose|chosen|choosing|picked|picking|plann?(?:ed|ing)?|wrote|written|writing) (?:the )?(?:hymns|"
                        + "funeral (?:songs|music|readings)|readings for)") + "\\b"));
        // Hopelessness (Beck), the strong form: no future for me, nothing left
        PHRASES.put(Field.NO_FUTURE, Pattern.compile("\\b" + any(
                "(?:there's |there is |i have |i've got |see )?no future (?:for me|left|ahead|in (?:it|anything))",
                "(?:don't|can't|cannot|no longer) (?:see|picture|imagine|have) (?:a|any|my) future\\b(?! (?:in|at|with"
                        + " (?:the|this)|for (?:the|this|our)))",
                "nothing (?:left )?(?:for me|to live for|to stay for|to keep me)\\b(?! to do)",
                "(?:no|nothing|no one|nobody) (?:left )?(?:to live for|keeping me here|to stay for)",
                "(?:i'm|i am) (?:beyond|past) (?:help|saving|hope)",
                "(?:future|world|picture) (?:where|with|that has) (?:i'm|me|i am) (?:in it|still (?:here|in it|alive))",
                "(?:no|any) version of (?:the future|next year|this) (?:where|with) (?:i'm|me)",
                "(?:don't|do not|won't) (?:plan|intend|expect)(?:ing)? (?:on |to )?(?:seeing|see|reaching|reach|making it"
                        + " to|being around for|be around for|turning|turn) (?:\\d+|my \\w+ birthday|next (?:year|"
                        + "christmas|spring|summer)|christmas|another)",
                "(?:there's |there is )?no way out(?! of (?:the|this) (?:contract|meeting|job|lease|building|car))",
                "(?:don't|can't|cannot) see the point (?:of|in) (?:any of it|anything|it all|living|going on|being "
                        + "here|life|carrying on|trying anymore|getting up)") + "\\b"));
        // Perceived burdensomeness (Joiner): the writer a burden, others better without them
        PHRASES.put(Field.BURDEN, Pattern.compile("\\b" + any(
                "(?:i'm|i am|i feel(?: like)?|feel like|feeling like|i've become|being|i'm just|i've been) (?:just |"
                        + "only |such |nothing but |a real |a |the |one )*(?:burden|weight|drain|millstone|waste of "
                        + "(?:space|oxygen|air))\\b(?! (?:on|to) (?:my |the )?(?:(?:admin|office|clinical|duty|intake|"
                        + "reception) )?(?:colleagues|team|work|the service|the practice|the nhs|rota|desk|department|"
                        + "office)| of (?:the|this|paper|admin|work))",
                "(?:breathe|be|sleep|live|cope|manage|do)(?: so much| much| a lot)? (?:easier|easy|better|fine|okay|"
                        + "lighter|happier|freer)?\\s*without me\\b",
                "(?:everyone|everybody|they|family|the world|people|kids|wife|husband|partner)\\b[^.!?]{0,40}\\b"
                        + "(?:breathe easier|be relieved|be better off|cope (?:fine )?without|be lighter|be freer)",
                "(?:miss|notice) (?:me|if i) (?:was|were|wasn't|weren't)? ?(?:gone|dead|not here|not around)?",
                "(?:take|taking|took|remove|removing|get|getting) (?:myself|yourself|me) out of (?:the|everyone's|"
                        + "their|the whole) (?:picture|way|equation|lives)",
                "(?:cope|manage|do|be) (?:so much |much |a lot )?(?:better|easier|fine) if i\\b",
                "(?:won't|will not|no longer|not) be (?:anyone's|everyone's|your|their|a|the) (?:problem|burden|worry)",
                "deserves? (?:someone|somebody|a (?:mum|mom|dad|wife|husband|partner|mother|father)) (?:who (?:isn't|is "
                        + "not)|better|less|more)") + "\\b"));
        // Joining the dead: be with mum again, join him, go to her (counts with a bereavement in the text)
        PHRASES.put(Field.REUNION, Pattern.compile("\\b" + any(
                "(?:join|joining|be with|being with|see|seeing|go to|going to|meet|hold) (?:my )?(?:mum|mom|mother|dad|"
                        + "father|nan|nana|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|brother|sister"
                        + "|husband|wife|son|daughter|baby|him|her|them|partner|boy|girl)\\b,?(?: again| soon| wherever|"
                        + " in heaven| on the other side| then\\W*$| there\\W*$|\\W*$)",
                "(?:be|go|going|get) (?:wherever|where) (?:he|she|they|my \\w+) (?:is|are|went|has gone)\\b",
                "rather be with (?:her|him|them|my \\w+) than (?:here|alive|living|be here)") + ""));
        // Hopelessness, the weak form: what's the point, given up, done, can't go on
        PHRASES.put(Field.HOPELESS, Pattern.compile("\\b" + any(
                "what(?:'s| is) the point(?! of (?:the|this|that|a|an|these|those|my|your|our|having|doing|asking))",
                "no point (?:anymore|any more|in anything|in any of|in (?:it|trying|going on))",
                "(?:i've|i have|i) given up\\b(?! (?:on (?:the|that|this|my (?:diet|phone|car))|(?:sugar|coffee|"
                        + "alcohol|drinking|smoking|booze|meat|twitter|facebook|social)))",
                "(?:i'm|i am) done\\W*$", "(?:can't|cannot) (?:go on|keep going|do this anymore|carry on)\\b",
                "(?:hopeless|worthless|pointless|empty|trapped)\\W*$",
                "(?:i'm|i am|feel|feeling) (?:so |completely |totally )?(?:hopeless|worthless|trapped)\\b",
                "(?:stopped|stop|given up|give up) hoping", "nothing (?:has worked|works|is going to (?:work|change|help)?"
                        + "|will (?:work|change|help))", "it hasn't\\W*$", "(?:lost|no) (?:all )?hope\\b",
                "(?:started|start|been|am|i'm) planning\\W*$", "lost the (?:fight|battle|will)",
                "(?:stopped|stop) seeing the point", "(?:no|can't|cannot|there's no) escap(?:e|ing)\\b",
                "(?:i'm|i am|i feel|feeling|so) (?:completely |totally |utterly )?(?:trapped|cornered|empty|hollow|"
                        + "numb|done|finished|spent|broken)\\W*$", "nothing left(?: in (?:the tank|me))?\\W*$",
                "(?:can't|cannot) (?:take|bear|stand|face) (?:any ?more(?=\\W*$|\\W+(?:of (?:this|it|life)|i\\b))|it "
                        + "anymore|another day)",
                "why (?:bother|keep going|carry on|try)\\W*$", "(?:stopped|stop) (?:fighting|trying|caring)\\b",
                "(?:running on empty|at the end of my tether|at breaking point)\\b", "(?:can't|cannot) keep (?:living|going|doing this|on)",
                "done pretending", "(?:won't|will not|not going to) be (?:at|in|coming to|going to|doing) [^.!?]{0,30}"
                        + "\\bnext (?:week|month|year|term)", "(?:haven't|have not|not|didn't) (?:booked|planned|renewed|"
                        + "bought|signed up)\\b[^.!?]{0,30}\\bnext (?:year|month|summer|christmas|term)",
                "(?:don't|do not|won't) need to (?:renew|book|plan|buy|worry about)\\b")));
        // Places of a method, as phrases: traffic (getting hit, crossing without looking)
        PHRASES.put(Field.PLACE, Pattern.compile("\\b" + any("(?:get|getting|got|be|being) (?:hit|run over|knocked down)"
                + "(?! (?:with|by (?:a|the) (?:wave|virus|bug|bill|tax|fine)))", "hit by (?:a |the )?(?:car|bus|lorry|truck|"
                + "train|van)", "(?:cross|crossing|crossed) (?:the )?(?:road|street)s? without looking",
                "(?:don't|didn't|do not) bother looking") + "\\b"));
        // Qualifier, drawn to a place: standing at, leaning over, looking down, slowing down on the bridge
        PHRASES.put(Field.DRAWN, Pattern.compile("\\b" + any(
                "lean(?:ed|ing|s)? (?:forward|over|out)", "(?:stood|stand|standing|sat|sit|sitting|stay\\w*) (?:at|on|"
                        + "by|near) (?:the )?(?:edge|ledge|railing|parapet|side)",
                "look(?:ed|ing|s)? (?:over|down)\\b", "slow(?:ed|ing|s)? down", "linger\\w*", "drawn to", "pulls? me",
                "calls? (?:to )?me", "stare\\w* (?:at|down)", "(?:walk|walking|walked) into", "keep walking",
                "step(?:ping|ped)? (?:off|out|forward|in front)", "jump\\w*", "which (?:level|floor|one|bridge|train|stretch\\w*|beam|part|spot|bit)",
                "read(?:ing)? up on", "(?:i|i'll|i will|i'd) use\\W*$",
                "(?:get|got|getting|go|went|step|stepped|move|moved) (?:a bit |a little |a step |one step )?closer",
                "(?:started|keep|been|am|i'm) \\w+ing (?:at )?the (?:trains?|bridge|drop|tracks|edge|water|cliffs?|"
                        + "express|traffic)", "look(?:ed|ing|s)? at the (?:water|drop|edge|tracks|trains?|traffic|river|"
                        + "sea|bridge)", "knowing (?:it's|they're|it is|they are) there", "(?:next to|beside|by) (?:my|"
                        + "the) bed(?:side)?", "(?:keep|keeping|kept) (?:them|it) (?:close|near|handy|with me)",
                "rehears\\w*", "(?:for a long time|for hours)\\W*$", "(?:thinking|thought|think) (?:about|of) (?:the|that)"
                        + " \\w+", "keep going (?:in|back|out|up) (?:there|to it)",
                "(?:thought|thinking|think|dream\\w*|fantasi[sz]\\w*) (?:about|of) \\w+ing", "pictur\\w*", "imagin\\w*",
                "driv(?:e|ing|en) (?:my car |the car )?(?:into|off)", "swerv\\w*", "crash\\w* (?:into|off)",
                "how (?:high|far down|tall|deep|fast)", "the height of", "closer (?:to the edge|each|every)",
                "worked out (?:which|where|when|how)", "(?:every|each) (?:night|day|time|morning) i\\b[^.!?]{0,30}"
                        + "(?:slow|stop|look|stand|think)") + ""));
        // Qualifier, finality: for good, permanent, won't need them, last, no coming back, calm, at peace
        PHRASES.put(Field.FINALITY, Pattern.compile("\\b" + any(
                "for good", "forever", "permanent(?:ly)?", "one[- ]way", "never (?:again|coming back|come back)",
                "afterwards", "(?:won't|will not|wouldn't|no longer|not going to|won't be) (?:need|needing)\\b",
                "(?:won't|not going to|will not|wouldn't) (?:drive|come|get|walk|make it) back",
                "(?:the |my )?(?:last|final) (?:thing|time|post|message|words?|comment|night|one)\\b",
                "(?:weirdly |strangely |oddly |so |very )?(?:calm|at peace)\\b", "made (?:my )?peace",
                "(?:my |the )?decision\\b", "(?:i've |i have )?decided\\b", "it feels right", "it's time\\W*$",
                "before i go\\b", "(?:when|once|after) "
                        + "i go\\b", "ready to go\\W*$", "waiting to go\\b", "just in case\\b", "next time i (?:won't|"
                        + "will not|'ll not)", "after (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|"
                        + "this (?:week|month|weekend)|tonight|christmas)\\b(?=[^.!?]{0,30}\\b(?:won't|need|gone|"
                        + "anything))", "won't be (?:here|around)", "nothing (?:left|else) to (?:say|do|sort|sort out|finish)\\b",
                "(?:not|never) coming back", "where i'm going", "while i (?:still )?can\\W*$", "look after each other",
                "(?:wouldn't|would not|won't) (?:mind|fight it|care) if (?:i|it) (?:did|didn't|happened|do)\\b",
                "(?:one|for the) last time", "\\byet\\W*$",
                "in case i (?:don't|do not|never|can't|cannot|won't) (?:come back|make it|get back|wake|return)",
                "when the (?:time|day) comes", "one for each (?:of )?(?:them|my|the)", "i won't be \\w+ing\\W*$", "whoever (?:has to|finds|is left|gets|will have to|needs to)",
                "so (?:nobody|no one|noone|they|she|he) (?:has|have|needs?|will have) to (?:go through|sort|deal with|"
                        + "clear|find|worry)", "(?:don't|do not) think i(?:'ll| will) (?:need|be needing|be using)",
                "(?:don't|do not) think i(?:'m| am) going to\\W*$", "(?:no|there's no|isn't a) way back", "pretending (?:there's|there is) a (?:way|future|point)",
                "(?:past|beyond) the end of (?:the|this|next) (?:month|week|year)",
                "(?:or|nor) (?:any|ever) (?:month|year|week|time|again)\\W*$", "(?:such a|a) relief to", "(?:just )?need (?:the )?(?:nerve|courage|guts)\\W*$", "by choice\\W*$",
                "(?:wasn't|isn't|not|was not|is not) (?:their|your|anyone's|his|her) fault",
                "(?:everything|it all|all)(?:'s| is) ready\\W*$", "getting closer", "calmer than",
                "(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|tomorrow|tonight)(?:'s| is) the (?:day|"
                        + "night)", "after (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)\\b") + ""));
        // Qualifier, secrecy: nobody knows, they think it's for something else, without her knowing
        PHRASES.put(Field.SECRECY, Pattern.compile("\\b" + any(
                "(?:nobody|no one|noone|none of them) (?:knows|checks|noticed|notices|has noticed|suspects|would know)",
                "(?:told|telling|tell|told) (?:nobody|no one|noone|anyone)\\b", "haven't told (?:anyone|anybody)",
                "not telling (?:anyone|anybody)", "(?:doesn't|don't|didn't|won't) know (?:it's|that it's|it is|why|"
                        + "what (?:it's|it is) for)",
                "(?:thinks?|thought) (?:it's|it is|it was|i'm|i am) (?:for|just|decluttering|spring)",
                "without (?:her|him|them|anyone|my \\w+) knowing", "^it isn't\\W*$", "^it's not\\W*$",
                "(?:told|tell) (?:her|him|them) it (?:was|is) (?:just|only)",
                "(?:told|tell|telling) (?:them|her|him|everyone|people|my \\w+) (?:i'm|i was|i am|it's|it was) ",
                "(?:didn't|don't|won't|haven't) (?:tell|told) (?:her|him|them|anyone) why",
                "so (?:nobody|no one|noone) (?:would|will|could) (?:ask|notice|know|question|suspect)",
                "(?:i know|but) it isn't", "(?:keep )?telling myself (?:it's|i'm) (?:just|only)",
                "(?:it isn't|it's not)(?:,| -) i (?:just )?") + ""));
        // C-SSRS 4-5, intent and plan without naming the act: what dose would do it, talk me out of it
        PHRASES.put(Field.PLAN, Pattern.compile("\\b" + any(
                "(?:what|which|how much|how many) (?:\\w+ )?(?:dose|amount|tablets|pills|drop|height|\\w+) (?:would|will|"
                        + "'d|should) do it\\b", "(?:know|decided|worked out|chosen|picked) (?:exactly )?what i(?:'ll|"
                        + " will|'d| would|'m going to) use", "talk me out of (?:it|this)",
                "(?:worked out|know|calculated|figured out|looked up) how (?:much|many)(?: \\w+)? i(?:'d| would|'ll| will) "
                        + "need\\b",
                "^(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|tonight|tomorrow)(?:'s| is) the (?:day|"
                        + "night)\\W*$",
                "(?:have|got|'ve got) (?:the )?means (?:and|to)\\b", "(?:the|a) (?:time|date|day|place) and (?:the|a) "
                        + "(?:place|means|method|date|time)\\b", "(?:have|got|picked|set|chose|chosen) (?:a|the) (?:date|day)"
                        + " in my head",
                "(?:worked|working|figured) (?:it all|everything|it) out\\b(?=[^.!?]*\\b(?:when|where|which|how|"
                        + "saturday|sunday|monday|tuesday|wednesday|thursday|friday|tonight|weekend))") + ""));
        // Goodbye and finality statements as phrases: thanks for everything, don't be sad, sorry for everything
        PHRASES.put(Field.FAREWELL, Pattern.compile("\\b" + any("(?:please )?don't (?:be sad|blame (?:yourself|yourselves|"
                + "anyone)|be angry|cry for me|miss me)", "thank(?:s| you)(?: all| everyone)? for (?:everything|all of it|"
                + "all you(?:'ve)? (?:did|done)|being there|trying|putting up with me)",
                "(?:i'm|i am) sorry for (?:everything|all of it|the mess|leaving|what i'm about to)",
                "(?:the |my )?last (?:thing|post|message|words?|comment)s? (?:i'll|i will|i'm going to|you'll|from me)",
                "love you all", "remember me", "forgive me", "(?:say|saying|said) (?:sorry|thank you|thanks) to (?:everyone"
                        + "|the people|you all|all of you|people)", "(?:one|for the) last time",
                "(?:said|saying|say) (?:my|a proper|proper) goodbyes?",
                "(?:say|saying|said|wanted to say) (?:thank you|thanks|sorry)\\b[^.!?]{0,30}\\bwhile i (?:still )?can")
                + ""));
        // Goodbye or finality that is final by its own words: they don't know it's goodbye, my last Christmas,
        // a message left for a birthday the writer does not expect to see
        PHRASES.put(Field.LAST_GOODBYE, Pattern.compile("\\b" + any(
                "(?:doesn't|don't|didn't|does not|do not|did not) know (?:it's|it was|it is|that it's|that it was) "
                        + "(?:goodbye|the last)",
                "(?:recorded|wrote|written|made|left|writing|recording|making) (?:a |some )?(?:videos?|letters?|"
                        + "messages?|cards?|recordings?) for (?:my |her |his )?(?:\\w+(?:'s|s) )?(?:1[6-9]th |2[01]st |\\d\\dth |"
                        + "eighteenth |twenty-first |twenty first )(?:birthday)",
                "(?:recorded|wrote|written|made|left|writing|recording|making) (?:a |some )?(?:videos?|letters?|"
                        + "messages?|cards?|recordings?) for (?:my |her |his )?(?:\\w+'s )?(?:wedding|graduation|future|"
                        + "when (?:she|he|they)(?:'s| is|'re| are) (?:older|grown))",
                "(?:it|this|christmas|easter|this year|this birthday|this summer) (?:will be|is going to be|'ll be|is) "
                        + "my last\\W*$", "if i'm not (?:on here|here|around|back|posting)\\b[^.!?]{0,30}\\b(?:that's why|"
                        + "you'll know|you know why)", "(?:say|saying|said) goodbye to (?:people|everyone|them|my \\w+)"
                        + "[^.!?]{0,20}\\bin my head") + ""));
        // Preparations as phrases: giving away, a will, affairs in order, a new home for a pet, deleting accounts
        PHRASES.put(Field.PREPARATION, Pattern.compile("\\b" + any(
                "(?:gave|give|giving|given|gifted|handing|handed) (?:away )?(?:all )?(?:my|the) (?:dog|cat|pets?|"
                        + "rabbit|horse|books|records|clothes|guitar|things|stuff|belongings|plants|jewell?e?ry|"
                        + "collection|tools)\\b",
                "(?:gave|give|giving|given) (?:away|(?:\\w+ ){0,3}away)\\b",
                "(?:gave|given|giving|handed) (?:my|all my) (?:\\w+ ){0,2}?(?:to (?:a|my|her|his|the|someone)|away)\\b",
                "(?:found|finding|find) (?:a )?(?:new )?(?:home|family|owner)s? for (?:my|the|our) (?:\\w+ )?(?:dog|cat|pets?|"
                        + "rabbits?|horse|fish|birds?|hamster|guinea pigs?|budgie|tortoise)",
                "direct debits", "paid off (?:the|my|all)", "(?:spare|door|house) keys? (?:with|to)",
                "(?:leaving|left|leave) (?:the|my) (?:flat|house|room|desk|office|place) (?:spotless|tidy|clean|in order)",
                "(?:sorted|organised|organized|labelled|labeled|cleared) (?:out )?(?:everything|it all|all my \\w+|my "
                        + "things|my stuff|my belongings)", "(?:it's|everything's|everything is) (?:all )?labell?ed",
                "(?:the )?vet has", "wrote down (?:every|all (?:my|the)|my) (?:passwords?|pins?|accounts)",
                "(?:found|finding|find) (?:a )?(?:new )?home for (?:my|the) (?:dog|cat|pets?|rabbit|horse|fish|bird)",
                "(?:my|a) will\\b(?! (?:to|power|be|is to))", "(?:affairs|everything|things) (?:are )?(?:in order|"
                        + "sorted)", "loose ends", "(?:deleting|deleted|delete|closing|closed|cancell?(?:ed|ing)|cancel)"
                        + " (?:all )?my (?:accounts|profiles?|subscriptions|phone contract|gym|contracts|socials|social media)",
                "put (?:everything|it all|all my \\w+) in (?:a|one) (?:folder|box|envelope)") + ""));
    }

    /** Every class's phrases, read in the order of {@link Field} (an enum map), not the order they are put in above. */
    static final Map<Field, Pattern> BY_FIELD = Collections.unmodifiableMap(PHRASES);
}
