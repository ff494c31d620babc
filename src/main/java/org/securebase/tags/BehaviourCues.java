package org.securebase.tags;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The behaviour indicators of the three insecure attachment patterns, as language classes. Each indicator is a
 * behaviour the attachment literature codes (Ainsworth's Strange Situation, Main and Solomon's disorganisation
 * indices, Bartholomew's adult styles, the Adult Attachment Interview's states of mind), written as a verb class
 * against an object or target class over text that {@link BehaviourText} has normalised (lower case, US spelling,
 * "does not" for "doesn't", typos in key words mended). Plain Java.
 *
 * <p>Template notation: {@code {NAME}} is a word class below, {@code {wN}} up to N words (a comma may follow a
 * word), {@code {gN}} up to N words of the clause without a new subject (he, she, they, I...), {@code {s}} any
 * stretch within the sentence (semicolons join clauses of one sentence), {@code {NN}} "not just after a negation".
 * A space matches one space.
 */
final class BehaviourCues {

    static final String AVOIDANT = "avoidant";
    static final String AMBIVALENT = "ambivalent";
    static final String DISORGANIZED = "disorganized";

    /** Disorganized indicators that are sequences of approach and avoidance (their parts are not organised cues). */
    static final Set<String> SEQUENCES = Set.of("approach then flight", "contradictory behaviour");

    /** Weak: one of two needed. Strong: enough by itself. */
    static final int WEAK = 1;
    static final int STRONG = 2;

    /**
     * One indicator. {@code affirmative} ones do not count when a negation stands just before them in their clause
     * ("no dissociation", "not clingy"); the others carry their negation inside the pattern ("never asks for help").
     */
    record Indicator(String slug, String name, int weight, Pattern pattern, boolean affirmative) {
    }

    private static final Pattern MACRO = Pattern.compile("\\{([A-Z0-9]+|[wg]\\d+|s)\\}");

    private static final Map<String, String> CLASSES = new LinkedHashMap<>();
    private static final List<String> SOURCES = new ArrayList<>();
    private static final List<Indicator> INDICATORS = new ArrayList<>();

    /** Negation before a cue, within its clause. */
    static final Pattern NEGATION = Pattern.compile("\\b(?:not|never|no|without|nor|neither|hardly|barely|rarely|"
            + "seldom|denies|denied|nil|nobody|none|absence of|free of|lack of|instead of|ruled out)\\b");

