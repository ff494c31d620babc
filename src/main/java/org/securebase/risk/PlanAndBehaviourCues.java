package org.securebase.risk;

import static org.securebase.risk.LanguageClasses.KILL;
import static org.securebase.risk.LanguageClasses.MEANS;
import static org.securebase.risk.LanguageClasses.MEANS_WORDS;
import static org.securebase.risk.LanguageClasses.STRONG_MEANS;
import static org.securebase.risk.LanguageClasses.any;
import static org.securebase.risk.SelfHarmCues.WORDS;

import java.util.List;

/**
 * The C-SSRS plan (5) and behaviour for the writer's own risk: a plan or means, preparations (letters, giving
 * things away, affairs in order), and aborted, interrupted or actual attempts. A marked joke does not cancel these.
 */
final class PlanAndBehaviourCues {

    private PlanAndBehaviourCues() {}

    static final List<Cue> ALL = List.of(
            // C-SSRS 5, plan: the writer has a plan, a date, a method, has worked out how or when
            Cue.voiced(
                    RiskCategory.PLAN,
                    "plan method date day time place spot how when where planned all nobody way accident rehears",
                    any(
                            "(?:i have|i've got|i've|i got|got|i've made|i made|i know|i've (?:picked|chosen|set)|i "
                                    + "(?:picked|chose|set)) (?:a|the|my) (?:plan|method)"
                                    + "(?=\\s*(?:$|[.,!;]| and | for (?:it|that|how|when|if|doing it|the end)| to (?:do it|end|kill|"
                                    + "die|go)| now| worked out| all| ready| in place| sorted))",
                            "(?:know|picked|chosen|chose|set|have|got|decided on) (?:the|a) (?:date|day|time|place|"
                                    + "spot)(?=\\s*(?:$|[.,!;]| and (?:it|i)| now))",
                            "(?:plan|method) and (?:a|the) (?:date|time|place|means)",
                            "(?:know|worked out|figured out|decided|planned|planning) (?:exactly )?(?:how|when|where) "
                                    + "(?:i'(?:d|ll)|i (?:would|will|am going to|'m going to)|to) (?:do it|go|end it|die|"
                                    + "jump|kill|end my)",
                            "(?:have|got|'ve) it all (?:planned|worked out|figured out|sorted)",
                            "(?:i have|i've got|i've|i got|got|there's) (?:a|my) way out\\b",
                            "(?:plan|method)\\b.{0,30}\\b(?:nobody|no one|none of you|noone) (?:knows|know)\\b",
                            "(?:know|think|tell) it (?:wasn't|was not|isn't|is not) an accident",
                            "rehears(?:e|es|ed|ing) (?:it|how|the (?:plan|method|details|when|where))",
                            "the when,? (?:and )?the where",
                            "when and where (?:i'd|i'll|i would|i will|to)")),
            // C-SSRS 5, plan: one's own death named as an exit being planned, the writer's in the first person or in
            // the generic second ("how do you keep seeing suicidal clients when you're quietly planning your own exit")
            Cue.self(
                    RiskCategory.PLAN,
                    "plan planning planned plotting arranging organising organizing | exit way ending departure death end",
                    "(?:plan|plans|planning|planned|plotting|arranging|organising|organizing) (?:out )?"
                            + "(?:my|your|our) (?:own )?(?:exit|way out|ending|departure|death|end)\\b"
                            + "(?! (?:interview|strategy|from|of (?:the|this|that)|plan|date|party))"),
            // C-SSRS behaviour, aborted or interrupted attempt, decided at the place, in the first or the generic
            // second person ("you're the one who stood in the garage last night deciding whether to go through with
            // it"); and one's own pills counted as means, by a prescriber too ("counting my own pills in a very
            // different way")
            Cue.self(
                    RiskCategory.ATTEMPT,
                    "deciding decide decided wondering debating working | through",
                    "(?:deciding|decide|decided|wondering|debating|working out) (?:whether|if) (?:to|i'd|i would|i "
                            + "should|i could|i'll|you'd|you should) go through with it"),
            Cue.self(
                    RiskCategory.PLAN,
                    "count counting counted | pills tablets meds medication stash supply",
                    "count(?:ing|ed)? my (?:own )?(?:pills|tablets|meds|medication|stash|supply)\\b(?! (?:for|into|"
                            + "before) (?:the|my|a) (?:week|dosette|pill ?box|organi[sz]er|holiday|trip))"),
            // C-SSRS 5, means saved: saving, stockpiling, hiding or counting pills
            Cue.voiced(
                    RiskCategory.PLAN,
                    "sav stockpil hoard collect stash hid squirrel set put tuck count line keep kept | " + MEANS_WORDS,
                    any(
                                    "sav(?:e|ed|ing)",
                                    "stockpil\\w*",
                                    "hoard\\w*",
                                    "collect\\w*",
                                    "stash\\w*",
                                    "hid",
                                    "hidden",
                                    "hid(?:e|ing)",
                                    "squirrel\\w*",
                                    "(?:set|put|tucked|tuck) (?:aside|away)",
                                    "count(?:ed|ing)?",
                                    "line(?:d)? (?:them )?up",
                                    "a stash of")
                            + WORDS + "5}\\s+" + MEANS + "\\b"
                            + "|\\b" + MEANS + WORDS + "4}\\s+"
                            + any(
                                    "saved",
                                    "stockpiled",
                                    "hoarded",
                                    "stashed",
                                    "hidden",
                                    "put aside",
                                    "put away",
                                    "tucked away",
                                    "ready",
                                    "set aside",
                                    "keeping them",
                                    "kept them",
                                    "keep them")),
            // C-SSRS 5, means acquired: bought, got, packed, put a rope, hose, gun or charcoal somewhere
            Cue.voiced(
                    RiskCategory.PLAN,
                    "rope noose ligature hose charcoal helium gun pistol rifle shotgun firearm bullet poison "
                            + "antifreeze pesticide weedkiller razor",
                    any(
                                    "bought",
                                    "buy(?:ing)?",
                                    "got",
                                    "have",
                                    "ordered",
                                    "order(?:ing)?",
                                    "put",
                                    "packed",
                                    "keep",
                                    "kept",
                                    "found",
                                    "brought",
                                    "tied",
                                    "hung",
                                    "got hold of",
                                    "pric(?:e|ed|ing)(?: up)?",
                                    "brows(?:e|ed|ing)(?: for)?",
                                    "shopping for",
                                    "look(?:ed|ing) at")
                            + WORDS + "4}\\s+" + STRONG_MEANS
                            + "\\b"),
            // C-SSRS 5, means in a hiding place or kept for the purpose
            Cue.voiced(
                    RiskCategory.PLAN,
                    "need means bag enough know " + MEANS_WORDS,
                    any(
                            "(?:what|everything|all|the things|the stuff|the means) i(?:'ll)? need (?:to do it|for it|"
                                    + "to end it|to go)",
                            "the means to (?:do it|end it|kill)",
                            "bag packed with",
                            "enough (?:of )?(?:my |the |her |his )?" + MEANS + "\\b",
                            MEANS + WORDS + "6}\\s+"
                                    + any(
                                            "under (?:my|the) (?:bed|pillow|mattress)",
                                            "hidden",
                                            "where no one",
                                            "nobody knows",
                                            "no one knows",
                                            "(?:next to|beside|by) (?:my|the) bed",
                                            "on my bedside",
                                            "just in case",
                                            "ready"),
                            any("razor", "blade", "knife", "pills", "tablets") + WORDS
                                    + "3}\\s+in my (?:wallet|pocket|purse|bra|sock)",
                            "(?:need|like|want) to know (?:it's|they're|it is|they are) (?:there|close|near)")),

            // C-SSRS behaviour, preparations: farewell letters and notes
            Cue.voiced(
                    RiskCategory.PREPARATORY,
                    "note letter card message video email",
                    any(
                            "(?:goodbye|farewell|suicide|final|last) (?:notes?|letters?|messages?|videos?|emails?|cards?)",
                            "(?:wrote|written|writ(?:e|ing)|started|finished|left|drafted|drafting|typed|recorded)"
                                    + WORDS
                                    + "3}\\s+(?:notes?|letters?|cards?) "
                                    + "(?:to|for) (?:each|every|all|everyone|my (?!clients?|patients?|gp|referr|supervis|manager|"
                                    + "boss|landlord)[\\w'-]+)",
                            "my own note\\b",
                            "(?:letters?|notes?|cards?)\\b[^.!?]{0,40}\\bone for each\\b",
                            "(?:letter|note) explaining (?:why|everything)")),
            // C-SSRS behaviour, preparations: giving away belongings or a pet
            Cue.voiced(
                    RiskCategory.PREPARATORY,
                    "gave give giving given gifted hand rehom found sold selling have keep take",
                    any(
                                    "(?:gave|give|giving|given|gifted|handed|handing) away(?: all)?(?: of)? my",
                                    "(?:gave|give|giving|given|gifted|handed|handing|sold|selling) (?:all )?my",
                                    "(?:gave|give|giving|given|gifted) [\\w'-]+ (?:all )?my",
                                    "(?:rehom(?:e|ed|ing)|found (?:a )?(?:new )?homes? for) (?:all )?my",
                                    "(?:can|should|will|gets to|is to) (?:have|keep|take) (?:all )?my")
                            + "\\s+(?:[\\w'-]+\\s+){0,3}?"
                            + any(
                                    "dog",
                                    "cat",
                                    "pets?",
                                    "rabbit",
                                    "horse",
                                    "books",
                                    "records",
                                    "clothes",
                                    "guitar",
                                    "things",
                                    "stuff",
                                    "belongings",
                                    "possessions",
                                    "jewell?e?ry",
                                    "collection",
                                    "tools",
                                    "plants",
                                    "everything")
                            + "\\b"
                            + "|\\b(?:gave|giving|given|give) away (?:everything|all (?:of )?my (?:stuff|things)|most of "
                            + "(?:my|what))"),
            // C-SSRS behaviour, preparations: a second letter set against an everyday one ("my resignation, and a
            // second letter that isn't a resignation")
            Cue.self(
                    RiskCategory.PREPARATORY,
                    "letter note email message",
                    "(?:second|other|another|last|different) (?:letter|note|email|message)s? (?:that|which) (?:isn't|is not|"
                            + "aren't|are not|wasn't)\\b"),
            // C-SSRS behaviour, preparations: a last contact kept secret from the other ("last session with my own
            // therapist today. didnt tell her it was the last one")
            Cue.self(
                    RiskCategory.PREPARATORY,
                    "didn didnt did won wont haven havent not never | last final",
                    // the writer's own: opening a sentence with the subject dropped, or after "i"
                    "(?:(?<=^)|(?<=[.!?;,] )|(?<=\\bi ))(?:didn'?t|did not|won'?t|will not|haven'?t|have not|not going to|never) tell (?:her|him|them|"
                            + "anyone|anybody|my \\w+)(?: that)? (?:it was|it's|its|it is|it'll be|this is|this was|"
                            + "that it was) (?:the|my|our) (?:last|final)\\b(?! (?:one (?:before|of the (?:year|term))|"
                            + "session (?:before|of the (?:year|term))))"),
            // C-SSRS behaviour, preparations: a cover story for leaving that the writer says is not quite a lie
            // ("people think I'm emigrating ... somewhere with no phone signal, which isn't exactly a lie")
            Cue.selfWith(
                    RiskCategory.PREPARATORY,
                    "lie lying true untrue false",
                    "(?:which|that|it) (?:isn't|is not|wasn't|was not|'s not) (?:exactly |really |technically |strictly "
                            + "|entirely )?(?:a )?(?:lie|untrue|false)\\b|(?:isn't|is not|not) (?:exactly |technically )?"
                            + "lying\\b",
                    "(?:people|they|everyone|everybody|colleagues|my (?:family|friends|clients))\\s+(?:think|thinks|"
                            + "believe|assume)\\s+(?:i'm|i am|i'll be)\\s+(?:emigrating|moving|going|travelling|traveling|"
                            + "leaving|retiring|taking)"),
            // C-SSRS behaviour, preparations: a will, affairs in order, passwords left, funeral planned
            Cue.voiced(
                    RiskCategory.PREPARATORY,
                    "will insurance funeral order sorted straight loose password pin bank cancel paid pension "
                            + "paperwork finances accounts covered provided looked taken who",
                    any(
                            "(?:updat\\w*|wrote|writ\\w*|made|mak\\w*|chang\\w*|finali[sz]\\w*|sort\\w*|redo\\w*|redid|"
                                    + "rewr\\w*|sign\\w*|amend\\w*)"
                                    + "(?: (?:out|up|all))? my (?:will|life insurance|insurance|funeral)",
                            "(?:get|getting|got|put|putting|sort|sorting|sorted|set|setting) (?:my |all my )?"
                                    + "(?:things|affairs|everything|life|stuff|papers|finances) (?:in order|sorted|straight)",
                            "ti(?:e|ed|ying) up (?:all )?(?:the |my )?loose ends(?! before (?:my )?(?:leave|holiday|"
                                    + "maternity|vacation|retirement))",
                            "(?:left|leaving|wrote down|written down)" + WORDS
                                    + "3}\\s+(?:passwords?|password list|pin numbers|bank details)",
                            "password list",
                            "cancell?\\w* (?:all )?my (?:subscriptions|phone|contracts|accounts)",
                            "paid off (?:all )?my debts",
                            "(?:life )?insurance\\b.{0,40}\\b(?:pays? out|payout|would pay|will pay|covers? suicide|small "
                                    + "print|suicide clause)",
                            "(?:sort|sorted|sorting|updat\\w*|finali[sz]\\w*|check\\w*|chang\\w*)(?: out)? (?:the |all the |"
                                    + "my )?(?:will|life insurance|insurance|pension|paperwork|finances|accounts)"
                                    + "\\b.{0,40}\\bso (?:that )?"
                                    + any(
                                            "the kids",
                                            "my kids",
                                            "my family",
                                            "they",
                                            "she",
                                            "he",
                                            "everyone",
                                            "my wife",
                                            "my husband",
                                            "my partner",
                                            "the children",
                                            "nobody",
                                            "no one")
                                    + "\\b",
                            "so (?:that )?(?:the kids|my kids|my family|the children|my wife|my husband|my partner|"
                                    + "everyone)(?:'ll| will| are| is| would be)? (?:be )?"
                                    + "(?:covered|provided for|looked after|taken care of)",
                            "(?:wrote|written|writing|made|making|worked|sort\\w*|decid\\w*|arrang\\w*|figur\\w*|"
                                    + "plann\\w*)(?: out| down| up| on)? (?:a list of )?who "
                                    + "(?:gets|should get|will get|can have|inherits|is getting|takes|will take|would take|looks "
                                    + "after|will look after) (?:my|the|what)",
                            "(?:plann\\w*|plan|chose|chosen|choosing|picked)" + WORDS
                                    + "3}\\s+(?:for |at )?my (?:own )?funeral",
                            "my (?:own )?funeral (?:songs|music|plans?|playlist)")),

            // C-SSRS behaviour: aborted, interrupted or actual attempt (got as far as, stood on the chair)
            Cue.voiced(
                    RiskCategory.ATTEMPT,
                    "got stopped pulled talked almost nearly tried attempted put had held holding stood tied let "
                            + "sat took cut overdosed",
                    any(
                            "got as far as",
                            "stopped myself (?:from|before|at)",
                            "pulled back (?:at|from)",
                            "talked myself down",
                            "(?:almost|nearly) (?:did it|went through|jumped|took|swallowed|hanged|stepped|drove)",
                            "tried to " + any(KILL, "hang", "overdose", "drown", "jump", "end it"),
                            "attempted (?:suicide|to)",
                            "(?:put|had|held|holding) (?:them|the pills|the tablets|a handful|the rope|the knife|the blade) "
                                    + "(?:in my (?:mouth|hand|hands)|to my (?:wrist|throat|neck))",
                            "stood (?:on|at) the (?:chair|edge|ledge|platform edge|railing|stool)",
                            "tied (?:the|a) (?:rope|noose|knot)",
                            "let (?:\\w+ )?(?:trains?|buses) (?:go )?(?:past|by)",
                            "sat in the (?:car|garage) with the engine (?:running|on)",
                            "took (?:a handful|a bunch|loads|a load|all (?:of )?(?:my|the)|a bottle|a packet|too many|an "
                                    + "overdose)",
                            "cut (?:deeper|too deep|my wrists?)",
                            "\\boverdosed\\b")));
}
