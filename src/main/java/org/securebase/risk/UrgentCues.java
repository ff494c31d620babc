package org.securebase.risk;

import static org.securebase.risk.LanguageClasses.FAREWELL;
import static org.securebase.risk.LanguageClasses.any;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Danger to someone else that the writer reports and needs help with now, by imminence: happening now, about to
 * happen, unreachable after a goodbye, a threat with a time or a target, a child in danger now. Every cue needs a
 * person other than the writer in the text; most also need a marker of immediacy ({@link #NOW}).
 */
final class UrgentCues {

    private UrgentCues() {
    }

    /** Someone other than the writer. */
    static final Pattern THIRD_PARTY = Pattern.compile("\\b" + any("client", "patient", "she", "he", "they", "her",
            "him", "his", "their", "them", "son", "daughter", "kids?", "child(?:ren)?", "baby", "toddler",
            "teen(?:ager)?", "boy", "girl", "man", "woman", "husband", "wife", "partner", "mum", "mom", "dad",
            "father", "mother", "brother", "sister", "room-?mate", "flatmate", "neighbou?r", "friend", "student",
            "member", "someone", "\\d+ ?(?:yo|y/o|year[- ]old|month[- ]old)", "my \\d+ ?(?:am|pm)") + "\\b");

    /** Immediacy: now, tonight, just, minutes ago, on the way home, not answering, a call for help. */
    static final Pattern NOW = Pattern.compile("\\b" + any("right now", "now", "at the moment", "currently",
            "as we speak", "as i (?:type|write)", "tonight", "today",
                    "this (?:morning|afternoon|evening|minute|weekend)", "tomorrow", "the moment",
            "just", "an hour ago", "(?:\\d+|a few|few|ten|twenty|thirty|five|two) (?:minutes?|mins?|hours?) ago",
            "since (?:last night|yesterday|this morning|our session|the session|we)",
            "on (?:the|her|his|their) way (?:home|back|over|here)",
            "after (?:we finish|the session|our session|our call|group|work|school)",
            "when (?:he|she|they) (?:gets?|finish(?:es)?|comes?) ",
            "in (?:an|\\d+|ten|twenty|thirty) (?:hour|minutes?|mins)", "still", "from here",
            "in my (?:office|room|waiting room)", "in the waiting room", "on the (?:phone|line)", "outside my",
            "calling", "called", "rang", "(?:isn't|is not|not|won't) (?:answering|picking up|responding|replying)",
            "hung up", "went dead", "what (?:do|should) i do", "help\\b", "asap", "urgent\\w*", "emergency",
            "ambulance", "police", "999", "911", "000", "112", "drove off", "left \\w+ minutes", "knows where",
                    "won't (?:open|come out|come down|come in|answer|respond|unlock)",
                    "at (?:our|my|the) (?:clinic|office|practice|service)",
            "typing from", "on my way", "(?:is|are) alone", "alone now", "getting drowsy", "phoned", "please reply",
            "fast", "quick(?:ly)?", "straight away", "(?:on|in) (?:her|his|their) own", "banging on",
            "at \\d{1,2}[:.]\\d\\d", "\\d{1,2} ?(?:am|pm)", "half (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            + "twelve)", "live on") + "\\b");

    private static final String SELF_OF_OTHER = any("herself", "himself", "themselves", "themself", "myself");
    private static final String WORDS = "(?:\\s+[\\w'-]+){0,";
    private static final String INGESTED = any("pills?", "tablets?", "bottle", "box", "pack(?:et)?", "prescription",
            "meds", "medication", "whole", "all (?:of )?(?:her|his|their|the)", "everything", "something", "overdose",
            "poison", "bleach", "antifreeze", "paracetamol", "tylenol", "lithium", "insulin",
            // objects swallowed to harm oneself, as inpatients and prisoners do (batteries, blades, glass, magnets)
            "batter(?:y|ies)", "button batter(?:y|ies)", "razor blades?", "blades?", "glass", "magnets?", "screws?",
            "nails", "pins", "needles?", "coins?", "weedkiller", "drain cleaner", "detergent", "cleaning (?:fluid|products?)");

    static final List<Cue> ALL = List.of(
            // Happening now: an overdose just taken (has swallowed, has taken + pills, a bottle, something);
            // the present perfect is recent by itself, a simple past needs a marker of immediacy
            Cue.urgent(RiskCategory.HAPPENING_NOW, "swallow taken downed drunk overdos ingest took drank just",
                    any("has (?:just )?(?:swallowed|taken|ingested|downed|drunk)", "'s (?:just )?(?:swallowed|taken)",
                    "just (?:swallowed|took|ingested|downed|drank)") + WORDS + "7}\\s+" + INGESTED
                    + "|\\b(?:has|'s) (?:just )?overdosed\\b|\\bis overdosing\\b", false),
            Cue.urgent(RiskCategory.HAPPENING_NOW, "swallow took taken ingest downed drank overdosed od'd",
                    any("swallowed", "took", "taken", "ingested", "downed", "drank") + WORDS + "5}\\s+" + INGESTED
                    + "|\\boverdosed\\b|\\bod'd\\b", true),
            // About to happen: life-sustaining treatment stopped to die ("stopped his insulin three days ago and says
            // he'll 'let it happen'")
            Cue.urgent(RiskCategory.IMMINENT, "stopped stopping quit refusing refused skipping | insulin dialysis "
                            + "anti-rejection transplant heart blood",
                    "(?:has |'s |is )?(?:stopped|stopping|quit|refusing|refused|skipping|skipped) (?:taking )?(?:his|her|"
                            + "their) (?:insulin|dialysis|anti-rejection (?:meds|medication|drugs)|transplant (?:meds|"
                            + "medication)|heart (?:meds|medication|tablets)|blood thinners?)", false),
            // Happening now: a patient barricaded in with staff outside ("has barricaded himself in the bathroom")
            Cue.urgent(RiskCategory.HAPPENING_NOW, "barricaded barricading locked",
                    "(?:has |'s |is )?(?:barricaded|barricading|locked) (?:himself|herself|themselves|themself) in\\b",
                    false),
            // About to happen: a message that reads as a note, sent by someone else ("Client emailed me 20
            // minutes ago: 'by the time you read this I'll have done it'")
            Cue.urgentWith(RiskCategory.IMMINENT, "time | read reads see sees find finds",
                    "by the time (?:you|anyone|someone|u) (?:read|reads|see|sees|find|finds|get|gets) this",
                    "\\b(?:client|patient|he|she|they|son|daughter|partner|wife|husband|student)\\b[^.!?]{0,60}\\b(?:emailed|"
                            + "texted|messaged|wrote|sent|left|posted|dm'?d)\\b|\\b(?:text|email|message|voicemail|note|dm)s?"
                            + " from (?:a |my |the |our |one of my )?(?:client|patient|student|son|daughter|partner)"),
            // Happening now: the body in danger (collapsed, unresponsive, slurring, bleeding heavily)
            Cue.urgent(RiskCategory.HAPPENING_NOW,
                    "collapsed unconscious unresponsive responding breathing slurring passed fitting seizing blue "
                            + "bleeding blood cut cutting",
                    any("collapsed", "unconscious", "unresponsive", "not responding", "isn't responding",
                    "not breathing", "isn't breathing", "slurring", "passed out", "fitting", "seizing",
                    "turning blue", "bleeding (?:heavily|badly|a lot|everywhere|out)", "(?:lots of|so much) blood",
                    "cut(?:ting)? (?:her|his|their) (?:wrists?|throat|arms?)",
                    "cutting (?:herself|himself|themselves)", "(?:can't|cannot|won't) stop the bleeding",
                    "(?:has|'s|is) cut (?:deep|deeply|badly|too deep|(?:her|his|their) (?:wrists?|throat|arms?)|herself|"
                            + "himself|themselves)") + "(?! in tears| into laughter| with laughter)", true),
            // Happening now: at the top of a car park (live-streaming from the top level, sitting on its wall)
            Cue.urgent(RiskCategory.HAPPENING_NOW, "top roof highest | car multi",
                    "(?:top|roof|highest) (?:level|deck|storey|floor)s? of (?:the |a )?(?:[\\w'-]+ ){0,3}?(?:car park|"
                            + "multi-storey)", true),
            // About to happen: a promise not to survive the journey ("I'll make sure I don't make it home tonight")
            Cue.urgent(RiskCategory.IMMINENT, "make | home back through morning tomorrow",
                    "make sure (?:i|she|he|they) (?:don't|doesn't|won't|never|do not) make it (?:home|back|through|to "
                            + "(?:morning|tomorrow))", true),
            // About to happen: goodbyes being said now by someone with means or alone (ringing round saying goodbye)
            Cue.urgentWith(RiskCategory.IMMINENT, "saying said ringing calling texting | goodbye goodbyes",
                    "(?:she|he|they)(?:'s|'re| is| are| has| have)?(?: been)? (?:\\w+ ){0,3}?(?:saying|said) (?:her |his "
                            + "|their )?goodbyes?\\b(?! to (?:her|his|their) (?:clients|patients|colleagues|team|class))",
                    "\\b(?:on (?:her|his|their) own|alone|shotgun|gun|rifle|pills|tablets|rope|noose|not answering|no "
                            + "answer|can't reach|isn't picking up)\\b"),
            // A threat with a weapon shown or at hand, and somewhere to go or a time
            Cue.urgentWith(RiskCategory.THREAT_TO_OTHER,
                    "showed shown pulled flashed has had carrying got brought there's with | knife machete gun "
                            + "hammer axe blade bat weapon pistol rifle shotgun",
                    "(?:showed|shown|pulled|flashed|has|had|carrying|got|brought|there's|there is|with) (?:me |us )?(?:a|"
                            + "the|his|her|their) (?:\\w+ )?(?:knife|machete|gun|hammer|axe|blade|bat|weapon|pistol|rifle|"
                            + "shotgun)\\b",
                    "\\b(?:going to|gonna|heading|on (?:his|her|their) way|finish (?:it|her|him|them)|sort (?:\\w+ )?out|"
                            + "get (?:her|him|them|even)|at \\d{1,2}[:.]\\d\\d|tonight|tomorrow|kids|children)\\b"),
            // Happening now: at a high place or on the rails (is on the ledge, standing on the bridge)
            Cue.urgent(RiskCategory.HAPPENING_NOW,
                    "ledge roof bridge tracks railway rail platform edge cliff balcony window sill parapet escape "
                            + "overpass viaduct railing floor",
                    any("is", "'s", "are", "'re", "standing", "sitting", "sat", "out", "up", "climbed", "climbing",
                    "perched", "hanging") + WORDS
                    + "3}\\s+(?:on|at|by|onto|over|in|off) (?:the |a |her |his |their |our )?(?:[\\w'-]+ ){0,3}?"
                    + any("ledge", "roof", "rooftop", "bridge", "tracks", "railway", "rail line", "platform edge",
                    "edge", "cliff", "balcony", "window ?sill", "parapet", "fire escape", "overpass", "viaduct",
                    "railing", "top floor"), true),
            // Happening now: a method in place (engine running with a hose, locked in, a blade to the wrist, a gun)
            Cue.urgent(RiskCategory.HAPPENING_NOW,
                    "engine car hose exhaust locked barricaded shut knife blade razor gun pistol rifle shotgun "
                            + "firearm weapon rope noose glass letting won't hammer machete axe crowbar bat kerosene petrol gasoline "
                            + "paraffin lighter match",
                    any("engine (?:is |was )?(?:running|on)", "car (?:is )?running",
                    "hose (?:through|in|into|from) (?:the )?(?:window|exhaust)", "exhaust (?:pipe|fumes)",
                    "(?:locked|barricaded|shut) " + SELF_OF_OTHER + " in", "won't (?:open the door|come out|unlock)",
                    "(?:holding|held|pressing|pointing|has|with|got|pulled|pulled out|brandishing|there's|there is|"
                            + "carrying)"
                    + WORDS + "3}\\s+(?:a |the |his |her )?(?:loaded )?" + any("knife", "blade", "razor", "gun",
                    "pistol", "rifle", "shotgun", "firearm", "weapon", "rope", "noose", "broken glass", "hammer", "machete", "axe",
                    "crowbar", "bat", "kerosene", "petrol", "matches", "matchbox"), any("knife",
                    "blade", "razor", "gun", "glass") + WORDS + "4}\\s+(?:to|at|against) (?:her|his|their) (?:own )?"
                    + any("wrists?", "throat", "neck", "head", "chest", "temple"),
                    "letting the (?:next )?(?:train|bus) take",
                    "(?:kerosene|petrol|gasoline|lighter fluid|paraffin)\\b"), true),
            // Happening now: emergency services are being called, or the writer asks who to call
            Cue.urgent(RiskCategory.HAPPENING_NOW,
                    "call rang ring dial phon 000 911 999 112 police ambulance paramedics welfare wellness duty btp "
                            + "emergency ems cops crisis zero",
                    any("(?:called|calling|rang|ringing|dialled|dialed|dialling|phoned|phoning|i'll call|i'm "
                            + "calling|to call|should i call|do i call|someone (?:call|ring)|ring)"
                    + WORDS + "2}\\s+" + any("000", "911", "999", "112", "triple zero", "the police", "police",
                    "an ambulance", "ambulance", "emergency services", "ems", "the cops", "cops", "the crisis team",
                    "crisis team", "btp", "transport police"), any("000", "911", "999", "112", "police", "ambulance",
                    "paramedics")
                    + "(?: (?:have been|has been|are|is|were|was))? (?:called|coming|on (?:the|its|their) way|en "
                    + "route|here|arrived|notified)",
                    "(?:ambulance|police) or ", "get (?:the )?(?:police|an ambulance|help) to",
                    "send (?:the )?(?:police|an ambulance|someone)", "welfare check", "wellness check", "duty to warn"
                    + WORDS + "3}\\W+" + any("steps", "now", "fastest", "what", "how", "tonight", "asap"),
                    "who (?:do|should) (?:i|she|we) call"), false),

            // Happening now: violence in progress against someone (is hitting her mum right now)
            Cue.urgent(RiskCategory.HAPPENING_NOW,
                    "hitting beating punching kicking strangling choking attacking stabbing", any("is", "are", "'s",
                    "'re", "keeps?") + " " + any("hitting", "beating", "punching", "kicking", "strangling", "choking",
                    "attacking", "stabbing") + "\\b", true),
            // About to happen: someone else + going to / will / about to / letting + a lethal act, with a time
            Cue.urgent(RiskCategory.IMMINENT,
                    "going gonna will he'll she'll they'll about plan intend want threaten letting let rather | "
                            + "kill end hurt harm hang shoot drown cut jump overdose od take train bus drive not be "
                            + "die do walk use step throw",
                    any("going to", "gonna", "will", "'ll", "about to", "plans? to", "planning to", "intends? to",
                    "wants? to", "threaten(?:s|ed|ing)? to", "is letting", "letting",
                    "(?:she|he|they)(?:'d| would) (?:rather|do it)") + WORDS + "2}\\s+" + any("kill " + SELF_OF_OTHER,
                    "end (?:it|her life|his life|their life|their lives|things|my life)\\b(?! with)",
                    "(?:hurt|harm|hang|shoot|drown|cut) " + SELF_OF_OTHER, "jump\\b", "overdose", "od\\b",
                    "take (?:all |the |her |his |their |every )*(?:" + LanguageClasses.MEANS + "|an overdose)",
                    "the (?:next )?(?:train|bus) take", "drive (?:into|off)",
                    "use (?:it|them|the (?:gun|rifle|pills|rope|knife))\\b", "not be (?:here|alive)", "be gone\\b",
                    "step (?:out )?(?:in front of|off)", "throw (?:herself|himself|themselves)",
                    "take (?:them|it|those|these) all", "take all (?:of )?(?:them|those|these|it)",
                    "die\\b", "do it\\b", "walk into"), true),

            // Unreachable after a goodbye: a farewell, then no answer, the line dead, the phone off
            Cue.urgentWith(RiskCategory.UNREACHABLE_AFTER_GOODBYE,
                    "answer pick respond repl return hung dead off voicemail reach contact get unreachable silent "
                            + "quiet offline dark read heard empty missing home back find knows know",
                    any("(?:isn't|is not|not|won't|wont|hasn't been|stopped|stop|doesn't|does not) (?:answering|"
                            + "picking up|responding|replying|returning|answer|pick up)",
                    "no (?:answer|reply|response)", "hung up",
                    "(?:hasn't|has not|haven't|have not|didn't|did not) (?:answered|replied|responded|picked up|called "
                            + "back|texted back|rung back|been in touch|read (?:it|my))",
                    "(?:nobody|no one|none of us|we|i) can(?:'t|not)? (?:reach|contact|get hold of|get through to)",
                    "line (?:went|is|goes|has gone) dead", "went dead",
                    "(?:phone|mobile)(?: is| has been)? (?:off|switched off|turned off|dead)",
                    "(?:goes|went|going) (?:straight )?to voicemail",
                    "can't (?:reach|get hold of|get through to|contact)", "cannot (?:reach|contact)", "unreachable",
                            "(?:bed|room|flat|house) (?:is|was) empty", "(?:she's|he's|they're|is|are) missing",
                    "(?:hasn't|haven't|didn't|has not|did not) (?:come|gone|got|been) (?:home|back)",
                            "can't find (?:her|him|them)",
                    "nobody knows where", "no one knows where",
                    // whereabouts unknown after the goodbye: "i don't know where exactly", "we don't know where he is"
                    "(?:i|we) (?:don't|do not|dont) know where(?: exactly| (?:she|he|they) (?:is|are|went|has gone))",
                    "gone (?:silent|quiet|offline|dark)", "went (?:silent|quiet|offline)", "left (?:me )?on read",
                    "not heard (?:back|from (?:her|him|them)) since"), FAREWELL),

            // A threat with a time or a target: going to kill his ex tonight, make sure she never...
            Cue.urgent(RiskCategory.THREAT_TO_OTHER,
                    "going gonna will he'll she'll they'll threaten want plan swore swear say | kill hurt harm stab "
                            + "shoot beat attack strangle burn run make get teach take",
                    any("going to", "gonna", "will", "'ll", "threaten(?:s|ed|ing)? to", "wants? to", "plans? to",
                    "planning to", "swore (?:he|she|they)(?:'d| would)",
                    "says? (?:he|she|they)(?:'ll| will|'s going to| is going to)", "swears?") + WORDS + "2}\\s+"
                    + any("kill", "hurt", "harm", "stab", "shoot", "beat", "attack", "strangle", "burn",
                    "run (?:her|him|them) over", "make (?:her|him|them|(?:his|her|their) [\\w'-]+) pay",
                    "get (?:her|him|them|even)", "teach (?:her|him|them) a lesson",
                    "take (?:the kids|them|the children|the baby|her|him) (?:away|with)") + "\\b(?!\\s+(?:"
                    + SELF_OF_OTHER + "|time|for))", true),
            Cue.urgent(RiskCategory.THREAT_TO_OTHER,
                    "make neither we're they're we they coming take murder annihilat",
                    any("make sure (?:she|he|they|her|him) (?:never|doesn't|won't|can't|pays|regrets)",
                    "neither of (?:us|them) (?:is|are|will be|'s|will) (?:coming back|going to (?:be here|come back|"
                            + "survive))",
                    "(?:we|they)(?:'re| are| will|'ll) (?:not|never) (?:be )?coming back",
                    "take (?:the kids|the children|them|him|her|the baby) with (?:him|her|them|me)",
                    "murder[- ]suicide", "family annihilat\\w*"), false),

            // A child in danger now: a child + left alone, being hit, in a car with an unsafe driver
            Cue.urgent(RiskCategory.CHILD_IN_DANGER,
                    "child kid bab toddler infant newborn son daughter year month week yo mo little boy girl twins "
                            + "grand sibling teen 1 2 3 4 5 6 7 8 9 | alone left locked back drunk intoxicated high "
                            + "hit beat hurt abus punch chok strangl shak attack smack kick thrown throw food fed "
                            + "eaten unsupervised taken driv drink car locks slap burn starv drown hold",
                    child() + "(?:[\\s,;:]+[\\w'-]+){0,8}?[\\s,;:]+" + childDanger() + "|" + childDanger()
                    + "(?:[\\s,;:]+[\\w'-]+){0,8}?[\\s,;:]+" + child(), true));

    private static String child() {
        return "\\b" + any("child", "children", "kids?", "bab(?:y|ies)", "toddlers?", "infant", "newborn", "son",
                "daughter", "\\d+[- ]?(?:year|month|week)[- ]?olds?", "\\d+ ?(?:yo|y/o|mo)", "little one",
                "teen(?:ager)?s?", "boy", "girl", "twins", "grandkids", "grandchild(?:ren)?", "siblings")
                + "\\b(?:'s)?";
    }

    private static String childDanger() {
        return any("home alone",
                "(?:shaking|hitting|beating|choking|smacking|punching|kicking|slapping|burning|starving|drowning|"
                        + "strangling) (?:her|his|their|the|a|him|them)\\b",
                "holding (?:him|her|them|the baby|the child|(?:his|her|their) head) under",
                "left(?:\\s+[\\w'-]+){0,3}\\s+(?:alone|home|unattended|by (?:themselves|herself|himself)|in the car)",
                "alone (?:at home|in the (?:house|flat|apartment|car))", "(?:is|are|been) alone", "locked (?:in|out)",
                        "locks? (?:him|her|them) (?:in|out)",
                "in the back ?seat", "with (?:a|her|his|their) (?:drunk|violent|abusive|intoxicated|high)", "drunk",
                "intoxicated",
                "(?:being|getting) (?:hit|beaten|hurt|abused|punched|choked|strangled|shaken|attacked|smacked|"
                        + "kicked|thrown)",
                "(?:is|are|was|keeps?) (?:hitting|beating|punching|choking|shaking|strangling|hurting|kicking|"
                        + "throwing|smacking|attacking|abusing)",
                "no food", "not been fed", "hasn't eaten", "unsupervised", "taken (?:the car|off with|them|the kids)",
                "driv(?:e|es|ing) (?:off )?(?:drunk|high|with|now)", "drink[- ]driving", "(?:been )?drinking",
                "in the car with (?:him|her|them|a|his|their)");
    }
}