    static {
        // ---- word classes ------------------------------------------------------------------------------------
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

        // ---- avoidant (dismissing): deactivated attachment, self-reliance, distance, minimising ----------------
        // Help-seeking avoided: "never asks for help", "rather than phone anyone", "never comes to them when hurt".
        cue(AVOIDANT, "help-seeking avoided", STRONG, false,
                "{NEG} {g3}(?:once )?{SEEK} {g3}(?:{HELPOBJ})\\b",
                "{NEG} {g2}(?:comes?|came|goes|went|turns?|turned|runs?|ran) to (?:a grown up|an adult|anyone|anybody"
                        + "|someone|somebody|a teacher|staff|an adult)",
                "{NEG} {g2}(?:comes?|came|goes|went|turns?|turned|runs?|ran) to {g3}(?:for (?:help|comfort|support"
                        + "|hugs?|a hug|cuddles?|a cuddle|reassurance)|with (?:(?:his|her|their) )?(?:problems|worries"
                        + "|feelings|troubles)|(?:when|if) {w3}(?:hurt|upset|sad|sick|ill|scared|in pain|frightened"
                        + "|worried|distressed))",
                "{NEG} {g2}(?:call|calls|called|cry|cries|cried|shout\\w*) (?:out|for (?:help|her|him|them|{CARER}))",
                "{NEG} {g2}(?:comes?|came|goes|went|runs?|ran|asks?|asked) (?:to \\w+ )?for (?:a )?(?:cuddle|hug"
                        + "|comfort"
                        + "|help|reassurance)",
                "(?:tell\\w*|told) (?:no one|nobody|a soul)|{NEG} (?:(?!(?:he|she|they|i|we|you|it|me"
                        + "|us)\\b)[\\w'/]+ ){0,3}(?:tell|tells|told|telling)"
                        + " (?:anyone|anybody)",
                "(?:refus\\w*|declin\\w*|turns? down|turned down|rejects?|rejected|rebuff\\w*|waves? away) {w2}(?:any "
                        + "|all"
                        + " |the )?(?:offers? of |home |extra )?(?:help|support|comfort|care|hugs?|cuddles?|reassurance"
                        + "|sympathy)",
                "(?:never|not|will not|would not|does not|did not) (?:once )?(?:let|lets|allow\\w*) (?:anyone|anybody"
                        + "|people|others|them|me|us|(?:her|his|their) (?:husband|wife|partner|family|kids|children|son"
                        + "|daughter|friends?|mum|mom|mam|mother|dad|father|parents)) (?:do (?:anything|things) for"
                        + "|help"
                        + "|look after|care for|take care"
                        + " of|support|comfort|see (?:him|her|them) (?:cry|upset|struggle))");
        // Trouble kept to oneself: not telling family of a fall, an illness, not sleeping (weak).
        cue(AVOIDANT, "trouble kept to oneself", WEAK, false,
                "(?:can not|could not|does not|unable to) (?:think of|name) (?:anyone|anybody|a single person|one"
                        + " person|a person) (?:he|she|they|i)?(?:'d| would| could)? ?(?:ring|call|turn to|go to|ask"
                        + "|talk to|lean on)",
                "{NEG} {g3}(?:been|gone|go|goes|went) to (?:the |a )?(?:doctor|gp|dentist|hospital|counsel\\w*"
                        + "|therapist|grief group|support group)|(?:will not|refuses to|refused to|won't) (?:go to"
                        + "|attend"
                        + "|join|try) (?:the |a |any )?(?:grief |support |bereavement )?(?:group|counsel\\w*|therapy"
                        + "|sessions)",
                "{NEG} {g2}mention\\w* (?:his|her|their) (?:{CARER}|wife|husband|partner|brother|sister|son|daughter"
                        + "|loss|grief|feelings)|{NEG} {g2}mention\\w* (?:it|anything|this|that) (?:at home|to (?:anyone|anybody|(?:his |her |their )?"
                        + "(?:{PERSON})))|(?:do not|does not) need to know (?:the details|about it|anything|how)"
                        + "|{NEG} {w2}(?:tell|told|tells|telling|mention\\w*) (?:his |her |their "
                        + "|the )?(?:{PERSON}) (?:about|that)"
                        + "|(?:never|rarely|not) (?:mentions?|talks? about|speaks? (?:of|about)) (?:his|her|their)"
                        + " (?:late |dead )?(?:wife|husband|mother|father|mum|mom|dad|son|daughter|partner|brother"
                        + "|sister|loss|grief|divorce|childhood|feelings|illness|diagnosis)|(?:will not|refuses to"
                        + "|never)"
                        + " (?:talk|speak) about (?:his|her|their|the) (?:marriage|breakup|divorce|separation|loss"
                        + "|grief"
                        + "|feelings|past|childhood|mother|father|wife|husband|diagnosis)");
        // Compulsive self-reliance stressed: "doesn't need anyone", "self-sufficient", "a lone wolf".
        cue(AVOIDANT, "self-reliance stressed", STRONG, false,
                "self (?:sufficient|sufficiency|reliant|reliance|contained)|(?:fiercely|compulsively|stubbornly"
                        + "|fiercely|proudly|hyper|extremely|too) independent|lone wolf|loner"
                        + "|(?:raised|brought up|parented|looked after) (?:him|her|them|my)self",
                "(?:not|never|no) {w2}(?:need|needs|needed|needing|want|wants) (?:anything|nothing|help) (?:from|off)"
                        + " (?:anyone|anybody|people|others|them|her|him|us|me)",
                "(?:not|never|no) {w2}(?:need|needs|needed|needing|want|wants) (?:any |a |other |really )?(?:much"
                        + "|anyone"
                        + "|anybody|people|friends"
                        + "|help|nobody|no one|others|you|a partner|a relationship|company|support|(?:his|her|their)"
                        + " (?:mum|mom|mam|dad|parents|family))\\b",
                "needs? (?:nobody|no one)|(?:do|does|did) not do (?:dependency|dependence|needing|relationships"
                        + "|feelings|emotions|hugs|closeness|intimacy|vulnerab\\w*|needy)",
                "sorts? (?:him|her|them|my)self out|(?:handle|handles|handled|handling|deal|deals|dealing|sort|sorts"
                        + "|sorting|manage|manages|managing) (?:my|his|her|their) own (?:stuff|problems|things|business"
                        + "|affairs|issues|feelings|troubles)|sort (?:my|his|her|their) own (?:problems|stuff|things|life) out"
                        + "|(?:handle|handles|handled|deal"
                        + "|deals|dealt|sort|sorts|sorted|cope|copes|coped|manage|manages|fix|fixes) {w3}(?:alone"
                        + "|on (?:his|her|their|my) own|by (?:him|her|them|my)self)");
        // Dismissing self-descriptions: "not a talker", "not one for talking", "not a people person" (weak).
        cue(AVOIDANT, "not a talker", WEAK, false,
                "not (?:really )?(?:a|one for|the|big on|into|much of a) (?:talker|talking|people person|relationships?"
                + " person|hugger|hugging|crier"
                        + "|feelings|emotions|emotional type|sharing|touchy feely|feely)|(?:does not"
                        + "|do not) (?:really )?"
                        + "do (?:emotions|feelings|talking|hugs|crying|sharing)|not (?:big )?(?:huggers|talkers|criers"
                        + "|touchy feely)");
        // The partner's need for closeness disparaged: "she's too intense", "too needy" (weak).
        cue(AVOIDANT, "partner's need disparaged", WEAK, true,
                "(?:she|he|they) (?:is|are|was|were) (?:just )?(?:too intense|too needy|too much|suffocating|smothering"
                        + "|clingy|high maintenance|always wanting to talk|exhausting)|(?:she|he|they) (?:wanted|wants"
                        + "|needed|needs|expected|expects|asked for|asks for) too much");
        // Preference for aloneness; play or work alone (weak alone: many secure people live alone).
        cue(AVOIDANT, "aloneness preferred", WEAK, true,
                "(?:prefer\\w*|rather|happier|safer|better off|likes? being|likes? to be|content|happiest|chooses? to"
                        + " be|feel\\w* safer) {w4}(?:alone|on (?:his|her|their|my) own|by (?:him|her|them|my)self"
                        + "|(?:his|her|their|my) own company|solitary)|(?:so|very|really|incredibly|super|always been)"
                        + " independent",
                "(?:stays?|stayed|spends?|spent|lives?|lived|hides?) {w3}in (?:his|her|their) (?:bed)?room"
                        + "|(?:play\\w*|sits?|sat|sitting|spends?|spent|eats?|gaming|works?|walks?) {w4}alone"
                        + "|keeps? (?:(?:him|her|them|my)self )?to (?:him|her|them|my)self");
        // Closeness and dependency devalued (Bartholomew's dismissing: self positive, others unneeded).
        cue(AVOIDANT, "closeness devalued", STRONG, true,
                "(?:feelings|emotions|talking|talk|therapy|counsel\\w*|crying|tears|drama|fuss|friends|friendship"
                        + "|relationships?|dependency|dependence|needing (?:anyone|people|others)|relying on (?:anyone"
                        + "|people|others)|intimacy|closeness|hugs?|vulnerab\\w*|sharing|needy people) {w4}(?:a )?"
                        + "(?:waste of (?:time|space|energy)|pointless|overrated|more trouble than|liabilit\\w*"
                        + "|weak\\w*|nonsense|rubbish|mushy|self indulgent|navel gazing|not worth|hassle|a burden"
                        + "|unnecessary|for the weak|slow (?:you|me|him|her|them) down|get in the way|nuisance"
                        + "|inconvenience|irrelevant|not relevant|beside the point|unimportant|not important|a"
                        + " distraction|for babies|soft)",
                "(?:no time for|no use for|no patience (?:for|with)|not see the point (?:of|in)"
                        + "|no point (?:in|to)|sees no point in|hates?|despises?|can not stand|looks down on|sneers? at"
                        + "|contempt for|scorn\\w*|mocks?) {w3}(?:feelings|emotions|talking|talk|therapy|crying"
                        + "|tears|drama|fuss|friends|people|relationships|needy|neediness|weakness|dependence"
                        + "|dependency|all (?:that|this)|that stuff|this stuff|touchy feely|emotional|vulnerab\\w*"
                        + "|hugs?|(?:people|those) who (?:ask|need|cry|complain))",
                "(?:does not|do not|never) (?:like|likes|believe in|hold with|go in for) {w2}(?:navel gazing"
                        + "|naval gazing"
                        + "|talking about (?:feelings|her feelings|his feelings|it)|feelings|emotions|therapy"
                        + "|touchy feely"
                        + "|moaning|self pity|wallowing)",
                "(?:calls?|thinks?|sees?|describes?|considers?) {w4}(?:asking for help|needing (?:anyone|people|help)"
                        + "|crying|feelings|relying on (?:anyone|people|others)|dependence|vulnerability|(?:people"
                        + "|those) who (?:ask|need|cry|lean)\\w*(?: for help)?) {w3}(?:as )?(?:weak\\w*|a liability"
                        + "|pathetic|soft|for babies|for the weak|needy)",
                "(?:people|others|everyone|humans|relationships) (?:are|is) (?:just )?(?:too much|exhausting"
                        + "|a hassle|overrated|hard work|more trouble|a trap)",
                "(?:not|never) (?:really )?(?:get|gets|understand\\w*|see|sees) why (?:she|he|people|anyone|they"
                        + "|others|everyone|you) (?:would )?(?:needs?|wants?|makes?|has to|have to) (?:so much|to talk"
                        + "|contact|closeness|reassurance|attention|to share|to be close|a fuss|to cry|to feel|to go on"
                        + "|all that)",
                "(?:feelings|emotions|talking|crying|that stuff|all that) (?:are|is) (?:not (?:his|her|my|their)"
                        + " thing|(?:her|his|my|their|someone else's|a woman's) (?:department|thing|job)|for (?:women"
                        + "|girls|other people|the weak|wimps))");
        // Feelings minimised, distress normalised (AAI dismissing: "it didn't affect me", "character building").
        cue(AVOIDANT, "feelings minimised", STRONG, true,
                "no need to (?:dwell|talk about it|make a fuss|go on about it|cry|get upset)|(?:does not|do not|did"
                        + " not) need to (?:talk|think|go on|keep going on) about (?:it|this|that|feelings|him|her|them)|(?:did|do|does) not do"
                        + " (?:drama|feelings|emotions|tears|fuss)|(?:never|not|no one|nobody) {w2}(?:made|make"
                        + "|makes) a fuss|stiff upper lip|character building|(?:shrugs?|shrugged|shrugging"
                        + "|brushes?|brushed|brushing|laughs?|laughed|waves?|waved|bats?|batted) (?:off|aside|away"
                        + "|(?:it|this|that|them|things|everything|feelings|concerns|(?:any|my|the|all"
                        + "|every) (?:\\w+ )?"
                        + "(?:question|comment|concern|feeling|worr|enquir|remark|reflection)\\w*)(?: [\\w']+){0,5}"
                        + " (?:off|aside|away))|nothing (?:much )?to (?:talk|say|worry) about|(?:just|simply) (?:get"
                        + "|got|gets) (?:through|over) (?:it|things)|(?:something|things) you (?:just )?(?:get through"
                        + "|get over|get on with)|(?:plays?|played|playing) (?:it|things|this|that|everything) down"
                        + "|downplay\\w*|minimiz\\w*|(?:no|not a) big deal|(?:rather not|not one to|does not want to"
                        + "|will not|no point|not going to) (?:wallow|mope|dwell|feel sorry for (?:him|her|them|my)self"
                        + "|go soft)|no use (?:crying|dwelling|moping|talking) (?:over|about)"
                        + "|no point (?:in )?(?:raking"
                        + "|dwelling|going over"
                        + "|talking about|digging|crying|looking back|getting upset)|(?:did|do|does) not (?:bother"
                        + "|burden)"
                        + " (?:people|anyone|others|you) with");
        cue(AVOIDANT, "all is fine", WEAK, true,
                "i am good|(?:i am|it is|it was|doing|turned out|got on|all|grew up|was) (?:fine|grand|ok|okay|alright"
                        + "|all right)\\b"
                        + "|(?:does|did) not matter|nothing to report|(?:just )?(?:got|gets|get|getting) on with (?:it"
                        + "|things)"
                        + "|not my (?:business|problem)|(?:head|mood|everything|life) (?:is|was) (?:grand|fine)"
                        + "|coping (?:fine"
                        + "|well|ok|okay)|right as rain|(?:is|am|was) over it|(?:absolutely|totally|perfectly"
                        + "|completely) fine|(?:has|have"
                        + "|had|just) moved on");
        // Attention turned from feeling to task, topic or intellect (deflection; compartmentalising).
        cue(AVOIDANT, "feeling talk deflected", STRONG, true,
                "(?:changes?|changed|changing|switch\\w*|steers?|steered|steering|shifts?|shifted|redirect\\w*"
                        + "|turns?|turned) {w3}(?:the )?(?:subject|topic|tack)|(?:steers?|steered|steering|brings?"
                        + "|brought|turns?) {w3}(?:the )?conversation (?:back|away|round)|let us (?:stay on task"
                        + "|move on|get back to|keep (?:it|this) practical)|intellectualiz\\w*|compartmentaliz\\w*"
                        + "|(?:keeps?|keep|keeping) {w3}(?:very |quite |pretty |strictly )?(?:practical|factual|on the"
                        + " surface|surface level|superficial|to facts|on task|intellectual|cerebral|in (?:his|her"
                        + "|their)"
                        + " head)"
                        + "|(?:only|just) (?:wants? to |will )?(?:talk|talks|speak) about (?:practical|facts|work"
                        + "|logistics|the weather|sport|football|rugby|cricket|money|tasks|solutions)|rather (?:talk"
                        + " about|fix|discuss) (?:practical|things|the practical|solutions|plans|work|facts)|(?:fine"
                        + "|happy|ok|okay) {w3}as long as we (?:talk|stick|stay|keep) (?:about |to |on )?(?:practical"
                        + "|facts|work|tasks|the practical)",
                "(?:answers?|answered|responds?|responded|replies|replied) {w6}(?:with|by giving) (?:what|facts"
                        + "|logistics"
                        + "|details|practicalities|jokes|a joke|humou?r|information|statistics|a list)",
                "when i {w4}(?:ask\\w*|comment\\w*|reflect\\w*|mention\\w*|name\\w*|bring\\w* up|wonder\\w*"
                        + "|notice\\w*|say something (?:warm|kind|caring)|try to (?:talk|get close|go deeper"
                        + "|explore))\\b{s}\\b(?:he|she|they) {w3}(?:tell\\w* me about|told me about|talk\\w* about"
                        + "|changes|rolls"
                        + "|jokes?|shrugs?|deflects?|says? (?:it is|that is) fine|looks at (?:his|her|their) phone"
                        + "|checks? (?:his|her|their) (?:watch|phone)|looks at the clock|asks? (?:what|about) (?:the )?"
                        + "(?:homework|plan|next|tasks?|techniques?|tools?|strategies)|moves? on|gets? up|makes? a joke"
                        + "|laugh\\w*|goes (?:quiet|silent)|asks? (?:if|whether) we (?:are|were) (?:nearly |almost )?"
                        + "(?:done|finished)|ask\\w* (?:whether|if) (?:i|we) (?:have|had|could|can) {w3}(?:frameworks?"
                        + "|tools|techniques|tips|strategies|worksheets|homework))",
                "(?:speaks?|talks?|describes?|treats?) (?:about )?{w4}as (?:a|an) (?:logistics|logistical|practical"
                        + "|technical|admin\\w*|engineering|management) (?:problem|issue|exercise|matter|task)");
        cue(AVOIDANT, "eye-rolling at warmth", WEAK, true, "rolls? (?:his|her|their) eyes|eye ?rolls?|deflect\\w*");
        // Closeness refused or turned away: distance kept, pushing away, stiffening in a hug, hiding pain.
        cue(AVOIDANT, "closeness refused", STRONG, true,
                "push\\w* {w2}(?:people|everyone|others|them|anyone|friends|partners?|the world|staff) away"
                        + "|keeps? {w2}(?:people|everyone|others|them|me|us|the world|friends|partners?|staff) at"
                        + " (?:a |an )?(?:polite |safe )?(?:distance|length|bay|arm's length)|at arm's length"
                        + "|(?:shuts?|shut|shutting) (?:me|people|everyone|them|others|the world) out|stonewall\\w*"
                        + "|clams? up|clammed up|(?:blanks?|blanked|blanking) (?:people|them|staff|everyone|me|us)"
                        + "|get blanked|gets blanked|walls? up|emotionally (?:distant|unavailable|closed|shut down"
                        + "|detached|cut off|remote|absent)|(?:goes|went|going|gets|got|becomes?|became) (?:stiff"
                        + "|rigid|tense) (?:in|when|during|if|as) {w3}(?:hugs?|held|hugged|touched|cuddl\\w*"
                        + "|embrac\\w*|reach\\w*|kiss\\w*)|(?:stiffens|goes stiff|goes rigid) (?:in|when)"
                        + "|(?:hides?|hid|hiding|masks?|masking|bottles?|bottling|bottled) (?:up )?(?:his|her|their"
                        + "|it|the|any)? ?(?:feelings|tears|pain|hurt|injur\\w*|emotions|upset|distress|it) (?:from"
                        + "|away|alone)?|(?:won't|will not|does not|doesn't|never) let (?:anyone|anybody|people|me|us"
                        + "|staff|(?:the |her |his |their )?(?:foster |adoptive )?(?:{CARER})) (?:in|close|near|touch"
                        + "|hug"
                        + "|hold|cuddle|kiss|comfort)",
                "(?:{WITHDRAW}) {s}\\b(?:when|whenever|if|as soon as|the moment|every time|while)\\b{s}\\b(?:{BID})",
                "(?:when|whenever|if|as soon as|the moment|every time) {w6}(?:{BID})\\b{s}\\b(?:{WITHDRAW})");
        cue(AVOIDANT, "distance kept", WEAK, true,
                "withdraw\\w*|retreat\\w*|(?:goes|went|go) (?:quiet|silent|cold) for|checks? out|detached|aloof"
                        + "|needs? (?:his|her|their|my|some)? ?(?:own )?space|keeps? (?:his |her |their )?distance"
                        + "|guarded"
                        + "|(?:like )?a (?:robot|machine|closed book|brick wall|cold fish|ice queen|ice man)|robotic"
                        + "|switch\\w* (?:my|his|her|their) phone off|turns? (?:my|his|her|their) phone off|ignores?"
                        + " (?:her|his|their|my) (?:calls|texts|messages)"
                        + "|(?:will not|won't|does not|never) (?:be|let \\w+) (?:touched|hugged|held|cuddled)"
                        + "|leaves (?:the second|as soon as|the moment)|turns? away from");
        // Strange Situation A: ignoring or looking past the carer at reunion, no protest at separation.
        cue(AVOIDANT, "no protest, ignored at reunion", STRONG, true,
                "(?:ignor\\w*|(?:does not|did not|barely|hardly|never|not) (?:look\\w*|glanc\\w*) (?:up|round"
                        + "|around|at (?:her|him|them))|looks? (?:straight )?(?:past|through|away from) (?:her|him"
                        + "|them|{CARER})|looked (?:straight )?(?:past|through|away from)|avoids? (?:looking at"
                        + "|eye contact)|(?:keeps?|kept) (?:on )?playing|carr\\w* on playing|(?:no|without|did not"
                        + "|does not|never) (?:protest\\w*|fuss\\w*|react\\w*|cry|cries|crying|notice\\w*|seem"
                        + " to (?:notice|mind|care)|look\\w* for (?:her|him|them))) {s}\\b(?:when|as|while|after|on"
                        + "|at)\\b {w4}(?:(?:she|he|they|{CARER}) (?:comes?|came|return\\w*|gets? back|got back"
                        + "|collect\\w*|picks? (?:him|her) up|arriv\\w*|leav\\w*|left|goes|went)|reunion|pick up"
                        + "|pickup|collection|separation|drop off|home time)(?!.*\\bthen\\b)",
                "(?:when|as|while|after|on|at)\\b {w4}(?:reunion|pick up|pickup|collection|separation|comes? back"
                        + "|came back|return\\w*|collect\\w*|left|leaves|goes|went|drops? (?:him|her|them) off|dropped"
                        + " (?:him|her|them) off|drop off|home time|visits?|visited|arriv\\w*)\\b{s}\\b(?:ignor\\w*"
                        + "|(?:barely|hardly|not) looks? up|(?:does not|did not|never) (?:look up|look back|protest"
                        + "|react"
                        + "|notice|cry|fuss|bat an eye\\w*|turn a hair|seem to (?:notice|mind|care))|carr\\w* on with"
                        + "|asks? when (?:she|he|they) (?:is|are) (?:leaving|going)|(?:keeps?|kept) (?:on )?(?:doing"
                        + "|working"
                        + "|reading|drawing|gaming|with)|barely (?:said|says|looked) (?:hi|hello|up)"
                        + "|looks? (?:straight )?(?:past|through|away)|looked (?:straight )?"
                        + "(?:past|through|away)|(?:keeps?|kept) (?:on )?playing|carr\\w* on playing|turns? away"
                        + "|turned away|wander\\w* off|no reaction|not bothered)(?!.*\\bthen\\b)");
        // Grief deactivated: reminders put away, "moved on", no visit to the grave (weak).
        cue(AVOIDANT, "grief put away", WEAK, true,
                "(?:took|takes|taken|put|puts) (?:down|away) (?:all )?(?:the |her |his |their )?(?:photos|pictures"
                        + "|photographs)|(?:never|not|did not) (?:visit\\w*|been to|go to|went to) (?:the |her |his )?"
                        + "(?:grave|funeral|cemetery)|(?:cleared|cleared out|got rid of|gave away|threw out|packed up)"
                        + " {w4}(?:things|belongings|clothes|stuff|room) (?:within|in|after) (?:a|the first|one|two"
                        + "|a few)"
                        + " (?:week|days?|fortnight)|(?:went|goes|gone|flew|back) (?:on|to|back to) {w3}(?:the )?(?:day"
                        + "|week|morning) after (?:the )?(?:funeral|death|diagnosis|miscarriage|loss|she died"
                        + "|he died)");
        // Attention to toys, tasks or work instead of people; work as a refuge from feeling.
        cue(AVOIDANT, "task instead of people", WEAK, true,
                "works? (?:\\d+|seventy|eighty|sixty) (?:hour|hr)s? weeks?|bur(?:y|ies|ied|ying) (?:him|her|them"
                        + "|my)sel\\w* in|(?:throws?|threw|thrown|throwing) (?:him|her|them"
                        + "|my)sel\\w* into|back (?:on the tools|on shift|at work|to work|at (?:his|her) desk"
                        + "|to the office)"
                        + " {w3}(?:against (?:medical )?advice|straight away|immediately|already|the next|the same|days"
                        + " later|a day later)|(?:went|goes|go|back) (?:straight )?(?:back )?(?:to|on) (?:play|work"
                        + "|school"
                        + "|training|the gym|the office|shift|the tools) {w3}(?:the )?(?:same|next) (?:day|morning"
                        + "|evening"
                        + "|night)|went straight back|works? through (?:a |the |his |her )?(?:broken"
                        + "|injur\\w*|illness|pain|flu|grief)|worked through (?:a |the |his |her )?(?:broken"
                        + "|injur\\w*|illness|pain|flu|grief)|back to work (?:the next|the day after|straight after"
                        + "|right after|the morning after|immediately)|(?:focus\\w*|absorbed|engrossed|immersed) (?:on"
                        + "|in) (?:the )?(?:toys?|blocks|lego|game|games|gaming|screen|phone|tasks?|work|puzzle)"
                        + "|(?:goes|went|turns?|turned|gets?|got) back to (?:his|her|their|the) (?:lego|toys?|game"
                        + "|blocks|drawing|phone|book|work|tasks?)|(?:talks?|tells? me) about (?:the price|football"
                        + "|rugby|work|the weather|his job|her job)");
        // Adult Attachment Interview, dismissing: little memory of need, of missing anyone, of being comforted.
        cue(AVOIDANT, "no memory of need", STRONG, true,
                "(?:can not|could not|does not|did not|do not|unable to|never) (?:really )?(?:remember|recall"
                        + "|recollect) {w4}(?:missing|being (?:comforted|held|hugged|cuddled|sick|ill|upset|sad"
                        + "|scared|hurt|looked after|cared for)|anyone (?:asking|comforting|hugging|holding|looking"
                        + " after|caring|being there)|(?:his|her|their) (?:own )?(?:mum|mom|mam|mother|dad|father"
                        + "|parents)"
                        + " (?:ever )?(?:comforting|hugging|holding|cuddling|asking|praising|noticing|being there)"
                        + "|much (?:of|about) (?:his|her|their)"
                        + " childhood|crying|feeling (?:sad|scared|upset|lonely))",
                "(?:can not|could not|unable to|does not|did not) (?:recall|remember|give|think of|come up with)"
                        + " (?:a single|any|one) (?:example|memory|instance|specific)",
                "(?:never|not once|did not|does not) (?:once )?miss(?:ed)? (?:her|him|them|anyone|anybody|home"
                        + "|(?:his|her|their) (?:mum|mom|mam|mother|dad|father|parents|family))");
        cue(AVOIDANT, "childhood idealised", WEAK, true,
                "(?:childhood|upbringing|growing up|family|parents) (?:was|were|as) \"?(?:perfect|fine|normal|great"
                        + "|good|happy|lovely|wonderful|ideal|character building)");
        // No tears, no shown feeling, as a point of pride.
        cue(AVOIDANT, "distress not shown", STRONG, false,
                "(?:never|not once|rarely|hardly ever|does not|did not|do not|will not|would not|not) {w2}(?:cr(?:y"
                        + "|ies|ied)|shed a tear|show (?:emotion|feelings|weakness|any emotion|any feelings)) (?:in"
                        + " front of|at|when|about|as an adult|since)",
                "(?:never|not once|rarely|hardly|hardly ever|barely|seldom) {w2}cr(?:y|ies|ied)\\b",
                "(?:not|never) (?:once )?shed a (?:single )?tear",
                "(?:when|after|since) {w6}(?:died|passed|funeral|death|left|hurt|fell|injur\\w*|diagnos\\w*) {w4}(?:did"
                        + " not|does not|never|has not) (?:cry|cried|shed a tear|react|seem upset|show (?:any )?"
                        + "(?:emotion|feeling|upset))");
        // Rejecting or unavailable care, the history that deactivation answers (weak: history is not behaviour).
        cue(AVOIDANT, "rejecting care", WEAK, true,
                "cold fish|(?:did not|does not|do not|never) believe in (?:moaning|complaining|crying|feelings|talking"
                        + "|therapy|fuss\\w*|hugs|emotions)|hands off|never (?:hugged|held|cuddled|kissed|comforted"
                        + "|praised"
                        + "|showed (?:any )?(?:affection|love|feelings)|asked how (?:he|she|they|i) felt"
                        + "|talked about feelings)|(?:cold|distant|rejecting|dismissive|undemonstrative"
                        + "|unaffectionate|emotionally unavailable|reserved|stern) (?:and \\w+ )?(?:mother|father"
                        + "|parents?|mum|mom|dad|aunt|grandmother|family|upbringing)|(?:mother|father|parents?|mum"
                        + "|mom|dad|family|aunt) (?:was|were) (?:cold|distant|rejecting|dismissive|undemonstrative"
                        + "|unaffectionate|emotionally unavailable|stern)|boarding school|(?:left|expected) to"
                        + " (?:cope|fend|get on|sort it|manage|cry it out)"
                        + "|(?:emotions|feelings|crying|tears) (?:were|was) (?:discouraged|not allowed|punished"
                        + "|frowned upon|mocked|not tolerated)|big (?:boys|girls) do not cry|(?:no one|nobody)"
                        + " (?:ever )?asked|remember anyone asking|did not do (?:feelings|hugs|emotions)|(?:you|we|boys"
                        + "|men|girls) (?:just )?(?:did not|do not|never) cry|hard (?:man|woman|father|mother)"
                        + "|never (?:said|had) a kind word");
        // The pattern's names: avoidant, dismissing, deactivating.
        cue(AVOIDANT, "named", STRONG, true,
                "avoidant|avoidantly|dismissing|dismissive|deactivat\\w* (?:strateg\\w*|attach\\w*|needs?|feelings"
                        + "|emotions|style)|(?:attachment|relational) avoidance");

        // ---- ambivalent (preoccupied, resistant): hyperactivated attachment -------------------------------------
        // Contact sought again and again: texting, calling, buzzing.
        cue(AMBIVALENT, "repeated contact", STRONG, true,
                "{CONTACT} {w8}(?:{FREQ})", "(?:{FREQ}) {w3}{CONTACT}",
                "bombard\\w*|floods? (?:him|her|me|them) with|blows? up (?:his|her|my|their) phone");
        // Reassurance sought: direct or through checking questions about the relationship.
        cue(AMBIVALENT, "reassurance sought", STRONG, true,
                "(?:seek\\w*|sought|ask\\w*|need\\w*|crav\\w*|want\\w*|demand\\w*|beg\\w*|constant|endless"
                        + "|repeated|desperate|more|keeps?|fish\\w* for|looking for|hungry for) {w3}reassur\\w*"
                        + "|reassurance seeking",
                "(?:ask\\w*|check\\w*|wonder\\w*|want\\w* to know|needs? to know|text\\w*|messag\\w*|email\\w*"
                        + "|question\\w*) {w3}(?:whether|if) {w6}(?:still|annoyed|cross|angry|mad|tired of|fed up"
                        + "|bored|sick of|upset with|disappointed in|remember|forget|miss|care|love|hate|leav\\w*"
                        + "|give up|replace|asked for (?:her|him|me)|mentioned (?:her|him|me)|(?:ok|okay|alright|happy)"
                        + " (?:to|with)|mind (?:her|him|seeing))",
                "(?:want\\w*|needs?|needing) to (?:know|hear|be told) {w4}(?:he|she|they|i|you)(?:'d| would| will"
                        + "|'ll)? (?:miss|still|love|care|come back|be back|think of|remember)",
                "(?:ask\\w*|check\\w*|wants? to know|demand\\w*|interrogat\\w*) {w3}(?:where|who|when) {w4}(?:going"
                        + "|be back|with|coming back|will be|home)",
                "check\\w* (?:that )?(?:her|his|their) {CARER} is (?:okay|ok|alright|safe|still there|there|home)",
                "check\\w* (?:that |if |whether )?we (?:are|were) (?:still )?(?:okay|ok|alright|good|fine)",
                "ask\\w* {w4}(?:{FREQ}) {w2}(?:where|when|whether|if) (?:he|she|they|you|i|her \\w+|his \\w+|mum|mom"
                        + "|dad)(?:'s| is| are| will| would|'ll)? (?:is|are|coming|going|back|home|be back|still|angry"
                        + "|cross"
                        + "|okay|ok|alright|leaving|here|there)",
                "check\\w* {w2}(?:whether|if) (?:he|she|they|her \\w+|his \\w+)(?: is| has| have)? (?:read|seen|replied"
                        + "|answered|online|opened)",
                "ask\\w* {w3}(?:whether|if) {w4}(?:(?:find|think|feel|see) (?:her|him|them|me) (?:as )?(?:a )?"
                        + "(?:boring|annoying|too much|a burden|a nuisance|a pain|needy|difficult|stupid|pathetic"
                        + "|horrible|bad|weird)|(?:likes?|hates?|cares? about|still likes?|still wants?|minds?) (?:her"
                        + "|him|them|me))",
                "(?:worri\\w*|afraid|scared|terrified|convinced|anxious|fears?|sure|checks?|asks?) {w2}(?:that |whether"
                        + " |if )?(?:i am|i was|you are|he is|she is|they are|people are|everyone is"
                        + "|staff are) (?:angry"
                        + "|cross|annoyed|fed up|tired|sick|bored|disappointed|upset|mad) (?:with|of|at) (?:her|him"
                        + "|them|me)");
        // Fear of abandonment or of being replaced, forgotten, left.
        cue(AMBIVALENT, "abandonment feared", STRONG, true,
                "abandon(?:ment|ed (?:her|him|me|them|us|by|like|as)|ing (?:her|him|me|them)| (?:her|him|me|them))",
                "(?:{FEAR})\\b {w8}{NN}(?:{LOSS})",
                "can not (?:exist|live|cope|function|survive|breathe|go on) without (?:her|him|them|you)",
                "can not (?:stand|bear|cope with|face) {w4}without (?:her|him|them|you)",
                "can not (?:stand|bear|cope with|tolerate|handle|face) (?:being |to be )?(?:alone|apart|on (?:her|his"
                        + "|their|my) own|by (?:him|her|them|my)self|left|separated|away from)",
                "separation (?:anxiety|distress)|fear of (?:being )?(?:abandon\\w*|rejection|being left|loss)",
                "(?:always|inevitably|eventually|end up|ends? up|end with (?:him|her|them|me)) {w2}(?:being |getting "
                        + "|get"
                        + " |gets )?(?:dropped|left|dumped|rejected|abandoned|replaced|forgotten)",
                "(?:you|they|people|everyone|he|she) (?:will|are going to|is going to) (?:all )?(?:leave|abandon|forget"
                        + "|dump|drop) (?:me|her|him|us) (?:eventually|in the end|one day|sooner or later|too|like)");
        // Protest at separation: crying, clinging, begging them not to go.
        // Separation protest alone is ordinary (secure infants protest too); weak.
        cue(AMBIVALENT, "protest at separation", WEAK, true,
                "(?:{PROTEST})\\b {w10}(?:{SEP})\\b", "(?:{SEP})\\b {w10}{NN}(?:{PROTEST})\\b");
        cue(AMBIVALENT, "begging them not to go", STRONG, true,
                "beg\\w* {w2}(?:not to (?:go|leave)|to stay|to come (?:back|round|over|home))|(?:will not|does not"
                        + "|would not|did not) let (?:her |his |their )?(?:her|him|them|me|{CARER}) (?:go|leave|out of"
                        + " (?:her|his|their|my) sight)");
        // Angry at the attachment figure's unavailability (resistant): furious when I went on leave.
        cue(AMBIVALENT, "angry at unavailability", STRONG, true,
                "(?:{ANGER}|{DISTRESS}) {w3}(?:when|if"
                        + "|whenever|that|because|every time|each time|by the time|on (?:the )?(?:days|weekends|nights"
                        + "|evenings)) {w6}(?:{UNAVAIL})",
                "(?:when|if|whenever|every time) {w3}(?:{UNAVAIL}) {w4}(?:{ANGER}|{DISTRESS}|threaten\\w*)",
                "(?:{ANGER}) (?:with|at) (?:me|him|her|them) for (?:leaving|going|being away|being late|not (?:calling"
                        + "|answering|replying|coming))");
        // Contact sought and resisted in the same breath (Ainsworth's C: anger mixed with contact-seeking).
        cue(AMBIVALENT, "angry yet seeking contact", STRONG, true,
                "alternat\\w* {w2}(?:pleading|begging|clinging|apologi\\w*|loving) and (?:accusing|raging|angry|furious"
                        + "|abusive|blaming|attacking)|(?:pleading|begging) and (?:accusing|raging|blaming)",
                "(?:{ANGRY2})\\b{s}\\b(?:then|but then|only to|before|and then|yet)\\b{s}\\b{NN}(?:{SEEKC})",
                "(?:{SEEKC})\\b{s}\\b(?:then|but then|only to|and then|yet)\\b{s}\\b{NN}(?:{ANGRY2})",
                "(?:tearful|crying|clingy) and (?:angry|furious|cross) (?:by turns|in turn)|(?:angry|furious|cross)"
                        + " and (?:tearful|crying|clingy) by turns");
        // Reproach: "you don't care about me", "proof that I don't care".
        cue(AMBIVALENT, "reproach for not caring", STRONG, true,
                "(?:accus\\w*|berat\\w*|complain\\w*|proof|evidence|a sign|convinced|takes? (?:it|this) as|insists?"
                        + "|shouts?|screams?|yells?) {w4}(?:that )?(?:you|i|he|she|they|nobody|no one) (?:do not"
                        + "|does not|did not|never|no longer) (?:really )?(?:care|love|want|visit|come|call|bother"
                        + "|listen)",
                "(?:says?|said|tells?|told|screams?|shouts?|yells?|cries|cried|sobs?) {w3}(?:you|nobody"
                        + "|no one) (?:do not"
                        + "|does not|never) (?:really )?(?:care|love|visit|call|listen)",
                "berat\\w* {w3}for (?:never|not) (?:coming|visiting|calling|being there|ringing)",
                "(?:tells?|told|says?|said|accus\\w*|insists?) {w3}(?:she|he|they|you)(?: is| are| has| have|'s|'ve)?"
                        + " (?:forgotten|abandoned|stopped caring|given up on|replaced|dumped) (?:about )?(?:him|her|me"
                        + "|them)",
                "(?:obviously|clearly|must not|proof|evidence) {w2}(?:does not|do not|no longer|cannot|can not)"
                        + " (?:love|care about|want|care for) (?:her|him|me|them)");
        // Clinging and following: cannot let the figure out of sight (not one pole of an alternation).
        cue(AMBIVALENT, "clinging and following", STRONG, true,
                "(?<!between )(?<!between intense )\\b(?:cling\\w*|clung|velcro|glued to|attached at the hip)"
                        + "|shadows? (?:her|him|me)|follows? {w3}(?:around|about|everywhere|from room to room"
                        + "|room to room|to the (?:toilet|bathroom|door))|hangs? on(?:to)? (?:her|his|my|their|him"
                        + "|me)|hanging on(?:to)? (?:her|his|my|their|him|me)|holds? on to (?:her|his) (?:sleeve|arm"
                        + "|hand|leg|coat)|holding on to (?:her|his) (?:sleeve|arm|hand|leg|coat)|will not let go");
        // Not soothed by contact: inconsolable, hard to settle.
        cue(AMBIVALENT, "not soothed", STRONG, true,
                "inconsolab\\w*|(?:can not|could not|will not|would not|not|hard to|difficult to|impossible to"
                        + "|unable to|never|refuses to) (?:be )?(?:sooth\\w*|settled|consoled|comforted|calmed)"
                        + "|nothing (?:soothes|settles|comforts|calms) (?:her|him|them)",
                "(?:stays?|stayed|remains?|remained) {w2}(?:fretful|cross|upset|angry|distressed|clingy|fussy)"
                        + " {w4}(?:after|even after|once|when) {w4}(?:reunit\\w*|back|return\\w*|comes? back)");
        cue(AMBIVALENT, "crying long after", WEAK, true,
                "cr(?:y|ies|ied|ying) for (?:an hour|hours|ages|the rest|a long time|the whole)");
        // Hypervigilance to the figure's availability and mood: tracking, checking, turning up, waiting.
        cue(AMBIVALENT, "availability monitored", STRONG, true,
                "(?:track\\w*|check\\w*|monitor\\w*|stalk\\w*|watch\\w*|scroll\\w*|reads?|scans?|scanning) {w3}"
                        + "(?:his|her|their|my|partner's|boyfriend's|girlfriend's|people's|others') (?:location"
                        + "|whereabouts|socials|social media|snap(?:chat)?(?: map)?|instagram|insta|last seen"
                        + "|online status|read receipts|every move|face|faces|mood|moods|expression|tone|reactions?)",
                "check\\w* {w2}(?:when|whether|if) (?:he|she|they|her \\w+|his \\w+) (?:was|were|is|are|has been|have been)"
                        + " (?:last )?(?:online|active|on|seen)",
                "check\\w* (?:his|her|their|partner's|boyfriend's|girlfriend's) {w2}(?:phone|facebook|spotify|messages"
                        + "|emails|texts|accounts?|whatsapp|tiktok|statuse?s?|activity)|check\\w* {w4}to see (?:who"
                        + "|what|where"
                        + "|if|whether) (?:he|she|they)",
                "(?:show|turn|rock)\\w* up (?:at|to|outside) (?:his|her|their|my) (?:\\w+'?s? )?(?:work|dorm|house"
                        + "|flat|home|office|door|place|job|school)",
                "hypervigil\\w* (?:to|for|about) (?:rejection|abandonment|signs|others|people|my|his|her)",
                "(?:re ?reads?|scrolls?|checks?|scans?|scanning|looks?|looking|search\\w*|combs?|combing"
                        + "|watch\\w*) {w4}for"
                        + " (?:signs|clues|evidence|proof|hints)",
                "test\\w* (?:him|her|them|me|his|her|their) (?:love|commitment|loyalty)?|to see if (?:he|she"
                        + "|they)(?:'ll"
                        + "| will| would)? (?:fight for|come after|chase|care|notice|miss|still want)",
                "checks? (?:on|in on) (?:her|him|them|me) (?:at night|in the night|all night|constantly|repeatedly"
                        + "|every (?:hour|few minutes|night))",
                "(?:can not|could not|will not|unable to) (?:settle|sleep|concentrate|relax|focus|function|rest"
                        + "|calm down|eat) {w6}(?:until|unless|till) {w4}(?:text\\w*|call\\w*|repl\\w*"
                        + "|respond\\w*|hears? back|answer\\w*|comes? home|is home|gets? home|make up|makes? up"
                        + "|made up)",
                "(?:can not|could not|will not|unable to) (?:settle|sleep|rest|calm down) {w3}(?:until|unless|till"
                        + "|without) (?:her |his |their |the )?(?:{PERSON})");
        cue(AMBIVALENT, "waiting at the window", WEAK, true, "waiting (?:at|by) the (?:window|door|phone)");
        cue(AMBIVALENT, "jealousy", STRONG, true,
                "jealous\\w*|possessive|accus\\w* {w3}(?:of )?(?:cheating|flirting|seeing someone|an affair)");
        cue(AMBIVALENT, "apologising to placate", WEAK, true,
                "apologiz\\w* {w2}(?:at length|over and over|again and again|repeatedly|profusely|constantly"
                        + "|endlessly|excessively|all the time|for everything|for existing)|sends? {w3}apologies"
                        + "|apologiz\\w* for (?:going on"
                + "|being (?:a )?(?:burden|nuisance|pain|needy|too much)|taking up|bothering|existing|talking too"
                + " much|calling|texting|crying)");
        // The pattern's names and the client's own words for it.
        cue(AMBIVALENT, "named", STRONG, true,
                "ambivalen\\w*(?! about| towards?)|anxious(?:ly)? attach\\w*|anxious (?:preoccupied|ambivalent"
                        + "|resistant)|preoccupied (?:attach\\w*|style|state|presentation|client|pattern|with (?:him"
                        + "|her|them|the relationship|whether|where|what (?:he|she)))|attachment anxiety"
                        + "|hyperactivat\\w*|resistant attach\\w*|(?<!hates )(?<!can not stand )(?<!despises )"
                        + "(?<!no time for )\\bneedy\\b(?! people)");
        // Inconsistent care, the history that hyperactivation answers (weak).
        cue(AMBIVALENT, "inconsistent care", WEAK, true,
                "inconsisten\\w*|unpredictab\\w*|(?:came|comes|come) and (?:went|goes|gone)|in and out of"
                        + " (?:hospital|his life|her life|their lives|the picture|prison|rehab)|up and down"
                        + "|hot and cold"
                        + "|(?:some|one) (?:days?|weeks?) {w6}(?:other|others|next|gone)|when (?:she|he) was (?:around"
                        + "|there|well)|(?:warm|lovely|loving|kind|brilliant|great|fun) but (?:unpredictable"
                        + "|inconsistent"
                        + "|erratic|unreliable|depressed|moody|had|often|would|could|drank|drinking)|erratic"
                        + "|intermittent\\w*|unreliab\\w*|(?:left|walked out on|walked out) {w4}(?:came|come|coming)"
                        + " back|(?:disappear\\w*|in bed|away|gone) for (?:days|weeks|months)"
                        + "|hospitaliz\\w* (?:many|several|repeatedly|often|for (?:long|months|weeks))");

        // ---- disorganized (unresolved, controlling): fright without solution ------------------------------------
        // Approach and avoidance together (Main and Solomon index II): runs to the carer, then freezes or turns away.
        cue(DISORGANIZED, "approach then flight", STRONG, true,
                "(?:{APPROACH})\\b{s}\\b(?:then|and then|but|before|only to|yet|while|suddenly|halfway|midway|and)"
                        + "\\b{s}\\b{NN}(?:{AVOIDF})",
                "(?:{AVOIDF})\\b{s}\\b(?:then|and then|but|yet|while|before)\\b{s}\\b{NN}(?:{APPROACH})",
                "(?:{APPROACH}) {w4}with (?:his|her|their) (?:head|face|eyes|gaze|back) (?:turned|averted|away"
                        + "|down)|(?:walks?|walked|comes?|came|moves?|moved|approach\\w*|crawls?|crawled) {w3}backwards"
                        + "|backs? (?:towards?|up to|into) (?:her|him|them|{CARER})",
                "(?:{AVOIDF}|screams?|screaming) (?:if|when|whenever|as) {w3}(?:touched|held|hugged|approached|(?:i"
                        + "|we) (?:move|moved"
                        + "|lean|leaned|reach|reached|get|got) (?:toward|towards|closer|forward|in|near)|(?:she|he"
                        + "|{CARER}|anyone|someone|people|staff) (?:comes?|came|walks?|walked|gets?|got|goes) (?:in"
                        + "|near"
                        + "|close|towards))",
                "(?:drawn to|wants?|loves?|seeks?|needs?) (?:her|him|them|me) {w3}(?:and|but|yet) (?:also )?"
                        + "(?:afraid|scared|frightened|terrified) of (?:her|him|them|me)");
        // Contradictory behaviour in sequence: alternating closeness and attack or hiding.
        cue(DISORGANIZED, "contradictory behaviour", STRONG, true,
                "(?:alternat\\w*|swing\\w*|flip\\w*|oscillat\\w*|switch\\w*|veer\\w*|lurch\\w*|either) (?:between"
                        + "|from)?\\b{s}\\b(?:cling\\w*|closeness|close|cuddl\\w*|affection\\w*|intimacy|hugging"
                        + "|sitting (?:right )?against|needing|loving|adoring|intrusive|kiss\\w*|smother\\w*|lap)\\b{s}"
                        + "\\b(?:{ATTACK})",
                "one (?:minute|moment|second)\\b{s}\\b(?:{CLOSE})\\b{s}\\bthe next\\b{s}\\b(?:{ATTACK}|running off)",
                "(?:rigid|still|frozen|silent|staring|blank|vacant)\\b{s}\\b(?:then )?suddenly\\b{s}\\b(?:{CLOSE}"
                        + "|clings?"
                        + "|grabs?)",
                "(?:{CLOSE})\\b{s}\\b(?:suddenly|out of nowhere|the next (?:minute|moment)|other times|at other times"
                        + "|without warning|in seconds|seconds later|minutes later)\\b{s}\\b(?:{ATTACK})",
                "(?:goes|going|went|switch\\w*|flip\\w*|swing\\w*|changes?|changing) from {w4}(?:{CLOSE}|calm|lovely"
                        + "|cuddly|sweet as pie)\\b{s}\\bto {w3}(?:{ATTACK}|rag\\w*|violent|screaming)",
                "(?:{APPROACH}|needing|needs) {w3}(?:and|while|yet) {w3}(?:push\\w*|kick\\w*|hit\\w*|fighting"
                        + "|hiding) {w4}(?:in the same|at the same) (?:minute|breath|moment|instant|time)");
        // Freezing, stilling, dazed expression, lapses mid-sentence (index V, VI; AAI lapses).
        cue(DISORGANIZED, "freezing or dazed", STRONG, true,
                "freez(?:es|ing)|froze|(?:is|was|goes|went|stood|stands|sits|sat|lay|lies|seems|looked|looks) frozen"
                        + "|frozen (?:to the spot|in place|still|with fear|stiff|on the spot)|(?:stands?|stood|sits?"
                        + "|sat"
                        + "|lies?|lay) (?:there )?(?:very |completely |totally"
                        + " |stock |dead )?still|(?:stands?|stood) there staring|(?:goes|go|went|going|gone|becomes?"
                        + "|became) (?:very |completely |totally"
                        + " |really |deathly )?(?:still|limp|blank|glassy|vacant|glazed|motionless|dead still"
                        + "|absent|flat)|stops? (?:moving|dead)|stopped (?:moving|dead)|stock still|(?:face|eyes"
                        + "|expression) (?:goes|went|go|going|gone) (?:blank|vacant|dead|glassy|empty|flat)|blank"
                        + " (?:stare|look|expression|face)|stares? (?:into space|into the distance|blankly"
                        + "|vacantly|at the (?:wall|corner|ceiling)|(?:straight |right )?through (?:me|her|him|them)"
                        + "|at (?:a |the )?wall)"
                        + "|staring (?:into space|into the distance|blankly|vacantly|at (?:the |a )?(?:wall|corner"
                        + "|ceiling)|(?:straight |right )?through (?:me|her|him|them))|stared (?:into space|blankly"
                        + "|at the (?:wall|corner"
                        + "|ceiling))|glassy|glazed|vacant|dazed|trance\\w*|disoriented|disorientated|stilling"
                        + "|(?:stops?|stopped|stopping) mid (?:sentence|word|play|movement|stride)|mid sentence"
                        + "|(?:mind|head) (?:goes|went|go) (?:blank|empty)|(?:blanks?|blanked|blanking) out"
                        + "|frozen watchfulness|motionless|confused about (?:which|what) (?:year|day|time|place) it is"
                        + "|(?:does not|did not) know (?:what|which) (?:year|day) it (?:is|was)|(?:not|stops?"
                        + "|stopped) respond\\w* to (?:her|his|their) name"
                        + "|unresponsive (?:to|when)|(?:does not|did"
                        + " not) respond to (?:her|his|their) name|stares? for (?:a )?(?:long time|minutes|ages"
                        + "|a while)"
                        + "|staring for (?:a )?(?:long time|minutes|ages|a while)");
        // Dissociation: absences, lost time, no memory of the session (unresolved trauma).
        cue(DISORGANIZED, "dissociation", STRONG, true,
                "(?:loses?|lost|losing) (?:whole )?(?:bits|chunks|parts|stretches) of (?:the )?(?:night|day|time"
                        + "|session)"
                        + "|dissociat\\w*|depersonaliz\\w*|derealiz\\w*|(?:zones?|zoned|zoning|spaces?|spaced|spacing"
                        + "|tunes?"
                        + "|tuned|tuning) out|spacey|(?:loses?|lost|losing) (?:time|hours|chunks of time)|fugue"
                        + "|out of (?:her|his|their|my) body|(?:as if|like|as though) (?:she|he|they) (?:is|are|was"
                        + "|were) (?:not )?(?:really )?(?:there|present|here|somewhere else|far away|in a dream)"
                        + "|(?:can not|could not|does not|do not|did not) (?:remember|recall) (?:what (?:happened|we"
                        + "|she|he|they|i)|the session|doing|how (?:she|he|they) got|hours|any of it|saying)"
                        + "|(?:do|does|did) not know what happened|no (?:memory|recollection) of (?:what|doing"
                        + "|saying|how)|(?:bruises|cuts|marks) (?:she|he|they) can not explain|amnesi\\w*"
                        + "|gaps in (?:her|his|their) memory|somewhere else in (?:her|his|their) head|(?:can not"
                        + "|does not"
                        + "|did not|could not) (?:remember|recall|know|tell) where (?:he|she|they) (?:is|are|was|were)"
                        + "|goes? off somewhere|went off somewhere|(?:goes|go|went|going) somewhere else|no (?:memory"
                        + "|recollection|idea) (?:of )?(?:getting|going|arriving|coming|how (?:she|he|they) got)");
        // Fear of the carer (index VI): hiding when the carer comes in, afraid of the parent.
        cue(DISORGANIZED, "fear of the carer", STRONG, true,
                "(?:afraid|scared|frightened|terrified|fearful|petrified|wary) of (?:her|his|their|the) {w2}{CARER}",
                "(?:hides?|hid|hiding|cowers?|cowering|flinch\\w*|freez\\w*) {w4}(?:when|as|whenever|if) {w3}"
                        + "(?:{CARER} )?(?:she |he |they )?(?:comes?|came|walks?|walked|enters?|entered|arriv\\w*"
                        + "|approach\\w*|gets? (?:home|close|near)|reach\\w*|lean\\w*|mov\\w* (?:toward|towards"
                        + "|closer))",
                "(?:hides?|hid|hiding|runs? away|ran away) from (?:her|his|their) {CARER}");
        cue(DISORGANIZED, "absent or apprehensive", WEAK, true,
                "miles away|away with the fairies|in (?:his|her|their) own world|(?:in )?a world of (?:his|her|their)"
                        + " own|(?:eyes|gaze) unfocused"
                        + "|hand (?:over|to|covering) (?:his|her|their) (?:mouth|face)|rock(?:s|ing|ed) (?:back and"
                        + " forth|him|her|them)|rocks,|stereotyp\\w*|(?:hides?|hid|hiding) (?:in|under"
                        + "|behind) (?:the )?"
                        + "(?:wardrobe|cupboard|bed|table|couch|sofa|curtains?|closet)");
        cue(DISORGANIZED, "flinching and startle", WEAK, true,
                "flinch\\w*|startl\\w*|cower\\w*|(?:looks?|looked|seems?|seemed) (?:terrified|frightened)");
        // A carer who is both the source of fright and of comfort (fright without solution).
        cue(DISORGANIZED, "frightening carer who comforts", STRONG, true,
                "(?:{FRIGHT})\\b{s}\\b{NN}(?:{COMFORT})", "(?:{COMFORT})\\b{s}\\b{NN}(?:{FRIGHT})",
                "(?:scream\\w*|shout\\w*|yell\\w*) at (?:her|him|them),? then (?:sob\\w*|cr(?:y|ies|ied)|cuddl\\w*"
                        + "|hug\\w*|apologiz\\w*)");
        // Frightening or frightened caregiving (Main and Hesse): looming, mocking distress, startling the child.
        cue(DISORGANIZED, "frightening caregiving", STRONG, true,
                "laugh\\w* at (?:him|her|them|the baby) when {w3}cr\\w*|startl\\w* (?:him|her|them|the baby)|looming"
                        + "|loom\\w* (?:over|close)|tickl\\w* (?:him|her|them) until (?:he|she|they) cr|(?:screams?"
                        + "|screamed|yells?|shouts?) (?:at|in) (?:his|her|the baby's) face|(?:frightening"
                        + "|frightened|threatening) (?:behavior|parenting|caregiving|carer|mother|father|parent)"
                        + "|(?:mother|father|mum|mom|dad|parent|carer|caregiver) (?:is|was|seems|seemed) (?:both )?"
                        + "(?:frightened|frightening|terrifying|scary) (?:and|of|by)|(?:mother|father|mum|mom|dad"
                        + "|parent"
                        + "|carer|caregiver) {w3}(?:becomes?|became|gets?|got|seems?|seemed|looks?|looked|is|was)"
                        + " (?:frightened|scared|afraid|terrified|panicky) (?:and \\w+ )?(?:when|of|by)");
        cue(DISORGANIZED, "frightening history", WEAK, true,
                "domestic violence|\\bdv\\b|psychos\\w*|violen\\w* (?:towards?|against|to) (?:her|his|their) {CARER}"
                        + "|(?:beat\\w*|hit|hits|hitting|assault\\w*|strangl\\w*|chok\\w*)"
                        + " (?:his |her |the )?(?:mother|mum|mom|wife|partner|mam)|heavy drinker|police call outs"
                        + "|(?:was|were|being|been) (?:sexually |physically |badly )?"
                        + "(?:abused|beaten|molested|assaulted) by"
                        + " (?:her|his|their) {w2}(?:{CARER}|ex|partner|husband|boyfriend|uncle|brother)"
                        + "|(?:stepdad|stepfather|father|dad|mother|mum|mom|uncle|ex|partner) {w3}(?:abused|beat"
                        + "|hit|raped|molested) (?:her|him|them)|(?:childhood|sexual|physical) abuse|abusive"
                        + " (?:father|mother|parents?|ex|partner|stepfather|stepdad|home|relationship)|violent"
                        + " (?:father|mother|dad|mum|mom|home|household|stepfather|stepdad|partner|ex)|(?:father"
                        + "|mother|mum|mom|dad|partner|stepdad) (?:was|were|is) {w2}(?:violent|abusive|terrifying"
                        + "|frightening)|(?:father|mother|mum|mom|dad|stepdad) {w3}beating");
        // Role reversal: the child bosses or parents the parent (controlling-punitive, controlling-caregiving).
        cue(DISORGANIZED, "role reversal", STRONG, true,
                "(?:boss\\w*|orders?|ordered|ordering) {w3}(?:around|about)|(?:bosses|orders|tells|telling"
                        + "|told) (?:her|his|their)"
                        + " {CARER} (?:what to do|where to|when to|how to|off)|role revers\\w*|(?:as if|like)"
                        + " (?:she|he|they) (?:were|was|is|are) the (?:parent|adult|grown up|carer|mum|mother)"
                        + "|controlling (?:punitive|caregiving|caretaking|and punitive)|(?:like )?a little (?:old man"
                        + "|old"
                        + " woman|adult|parent|mother|mum|carer|grown up)|punitive (?:towards?|with)"
                        + " (?:her|his|their) {CARER}|humiliat\\w* (?:her|his|their) {CARER}");
        cue(DISORGANIZED, "parenting the parent", WEAK, true,
                "cooks? for (?:his|her|their) {CARER}|cleans? up after (?:her|him|his|their)|tells? (?:her|him|his"
                        + "|their)"
                        + " (?:{CARER} )?to take (?:her|his|their) (?:tablets|pills|meds|medication)"
                        + "|parentifi\\w*|(?:looks? after|looked after|looking after|takes? care of|comforts?"
                        + "|comforting"
                        + "|fuss\\w* over|sooth\\w*|protects?|protecting) (?:her|his|their) {w2}(?:mum|mom|mam|mother"
                        + "|dad|father|parents?)");
        // Collapse (index V): dropping to the floor, going limp.
        cue(DISORGANIZED, "collapse", STRONG, true,
                "(?:drops?|dropped|dropping|falls?|fell|falling|sinks?|sank|slumps?|slumped|collaps\\w*|crumples?"
                        + "|crumpled) (?:down )?(?:to|on|onto|in) (?:the )?(?:floor|ground|a heap|her knees|his knees)"
                        + "|goes limp|went limp|curl\\w* up (?:on|in) (?:the )?(?:floor|ground|a ball|the corner)"
                        + "|lies? (?:face down|prone|motionless)|lay (?:face down|prone"
                        + "|motionless)");
        // Unresolved loss or trauma in speech: the dead spoken of as alive, laughing while telling of terror.
        cue(DISORGANIZED, "unresolved in speech", STRONG, true,
                "as if (?:he|she|they) (?:were|was|is|are) still (?:alive|here|around|in the (?:next )?room"
                        + "|in the house"
                        + "|coming)|(?:talks?|speaks?|talking) (?:about|of|to) (?:her|his|their) (?:late|dead"
                        + "|deceased) \\w+"
                        + " as if|unresolved (?:loss|trauma|grief|mourning"
                        + "|state|attachment)|lapses? in (?:monitoring|reasoning|discourse)|(?:loses?|lost) (?:track"
                        + "|the thread) mid|(?:laughs?|laughing|laughed|smil\\w*|giggl\\w*) (?:while|when|as)"
                        + " (?:describing|talking about|telling|recounting|(?:she|he|they) describes?)"
                        + "|(?:both )?knew and did not know|(?:cheerful|laughing|smiling|giggling|bright|breezy|jokey)"
                        + " (?:voice|tone|manner|way)|(?:odd|strange|weird|inappropriate|fixed|frozen|eerie) (?:grin"
                        + "|smile|laugh|giggle)");
        cue(DISORGANIZED, "sudden unexplained switches", WEAK, true,
                "(?:suddenly|out of nowhere|without warning|for no (?:apparent )?reason) (?:angry|enraged|furious"
                        + "|violent|aggressive|switch\\w*|screams|attacks|lashes out)|no idea why|(?:do|does|did)"
                        + " not know (?:why|what came over)");
        // The pattern's names.
        cue(DISORGANIZED, "named", STRONG, true,
                "disorganiz\\w*|fearful (?:avoidant|attach\\w*)|controlling (?:punitive|caregiving)"
                        + "|frightened (?:and|or) frightening|frightening (?:and|or) frightened|unresolved"
                        + " disorganiz\\w*|type d\\b|disoriented attachment");
    }

