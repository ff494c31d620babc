package org.securebase.tags;

import static org.securebase.tags.BehaviourCues.AMBIVALENT;
import static org.securebase.tags.BehaviourCues.STRONG;
import static org.securebase.tags.BehaviourCues.WEAK;

/**
 * The ambivalent (preoccupied, resistant) pattern's indicators: hyperactivated attachment. Evaluated in the order
 * written, after the avoidant ones and before the disorganized ones.
 */
final class AmbivalentCues extends CueTable {

    AmbivalentCues() {
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
                        + "|them|me)",
                "ask\\w* {w8}(?:whether|if) (?:i am|i will|you are|you will|we are) (?:still |getting )?(?:tired of"
                        + "|sick of|bored of|fed up with|going to forget|leaving|still be)",
                "will (?:u|you) still be (?:here|there|around)|(?:i would|i will|you would|you will) forget (?:her|him"
                        + "|them|me)",
                "(?:constantly|always|keeps?|kept) (?:checking|asking) (?:if|whether) (?:i|you|he|she|they) (?:still )?"
                        + "(?:like|likes|love|loves|care|cares|want|wants)");
        // Approach and rejection in one relationship (the resistant infant's contact-seeking and anger): flooding
        // then blocking, "wants me close then says I'm smothering her", falls apart when he leaves, fights when home
        // Contact sought and resisted in the same breath (Ainsworth's C: anger mixed with contact-seeking).
        cue(AMBIVALENT, "angry yet seeking contact", STRONG, true,
                "(?:sends?|sent|texts?|texted|messages?|calls?|called) {w4}(?:\\d+|dozens of|fifty|twenty|thirty"
                        + "|countless) {w3}(?:then|and then),? (?:blocks?|blocked|ignores?|ignored|says?|dumps?|ghosts?)",
                "(?:feels?|felt) (?:dropped|abandoned|rejected|forgotten) {w8}(?:then|and then|but then) {w4}"
                        + "(?:smother\\w*|too much|push\\w* (?:me|him|her|them) away|need (?:space|air))",
                "when (?:he|she|they) (?:leaves?|is away|goes away|goes) (?:she|he|they) (?:falls? apart|panics?"
                        + "|breaks? down){w8}when (?:he|she|they)(?: is|'s| are| am)? (?:home|back) (?:she|he|they)"
                        + " (?:picks? fights?|is (?:cold|furious|angry)|rages?|ignores? (?:him|her|them))",
                "push\\w* (?:him|her|them|me) away (?:the moment|as soon as|when(?:ever)?) (?:he|she|they|i) {w3}"
                        + "(?:comes?|came|gets?|got) (?:close|closer|near)",
                "(?:hot n cold|hot and cold|hot-and-cold)",
                "(?:dms?|texts?|messages?|follows?|calls?|rings?) (?:me|him|her|them),? then (?:unfollows?|blocks?|ignores?"
                        + "|ghosts?|unfriends?|deletes?)",
                "(?:cancels?|cancelled|canceled) then (?:shows? up|turns? up|arrives?|comes?) early",
                "(?:tells?|told|tell) me (?:i am|im) (?:brilliant|amazing|the best|great|wonderful) then (?:says?|said"
                        + "|tells? me)",
                "alternat\\w* {w2}(?:pleading|begging|clinging|apologi\\w*|loving) and (?:accusing|raging|angry|furious"
                        + "|abusive|blaming|attacking)|(?:pleading|begging) and (?:accusing|raging|blaming)",
                "(?:{ANGRY2})\\b{s}\\b(?:then|but then|only to|before|and then|yet)\\b{s}\\b{NN}(?:{SEEKC})",
                "(?:{SEEKC})\\b{s}\\b(?:then|but then|only to|and then|yet)\\b{s}\\b{NN}(?:{ANGRY2})",
                "(?:tearful|crying|clingy) and (?:angry|furious|cross) (?:by turns|in turn)|(?:angry|furious|cross)"
                        + " and (?:tearful|crying|clingy) by turns");
        // Hypervigilance to the figure's availability and mood: tracking, checking, turning up, waiting.
        cue(AMBIVALENT, "availability monitored", STRONG, true,
                "(?:to|just to) check (?:if |that |whether )?(?:she|he|they|you)(?: is|'s| are|s)? still (?:there|here"
                        + "|around|coming|alive)",
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
    }
}
