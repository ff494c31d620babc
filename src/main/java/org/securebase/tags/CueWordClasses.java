package org.securebase.tags;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The word classes the behaviour indicators are written with ({@code {CARER}}, {@code {SEEK}}...): alternations of
 * the words for one kind of person, act or state. A class may use the classes defined above it.
 */
final class CueWordClasses {

    private static final Map<String, String> CLASSES = new LinkedHashMap<>();
    private static final List<String> SOURCES = new ArrayList<>();

    static {
        cls("CARER", "mum|mums|mummy|mom|moms|mommy|momma|mam|mammy|mamma|ma(?!')|mother|mothers|dad|dads|daddy|da"
                + "|father|fathers|papa|pa|parent|parents|carer|carers|caregiver|caregivers|caretaker|foster (?:mum|mom"
                + "|mother|carer|carers|parents?|dad|father)|adoptive (?:parents?|mum|mom|mother|dad|father)|nan|nana"
                + "|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|stepmum|stepmom"
                + "|stepmother|stepdad|stepfather|aunt|auntie|aunty|ouma|oupa|amma|appa|key worker|keyworker"
                + "|attachment figure");
        cls("PERSON", "{CARER}|anyone|anybody|someone|somebody|people|others|friends?|family|partners?|husband|wife"
                + "|spouse|boyfriend|girlfriend|bf|gf|ex|sister|brother|siblings?|son|daughter|kids|children|teachers?"
                + "|staff|nurses?|adults?|colleagues?|mates|peers|me|us|him|her|them|you|no one|nobody|a soul");
        cls("NEG", "not|never|no|hardly|barely|rarely|seldom|nobody|no one|without|rather than|instead of"
                + "|refus\\w* to|reluctant to|avoids?|avoided|avoiding");
        cls("HELPOBJ", "help|support|comfort|hugs?|a hug|cuddles?|a cuddle|care|sympathy|assistance|a hand"
                + "|anything|{PERSON}|(?:his|her|their|my) (?:feelings|problems|worries|pain|troubles)");
        cls("SEEK", "ask\\w*|seek\\w*|sought|reach\\w* out|turn\\w* to|call\\w*|ring\\w*|rang|phone\\w*|text\\w*"
                + "|lean\\w* on|rel(?:y|ies|ied"
                + "|ying) on|depend\\w* on|accept\\w*|let\\w* (?:anyone|anybody|people|them|us|me) help"
                + "|confid\\w* in|open\\w* up to|shar\\w* {w3}with|bother\\w*|burden\\w*|share\\w* (?:anything"
                + "|feelings|worries) with");
        // Turning away from a bid for closeness or feeling.
        cls("WITHDRAW", "withdraw\\w*|retreat\\w*|(?:goes|go|went|would go) (?:quiet|silent|rigid|stiff|for a (?:run"
                + "|walk|drive)|fishing|to (?:his|her|their|the) (?:study|room|shed|garage|office|bedroom|den"
                + "|pub|gym))|checks? out|checked out|shuts? (?:down|the door)|shut (?:down|the door)|end(?:s|ed)?"
                + " (?:it|things|the relationship)|leaves the"
                + " (?:room|house)|left the (?:room|house)|walks? (?:off|away|out)|walked (?:off|away|out)"
                + "|wander\\w* off|disappears?|turns? away|turned away|looks? away|looked away|wriggl\\w* (?:away|free"
                + "|off)|squirm\\w* away|pulls? away|pulled away|makes? a joke|finds? a reason to"
                + " leave|changes the subject|ends the (?:conversation|session)|picks? up (?:his|her) phone|looks? at"
                + " (?:his|her|their) phone|looked at (?:his|her|their) phone|(?:puts?|put) (?:his|her|their)"
                + " (?:hood|headphones|earphones|earbuds) (?:back )?(?:up|on|in)");
        cls("BID", "upset|cr(?:y|ies|ied|ying)|emotional|distress\\w*|sad|hurt|tears|tearful|feelings?|wants? to"
                + " talk|tri(?:es|ed) to talk|argu\\w*|conflict|rows?|fights?|affection\\w*|raises? (?:something|an"
                + " issue|it|a problem|a concern|feelings)|brings? (?:something|it|things|stuff|feelings) up"
                + "|comment\\w*"
                + " on (?:our|the) relationship|reaches? for|reached for|leans? (?:over|in)|leaned (?:over|in)|bends?"
                + " over|picks? (?:him|her|them) up|(?:gets?|got|sits?|sat|moves?|moved|comes?|came|leans?|leaned)"
                + " (?:close|closer|nearer|in)|(?:says?|said) (?:she|he|they) (?:loves?|loved) (?:him|her|them)"
                + "|(?:says?"
                + "|said) i love you|try to (?:sit|get|move) clos\\w*|tri\\w* to (?:check in|connect|hug|hold|cuddle|kiss|touch"
                + "|comfort)|goes? to hug|initiat\\w*");
        cls("FREQ", "again and again|over and over|repeatedly|constantly|continually|incessantly|non ?stop"
                + "|all (?:day|night|evening|weekend)|day and night|(?:dozens|scores|hundreds) of|(?:(?:two|three|four"
                + "|five|six|seven|eight|nine|ten|\\d+) ?(?:or|to|-) ?)?(?:twenty|thirty|forty|fifty|sixty|a hundred"
                + "|\\d+|several|many|multiple|countless|numerous|two|three|four|five|six|seven|eight|nine|ten|umpteen)"
                + " ?(?:times|x)\\b|every (?:few|ten|five|fifteen|twenty|thirty|couple of|\\d+|single) (?:minutes?"
                + "|mins?|hours?|seconds)|every (?:hour|night|evening|break|lunch(?:time)?|morning|day|single day)"
                + "|(?:from|since) the (?:moment|minute) (?:she|he|they|i) wakes?|from morning (?:till|to|until) night"
                + "|for hours"
                + "|a (?:stream|barrage|flood|string|volley|torrent) of|at all hours|all hours|endless(?:ly)?"
                + "|relentless(?:ly)?|all the time"
                + "|24/7|round the clock|(?:keeps?|kept) (?:on )?(?:texting|calling|ringing|phoning|messaging"
                + "|emailing|checking|asking|contacting)");
        cls("CONTACT", "(?:text\\w*|call\\w*|ring\\w*|rang|rung|phon\\w*)(?! (?:111|911|999|000|112|the (?:gp|doctor"
                + "|police|ambulance|hospital|emergency|out of hours|pharmacy|helpline|surgery)))|facetim\\w*|video"
                + " call\\w*|skyp\\w*|messag\\w*|e ?mail\\w*|dms?|whatsapp\\w*"
                + "|snapchat\\w*|sends? (?:him|her|me|them)? ?(?:messages|texts)|buzz\\w*|press\\w* (?:her|his|the)"
                + " (?:buzzer|bell|call bell)|contact\\w*|check\\w* in|tries to reach|writes?|wrote");
        cls("ANGER", "furious|angry|anger|rage|raging|enraged|livid|cross|irate|resentful|sulk\\w*|punish\\w*"
                + "|snaps?|lash\\w* out|berat\\w*|storm\\w*|icy|cold shoulder|fury|seething|hostile");
        cls("UNAVAIL", "(?:is|was|are|were) (?:asleep|busy|out|unavailable|not (?:there|home|in))|(?:does not|did not"
                + "|do not|can not|could not|will not|would not) (?:pick up|answer|reply"
                + "|respond|text back|call back|ring back|come|visit|get back)|takes? {w4}to (?:text|reply|respond"
                + "|answer|call|write|get) back|(?:is )?not (?:picking|answering"
                + "|replying|responding|there)|slow to (?:reply|respond|answer|text back)|(?:the )?(?:call|visit|calls"
                + "|visits|chat) (?:is|are|was|were) (?:short|brief|cut short)|late|leaving|leaves? (?:her|him|me|them"
                + "|us|the room|the house|for|again|early|without)|leave (?:her|him|me|them|us)|on leave|left (?:her"
                + "|him|me|them|us|the room|the house|for|again|early|without)|left$|(?:goes|go|went"
                + "|going) (?:out|away|quiet|silent|on leave|home)|on leave|away|(?:sets?|setting) (?:limits"
                + "|boundaries)|busy|(?:a|my|the) break|holiday|vacation|with (?:friends|his mates|her mates)"
                + "|out of sight|end of (?:the |a )?session|ends? the session");
        cls("DISTRESS", "sob\\w*|cr(?:y|ies|ied|ying)|wail\\w*|distraught|in tears|tearful|panic\\w*|spiral\\w*"
                + "|freak\\w* out|melt\\w* down|loses it|los\\w* it|falls apart|fell apart|goes to pieces|in bits"
                + "|agitat\\w*|frantic|(?:gets?|got|becomes?|became) (?:upset|hurt|in a state|distressed|tearful)");
        cls("FEAR", "fear\\w*|afraid|terrified|scared|frightened|convinced|sure|certain|worri\\w*|worry|panic\\w*"
                + "|imagin\\w*|dread\\w*|paranoid|obsess\\w*|anxious|insecure|preoccupied|lies? awake|lay awake"
                + "|thinking|(?:weeps?|sobs?|cries"
                + "|crying|wails?) that|feel\\w*|felt|believ\\w*|expect\\w*|suspicious");
        cls("LOSS", "(?:pulling|pulls|pulled|drifting|drifts) away|cooling off|losing interest|leave (?:her|him|me"
                + "|them|us)|(?:will|would|is going to|going to|gonna|'ll|might|may) leave"
                + "|walk (?:away|out)|drop (?:her|him|me|them)|dump\\w*|replace (?:her|him|me|them)|forget (?:about )?"
                + "(?:her|him|me|them)|forgotten|(?:stop|stops|stopped) (?:seeing|loving|caring|wanting)|get (?:fed up"
                + "|bored|sick|tired) (?:of|with)?|give up on|lose interest|cheat\\w*|find someone (?:else|better)"
                + "|reject\\w*|(?:not|never|will not) come back|(?:him|her|them|you) dead|(?:he|they|you)"
                + "(?:'ll| will| might| is going to)? die|disappear\\w*|lose (?:him|her|me|them|you|people)"
                + "|(?:being|been|be|get|getting) (?:left|alone|abandoned|forgotten|replaced|dropped|dumped"
                + "|rejected)|left behind|abandon\\w*|on (?:her|his|their|my) own|(?:gone|go|going|went) off"
                + " (?:her|him|me|them)|tir(?:e|es|ed|ing) of (?:her|him|me|them)|(?:sick|bored|fed up) (?:of|with)"
                + " (?:her|him|me|them)|(?:does not|do not|did not|no longer) (?:love|want|care about|like) (?:her|him"
                + "|me|them)|(?:find|finds|found|meet|meets|met) someone (?:else|new|better)");
        cls("PROTEST", "agitat\\w*|(?:tries|tried|trying) to follow|follows? (?:him|her|them) out|scream\\w*|cr(?:y"
                + "|ies|ied|ying)|sob\\w*|wail\\w*|howl\\w*|weep\\w*|wept|panic\\w*|clings?"
                + "|clinging|clung|beg\\w*|plead\\w*|protest\\w*|tantrum\\w*|meltdowns?|distraught|hysterical"
                + "|hangs? on(?:to)?|holds? on to|grab\\w*|in tears|tearful|distress\\w*|inconsolab\\w*");
        cls("SEP", "leav\\w*|left|(?:goes|went|go|gone) (?:away|out|off|home)|drop off|dropped off|separat\\w*"
                + "|goodbye|bye|out of sight|(?:a|my|the|his|her) break|holiday|vacation|departure|depart\\w*"
                + "|(?:at|for) (?:school|nursery|daycare|day care|creche|kindy|kindergarten)|travel\\w*|deploy\\w*"
                + "|shift change|end of (?:the |every |each |a )?(?:session|visit)|end of (?:his|her|their) visits?"
                + "|school gate|the gate|classroom door|without"
                + " (?:her|him|them)"
                + "|nursery door");
        cls("ANGRY2", "furious|angry|cross|rage|raging|silent treatment|hits?|hitting|kicks?|kicking|berat\\w*"
                + "|picks? a fight"
                + "|shouts?|shouting|snaps?|sulks?|sulking|icy|tells? (?:him|her|them|me) to (?:leave|go|get out"
                + "|go away)|hangs? up on|hung up on|refuses to (?:talk|speak)|will not (?:speak|talk)|slams?"
                + "|storms? off|stomps? off|accus\\w*|forget it|do not bother coming|hates? (?:you|him|her)"
                + "|never wants to see|threaten\\w* to (?:leave|break|end|dump|go)|(?:will not|refuses to) (?:hold"
                + "|hug|look at|come)|rejecting");
        cls("SEEKC", "beg\\w*|plead\\w*|apologi\\w*|wants? to be (?:held|carried|picked up|cuddled|hugged)"
                + "|clings?|clinging|cries for|calls? (?:him|her) back|will not let (?:him|her|them|me) (?:go|leave)"
                + "|can not (?:sleep|settle|rest) unless|make up|makes up|follow\\w* (?:him|her|them)|tries to follow"
                + "|come (?:back|round|over|home)|please answer"
                + "|asks? (?:him|her|me|them) to stay|sends? (?:gifts|flowers)|(?:say|says|saying) sorry|(?:says?|said)"
                + " (?:she|he|they) (?:did not|does not) mean it|calling"
                + " (?:back|again)|sob\\w*|desperate to (?:make up|be close|see)|(?:runs?|ran) to (?:be picked up|her"
                + "|him|me)|reaches? for");
        cls("APPROACH", "(?:runs?|ran|running|crawl\\w*|toddl\\w*|walk\\w*|mov\\w*|comes?|came|coming|heads?|headed"
                + "|lunge\\w*|rush\\w*|hurr\\w*|goes|went) (?:over )?(?:to|towards?|up to) (?:her|him|me|them|us"
                + "|{CARER}|(?:the|his|her|their) (?:foster )?{CARER})|approach\\w*|reach\\w* (?:up|out|for)|seeks?"
                + " (?:me|her|him|them|you) out|sought (?:me|her|him) out|asks? to be (?:held|hugged|cuddled|picked"
                + " up)|wants? (?:me|her|him|them|you|to be) (?:close|near|held|hugged|picked up)|(?:intense"
                + "|overwhelming|desperate) (?:closeness|clinging|need)|sits? (?:right )?(?:against|on top of"
                + "|pressed)|(?:needing|needs?|wanting|wants) (?:her|him|me|them)|calls? out for|cries? for"
                + "|crying for|clings?|clinging|cuddl\\w*|hugs?|hugging");
        cls("AVOIDF", "freez\\w*|froze|frozen (?:to|in|on|still|stiff)|stops?|stopped|(?:stands?|stood) (?:there"
                + "|frozen|motionless|still)"
                + "|(?:crawls?|crawled|walks?|walked|moves?|moved|wanders?|wandered) (?:off|away)|backs? away"
                + "|backed away"
                + "|turns? (?:her|his|their) (?:back|head|face)|turned (?:her|his|their) (?:back|head|face)|turns?"
                + " (?:away|to the wall|to face the wall)|turned (?:away|to the wall)|(?:head|face|gaze) (?:turned"
                + "|averted|away)|averts?|averted|averting|(?:backs?|backed|shrinks?|shrank|recoil\\w*|pulls?"
                + "|pulled) (?:away|back)|arch\\w* away|panic\\w*|flinch\\w*|hides?|hid|hiding|runs? away|ran away"
                + "|(?:drops?|dropped|falls?|fell) to the (?:floor|ground)|collaps\\w*|(?:goes|go|went) (?:still"
                + "|limp|blank|rigid and still)|hiss\\w*|cowers?|cowering|(?:looks?|looked|seems?)"
                + " (?:terrified|scared|frightened|afraid|dazed)|stares? (?:into space|blankly)");
        cls("CLOSE", "cling\\w*|close|closeness|cuddl\\w*|affection\\w*|hug\\w*|kiss\\w*|lap|loving|sweet|needing"
                + "|smother\\w*|intimacy|adoring|angelic|clingy|on (?:her|his|my) lap");
        cls("ATTACK", "back\\w* away|backs? off|retreat\\w* (?:into|to) (?:the )?corner|hands? over (?:her|his|their)"
                + " (?:ears|eyes|face)|cowering|running (?:away|off)|smash\\w*|throw\\w*|threw|destroy\\w*|kick\\w*"
                + "|hit\\w*|bit\\w*|lash\\w*|push\\w*|punch\\w*"
                + "|slap\\w*|scratch\\w*|hiding|hides"
                + "|attack\\w*|distance|rage|screaming|terror|fear|flat|vacant|withdraw\\w*|freez\\w*|running away"
                + "|rejecting|hissing|violen\\w*|hostil\\w*|aggress\\w*");
        cls("FRIGHT", "violen\\w*|beat(?:s|ing|en)?|hit (?:him|her|them)|hits (?:him|her|them)|abus\\w*"
                + "|assault\\w*|terrifying|frightening|scary|scream\\w* at (?:him|her|them)|rages?|alcoholic"
                + "|drunk\\w*|addict\\w*|threat\\w*|menac\\w*|domestic violence|dv|molest\\w*|raped?|lock\\w* (?:him"
                + "|her"
                + "|them) (?:in|out)|locked in (?:a |the )?(?:cupboard|room|cellar|shed)");
        cls("COMFORT", "comfort\\w*|(?:ran|run|runs|turned|went) to|(?:the )?person (?:she|he|they) (?:ran|went"
                + "|turned) to|safe haven|protector|loving|cuddl\\w*|carr(?:y|ied|ying) (?:him|her|them)|kind"
                + "|affectionate|tender|sweet|held|hold (?:him|her)|sooth\\w*|only (?:comfort|carer|parent)|doted"
                + "|loved|adored|warm|tuck\\w* (?:him|her|them) in|best (?:mum|mom|mother|dad|father|parent)|make it up"
                + "|made it up|presents|gifts|treats|ice cream");
    }

    private CueWordClasses() {
    }

    /** A cue template as a pattern, its word classes filled in; it matches whole words only. */
    static Pattern compile(String template) {
        return Pattern.compile("\\b(?:" + CueTemplates.expand(template, CLASSES) + ")(?!\\w)");
    }

    /** The classes as written, in order: their key words are mended in the text too. */
    static List<String> sources() {
        return Collections.unmodifiableList(SOURCES);
    }

    private static void cls(String name, String alternatives) {
        CLASSES.put(name, CueTemplates.expand(alternatives, CLASSES));
        SOURCES.add(alternatives);
    }
}