    /** Sentences showing organised, secure behaviour; the insecure cues in such a sentence do not count. */
    static final Pattern SECURE = compile(
            "(?:easily|quickly|soon|readily|promptly) (?:settled|soothed|comforted|calmed|reassured|consoled)"
                    + "|(?:settles|settled|calms|calmed|soothed|comforted) (?:quickly|easily|soon|fast|well"
                    + "|down quickly|right"
                    + " away|straight away)|is comforted|(?:greets?|greeted) \\w+ (?:warmly|happily|with a smile)"
                    + "|(?:glad|happy|pleased) to see|(?:asks?|asked) for help when|(?:turns?|turned|goes|went|runs?"
                    + "|ran|comes?|came|reaches?|reached) (?:to|for) (?:his |her |their |the )?(?:{CARER}|her|him"
                    + "|them|me|us|friends|family|partner|husband|wife|sister|brother|teacher|\\w+'s) {w2}(?:when"
                    + "|if|whenever) {w4}(?:startl\\w*|frightened|scared|afraid|upset|hurt"
                    + "|frustrated|scared|sad|worried|distressed|stuck|hard|tough|difficult|struggl\\w*)"
                    + "|(?:leans?|leaning|leaned|relies?|relied|relying) on (?:her|his|their|them|friends|family|\\w+"
                    + " and)|accepts? (?:comfort|support|help|reassurance)|talked (?:it|things) through with"
                    + "|warmth and balance|(?:balanced|coherent) (?:account|narrative|picture)|(?:good|solid"
                    + "|strong|close|warm|supportive|healthy|lovely) (?:relationships?|friendships?|support|marriage"
                    + "|bond|family|network|friend circle)|trusts? that|without distress|lets? (?:herself|himself"
                    + "|themselves) cry|says what (?:she|he|they) needs?|securely attached|secure (?:attachment|bond)"
                    // a protest reported as over: "cried at drop-off for the first week"
                    + "|(?:for|in|during) the first (?:few )?(?:days?|weeks?|month)|settled (?:in )?(?:well|quickly)"
                    + "|(?:runs?|ran|comes?|came|goes|went) (?:to|up to) (?:her|him|them|{CARER}) {w3}with a (?:big )?"
                    + "(?:hug|smile|cuddle)");

