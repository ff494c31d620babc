package org.securebase.tags;

import static org.securebase.tags.BehaviourCues.DISORGANIZED;
import static org.securebase.tags.BehaviourCues.STRONG;
import static org.securebase.tags.BehaviourCues.WEAK;

/**
 * The disorganized (unresolved, controlling) pattern's indicators: fright without solution. Evaluated in the order
 * written, after the avoidant and ambivalent ones.
 */
final class DisorganizedCues extends CueTable {

    DisorganizedCues() {
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
                        + "(?:afraid|scared|frightened|terrified) of (?:her|him|them|me)",
                "asks? (?:me )?to (?:hold (?:her|his|their) hand|sit (?:close|closer)|come closer|hug (?:her|him|them)),?"
                        + " (?:and )?then (?:screams|panics|pulls away|freezes|hits|lashes out)");
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
                        + "|hiding) {w4}(?:in the same|at the same) (?:minute|breath|moment|instant|time)",
                "(?:flips?|flipping|swings?|swinging|switches|switching|oscillat\\w*|lurch\\w*) between {w6}"
                        + "(?:stay|close|cling|hug|sit\\w* (?:on|in|next)|ask\\w* to stay)\\w*(?: [\\w']+){0,6} and "
                        + "(?:storm\\w*|run\\w*|hid\\w*|kick\\w*|hit\\w*|bolt\\w*|scream\\w*|walk\\w* out)",
                "goes from (?:sitting|being|clinging|hugging|cuddling)\\b(?: [\\w']+){0,5} to (?:hiding|running|kicking"
                        + "|hitting|screaming|cowering|bolting)",
                "(?:hugging|cuddling|clinging to|holding) (?:me|her|him|them)(?:,)? (?:and )?then (?:kicking|hitting|biting"
                        + "|scratching|pushing|screaming)",
                "unable to (?:leave|go) or (?:come|step) (?:up|in|closer|forward)|(?:neither|not) (?:leave|leaving) nor"
                        + " (?:come|coming) (?:in|up|closer)",
                "(?:the only one|the only person|only one) (?:he|she|they) trusts?,? then {w6}(?:no[ -]?shows?|disappears?"
                        + "|vanishes|ghosts?|goes missing)");
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
                        + "|staring for (?:a )?(?:long time|minutes|ages|a while)",
                "(?:curled|curls) up {w4}(?:shaking|trembling|rocking)|(?:stays?|stayed|goes|went|is) frozen"
                        + "|freezes? when (?:a|the) (?:door|voice|noise|truck|car)");
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
                        + "|hug\\w*|apologiz\\w*)",
                "the (?:person|one) who (?:rescued|comforted|saved|protected|looked after|held) (?:her|him|them|me)"
                        + " and the (?:person|one) who (?:locked|hit|beat|hurt|frightened|scared|terrified|left)");
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
}
