package org.securebase.risk;

import static org.securebase.risk.LanguageClasses.any;
import static org.securebase.risk.SelfHarmCues.WORDS;

import java.util.List;

/**
 * Hopelessness (Beck), perceived burdensomeness (Joiner's interpersonal theory) and goodbye or finality statements
 * in the writer's own voice.
 */
final class DespairCues {

    private DespairCues() {}

    static final List<Cue> ALL = List.of(
            // Hopelessness (Beck): no reason to go on, life not worth it, can't go on, what's the point
            Cue.voiced(
                    RiskCategory.HOPELESSNESS,
                    "no nothing never point purpose hope worth life living existence alive can't cannot give giving "
                            + "given gave deserve longer tired i'm when sick exhausted weary lost only wake woke "
                            + "waking disappointed hadn't future see hopeless worthless",
                    any(
                            "no (?:reason|point|purpose|hope|will)(?: left)? (?:to|in|for) (?:keep(?:ing)? |"
                                    + "carry(?:ing)? on |go(?:ing)? on )?"
                                    + any(
                                            "live",
                                            "living",
                                            "go on",
                                            "going on",
                                            "going",
                                            "carry on",
                                            "carrying on",
                                            "be here",
                                            "being here",
                                            "stay(?:ing)?",
                                            "continu\\w+",
                                            "wak(?:e|ing) up",
                                            "get(?:ting)? up",
                                            "try(?:ing)?",
                                            "any of (?:it|this)",
                                            "anything",
                                            "it all",
                                            "me",
                                            "exist\\w*",
                                            "fight(?:ing)?",
                                            "breath\\w*",
                                            "be alive",
                                            "on\\b"),
                            "(?:see|have|there's|there is|with) no (?:way out|future|hope|escape)(?! for (?:the|this|our) "
                                    + "(?:project|practice|clinic|team))",
                            "nothing (?:left )?to live for",
                            "nothing (?:left )?for me",
                            "nothing (?:matters|is worth it)",
                            "nothing (?:will|is going to|'s going to) (?:ever )?(?:get better|change|improve)",
                            "(?:it|things|life) (?:will|is going to|'s going to) never (?:get better|change|improve)",
                            "(?:life|living|my life|existence|being alive)(?:'s| is| isn't| is not| feels| seems)? (?:not "
                                    + ")?(?:worth (?:living|it|continuing)|worthless|pointless|meaningless|hopeless|"
                                    + "unbearable)",
                            "(?:my )?life (?:has|is|have) no (?:meaning|point|purpose|sense|value)",
                            "not worth living",
                            "(?:can't|cannot) (?:go on(?=\\W*$|\\W+(?:like this|anymore|any ?more|any longer|living|with "
                                    + "(?:life|this)))|keep going|carry on|do this anymore|do this any ?more|do it anymore"
                                    + "|take (?:it|this)\\b(?! (?:on|out|up|off|in|back|away|over|home|course|week|seriously))|take any ?more(?=\\W*$|"
                                    + "\\W+(?:of (?:this|it|life|living)|i\\b|and\\b))|cope anymore|face another day|keep doing this|live like this|"
                                    + "live with (?:myself|this)|be here anymore|exist like this)",
                            "(?:giv(?:e|ing)|given|gave) up on (?:me|myself|life|everything|living|the future)",
                            "i give up(?:\\W*$| on)",
                            "i(?:'ve| have) given up\\b(?! (?:on (?:the|that|this|my (?:diet|phone|car))|sugar|"
                                    + "coffee|alcohol|drinking|smoking|booze|meat|caffeine|chocolate|twitter|facebook|social|gluten|"
                                    + "dairy|carbs|wine|instagram|tiktok))",
                            "what(?:'s| is) the point (?:of|in) (?:living|going on|being here|being alive|anything|life|it "
                                    + "all|trying|me|getting up|waking up|carrying on|any of (?:it|this)|therapy|existing)",
                            "what's the point anymore",
                            "how (?:much )?longer i can (?:keep (?:going|pretending|doing this|this up)|go on|do this|take "
                                    + "(?:it|this)|hold on)",
                            "no point (?:anymore|any more|in anything|at all)\\W*$",
                            "(?:don't|can't|cannot) see how i(?:'m going to| will|'ll| can| could)? (?:get|make it|keep "
                                    + "going|go on|carry on)",
                            "(?:don't|do not|didn't) deserve to (?:live|be alive|be here|exist)",
                            "(?:tired|sick|exhausted|weary) (?:of|from|with|by|for) (?:living|being alive|life|existing|it all|"
                                    + "everything|waking up|breathing|fighting|trying|being me|being here)",
                            "lost (?:the|my|all) will to live",
                            "(?:the )?only (?:reason|thing) (?:i'm|i am|keeping me|that keeps me|i stay)(?: still)? (?:here|"
                                    + "alive|going|around)",
                            "(?:the )?only (?:thing|reason|one) (?:stopping|holding) me\\b",
                            "i'm only (?:still )?(?:here|alive|around) (?:for|because)",
                            "when (?:she|he|they|it|\\w+) goes,? i go\\b",
                            "(?:wake|woke|waking) up (?:\\w+ )?(?:disappointed|angry|sad|upset|gutted|devastated)",
                            "disappointed (?:to|that i) (?:wake|woke|be alive|am alive|still)",
                            "wish i hadn't woken",
                            "(?:don't|do not) (?:see|have) (?:a|any) future",
                            "no future for me",
                            "can't see (?:a|any) (?:way out|way forward|future|point|reason to)",
                            "(?:i'm|i am|i feel|feeling) (?:completely |totally |so |utterly )?(?:hopeless|worthless)(?! "
                                    + "about)")),

            // Perceived burdensomeness (Joiner): others better off without me, I'm a burden, nobody would notice
            Cue.voiced(
                    RiskCategory.BURDENSOMENESS,
                    "better lighter easier happier calmer freer free safer peaceful fine okay relieved richer | "
                            + "without if once when less",
                    any(
                                    "better",
                                    "lighter",
                                    "easier",
                                    "happier",
                                    "calmer",
                                    "freer",
                                    "free",
                                    "safer",
                                    "more peaceful",
                                    "peaceful",
                                    "fine",
                                    "okay",
                                    "relieved",
                                    "richer")
                            + "(?: off)?(?:\\s+[\\w'-]+){0,2}\\s+"
                            + any(
                                    "without me",
                                    "if i (?:was|were|am|'m)(?: not| n't)? (?:gone|dead|not (?:here|there|around|alive)|out of the "
                                            + "(?:picture|way))",
                                    "if i (?:wasn't|weren't|was not|were not|am not|'m not) (?:here|there|around|alive|in the picture)",
                                    "if i (?:died|disappeared|left for good|didn't exist|was gone|were gone|wasn't around)",
                                    "with(?:out)? (?:one less of me|me (?:gone|dead|out of the way))",
                                    "once i'm gone",
                                    "when i'm gone")),
            Cue.voiced(
                    RiskCategory.BURDENSOMENESS,
                    "burden weight drain millstone liability waste over sad upset cry miss notice care less problem "
                            + "reason worse cope manage fine okay ok deserve need party celebrate glad happy relieved",
                    any(
                            "(?:i'm|i am|i feel(?: like)?|feel like|feeling like|i've become|i am becoming) (?:just |"
                                    + "only |such |nothing but |a real |the |a )*"
                                    + "(?:burden|weight|drain|millstone|liability|waste of (?:space|oxygen|air))(?! (?:on|to) (?:my |the "
                                    + ")?(?:(?:admin|office|clinical|duty|intake|reception) )?(?:colleagues|team|work|"
                                    + "service|practice|manager|boss|rota|desk|department|office)\\b)",
                            "burden (?:to|on) (?:everyone|everybody|them|my(?! (?:colleagues|team|manager|boss|work))|all)"
                                    // a burden to a team for a task ("a burden on the admin team with how many forms
                                    // I submit late") is a work complaint
                                    + "(?! (?:admin|office|rota|team|desk)\\b)",
                            "(?:everyone|everybody|people|they)(?:'d| would| will|'ll)? (?:get|gets) over (?:it|me|losing me)",
                            "(?:my (?:wife|husband|partner|kids|family|children|mum|dad)|everyone|they|she|he) (?:would|"
                                    + "will|'d|'ll) (?:cope|manage|be fine|be okay|be ok)(?: without me)?\\W*$",
                            "(?:sad|upset|cry|miss me)(?:\\s+[\\w'-]+){0,5}\\s+(?:but|and) (?:she|he|they|everyone)(?:'d| "
                                    + "would| will|'ll) (?:get over it|move on|be fine)",
                            "(?:nobody|no one|noone|none of them|would anyone|who)(?: would| will|'d|'ll)? (?:even |really "
                                    + ")?(?:notice|miss me|care)(?=\\s+(?:if i|when i|that i|for (?:a|days|weeks|ages))|\\W*$)",
                            "one less (?:of me|mouth to feed|problem for)",
                            "(?:doesn't|does not|don't) need (?:another|more of) me",
                            "deserves? (?:a |so much |much |someone )?better(?: [\\w'-]+)? than me",
                            "(?:are|is|would be|'d be|will be) better (?:off )?with (?:their|his|her|my) [\\w'-]+ (?:only|"
                                    + "alone)\\b",
                            "(?:would|'d|will) (?:throw a party|celebrate|be glad|be happy|be relieved|not (?:care|notice|"
                                    + "miss me))"
                                    + " if i (?:died|was dead|were dead|was gone|were gone|disappeared|wasn't here|killed "
                                    + "myself)",
                            "(?:i'm|i am) the (?:problem|reason|weight) (?:in|for|behind|they're|everyone|that)",
                            "make (?:everyone|everybody)'s li(?:fe|ves) worse")),
            Cue.voiced(
                    RiskCategory.BURDENSOMENESS,
                    "world everyone everybody they family kids children wife husband partner team people | better "
                            + "lighter easier happier calmer freer peaceful fine relieved okay",
                    any(
                                    "world",
                                    "everyone",
                                    "everybody",
                                    "they",
                                    "family",
                                    "kids",
                                    "children",
                                    "wife",
                                    "husband",
                                    "partner",
                                    "team",
                                    "people")
                            + "(?:\\s+[\\w'-]+){0,3}\\s+(?:would|will|'d)(?: \\w+ly)?(?: all)? be (?:better|lighter|easier|"
                            + "happier|calmer|freer|more peaceful|peaceful|fine|relieved|okay)"
                            + "(?: off)?\\s*(?:without me|with one less|if i|once i'm|when i'm|\\W*$)"),

            // Goodbye and finality: a last post, a goodbye that is final, a departure that is not a move
            Cue.voiced(
                    RiskCategory.GOODBYE,
                    "last final goodbye wave time gone plan intend expect look take feed walk won't not leaving "
                            + "going checking signing "
                            + "logging out way sense one side thank weirdly strangely oddly eerily sorry tell think "
                            + "worry know",
                    any(
                            "this (?:is|will be|'ll be|'s) (?:my|the) (?:last|final) (?:post|comment|message|reply|"
                                    + "entry|words?|time (?:i|you'll))(?! for (?:a while|now|some time|a bit|a few|the "
                                    + "(?:year|summer|month|week|term|semester)))",
                            "(?:i'm|i am|i wanted to|i want to|just wanted to|writing to|time to) (?:say(?:ing)?|wave) "
                                    + "(?:my )?goodbyes?(?! to (?:a |my |our |the )?(?:clients?|patients?|group|team|"
                                    + "colleagues|practice|clinic|job|caseload))",
                            "goodbye (?:everyone|all|everybody|friends|world|forever|for good)",
                            "said (?:my )?goodbyes?"
                                    + WORDS
                                    + "6}\\s+(?:without (?:her|him|them|anyone|my \\w+) knowing|for the last time|it was (?:goodbye|"
                                    + "the last time)|knowing it was)",
                            // the writer's own, not a client's message they report ("a text from a client: by the
                            // time you see this...", which UrgentCues reads)
                            "(?<!(?:client|patient|student|son|daughter|partner|husband|wife)\\b[^.!?]{0,80})"
                                    + "by the time (?:you|anyone|someone) (?:read|reads|see|sees|find|finds) this",
                            "(?:when|after|once) i'm gone",
                            "after i've gone",
                            "(?:look after|take care of|feed|walk) (?:my|the) (?:kids|children|cat|dog|cats|dogs|pets?|mum|"
                                    + "mom|family|plants) (?:for me|when i'm|after)",
                            "(?:won't|will not|not going to|not gonna) be (?:posting|here|back|on here) again\\b",
                            "(?:won't|will not|not going to|not gonna) be (?:here|around|alive|posting|back|on "
                                    + "here)(?:\\s+[\\w'-]+){0,2}\\s+(?:much longer|for long|anymore|any more|to see|by|"
                                    + "next (?:week|month|year)|after)",
                            "i'm (?:leaving|going|checking out|signing off|logging off|out of here)(?: (?:away|off|out|very|"
                                    + "really|home))? (?:soon|for good|forever|permanently)\\b(?! (?:for|to|on) )",
                            "not in the (?:[\\w-]+ ){1,3}(?:way|sense)",
                            "one of these (?:days|nights|mornings|times) i (?:won't|will not|'m not going to|am not going "
                                    + "to) (?:come back|get back|make it|wake|be|go home)",
                            "no way i(?:'m|'ll| am| will)? (?:still )?(?:going to )?be (?:here|alive|around)",
                            "(?:don't|do not) know (?:if|whether) i(?:'ll| will) (?:still )?be (?:here|alive|around)",
                            "(?:don't|do not) worry about me (?:after|from) (?:tonight|today|tomorrow|this|now|\\w+day)",
                            "(?:don't|do not|not) (?:plan|intend|expect|planning|intending)(?: on| to)? (?:be|being|still "
                                    + "be) (?:around|here|alive)",
                            "(?:this|that|christmas|easter|\\w+day|it) (?:will be|is going to be|'ll be|is) my (?:very "
                                    + ")?last (?:one|christmas|birthday|summer|winter|spring|year|holiday)\\b",
                            "(?:don't|do not) think i(?:'ll| will) (?:still )?be (?:here|alive|around)(?: for| by| in| at| "
                                    + "next| come| to see| much)",
                            "see you (?:all )?on the other side",
                            "goodbye cruel world",
                            "(?:thank you|thanks)(?: to)? (?:all|everyone|everybody)\\b.*\\b(?:over the years|for "
                                    + "everything|for trying)",
                            "(?:weirdly|strangely|oddly|eerily) (?:calm|peaceful|at peace|light|relieved)",
                            "i'm (?:so )?sorry (?:for|about) (?:everything|all of this|the mess|what i'm about to|leaving|"
                                    + "being a burden)",
                            "signing off for good",
                            "tell (?:my|her|him|them) (?:\\w+ )?(?:i love|that i love)")));
}