    private BehaviourCues() {
    }

    static List<Indicator> indicators() {
        return Collections.unmodifiableList(INDICATORS);
    }

    private static void cls(String name, String alternatives) {
        CLASSES.put(name, expand(alternatives));
        SOURCES.add(alternatives);
    }

    private static void cue(String slug, String name, int weight, boolean affirmative, String... templates) {
        for (String t : templates) {
            SOURCES.add(t);
            INDICATORS.add(new Indicator(slug, name, weight, compile(t), affirmative));
        }
    }

    static Pattern compile(String template) {
        return Pattern.compile("\\b(?:" + expand(template) + ")(?!\\w)");
    }

    private static String expand(String template) {
        Matcher m = MACRO.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String with;
            if (name.equals("s")) {
                with = "[^.!?]*?";
            } else if (name.equals("NN")) {
                with = "(?<!\\bnot )(?<!\\bnever )(?<!\\bno )(?<!\\bwithout )(?<!\\bhardly )(?<!\\bbarely )";
            } else if (name.startsWith("w")) {
                with = "(?:[\\w'/]+,? ){0," + name.substring(1) + "}";
            } else if (name.startsWith("g")) {
                with = "(?:(?!(?:he|she|they|i|we|you|it)\\b)[\\w'/]+ ){0," + name.substring(1) + "}";
            } else {
                String cls = CLASSES.get(name);
                if (cls == null) {
                    throw new IllegalStateException("no word class " + name);
                }
                with = "(?:" + cls + ")";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(with));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern LITERAL = Pattern.compile("(?<![\\\\a-z])([a-z]{4,})(\\\\w|\\[|\\(\\?:)?");

    /** Whole key words of the cues: a typo one edit from one of these is mended to it. */
    static Set<String> keyWords() {
        return words(false);
    }

    /** Key word beginnings ("reassur" of reassur\w*): a typo in them is mended too. */
    static Set<String> keyStems() {
        return words(true);
    }

    private static Set<String> words(boolean stems) {
        Set<String> out = new HashSet<>();
        for (String source : SOURCES) {
            Matcher m = LITERAL.matcher(source.replaceAll("\\{[A-Za-z0-9]+\\}", " "));
            while (m.find()) {
                boolean stem = m.group(2) != null;
                if (stem == stems) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }
}
