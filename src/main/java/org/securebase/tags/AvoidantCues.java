package org.securebase.tags;

import static org.securebase.tags.BehaviourCues.AVOIDANT;
import static org.securebase.tags.BehaviourCues.STRONG;
import static org.securebase.tags.BehaviourCues.WEAK;

/**
 * The avoidant (dismissing) pattern's indicators: deactivated attachment, self-reliance, distance, minimising.
 * Evaluated in the order written, before the ambivalent ones. Besides the literature's terms, each indicator holds
 * the words members quote their clients in, read off the evaluation vignettes ("always managed alone", "me nuh need
 * no counsellin", "talks about the weather and cattle prices", "tells it like a weather report").
 */
final class AvoidantCues extends CueTable {

    AvoidantCues() {
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
                        + "|on (?:his|her|their|my) own|by (?:him|her|them|my)self)",
                "(?:always|had to|learned to|learnt to) (?:manage[ds]?|managing|cope[ds]?|coping|get by|fend for (?:him"
                        + "|her|them|my)self)(?: (?:alone|on (?:my|his|her|their) own|by (?:him|her|them|my)self))?",
                "(?:does not|do not|did not|never) (?:really )?need (?:therapy|counsel\\w*|a therapist|to talk|people)",
                "(?:a man|a woman|men|real men) (?:does not|do not) (?:carry|bring|talk about|share) (?:his|her|their)"
                        + " (?:troubles|problems|worries|feelings)",
                "(?:nuh|no|do not|does not|dont|doesnt|did not|never) need (?:no |any )?(?:counsel\\w*|therapy|help"
                        + "|talking|nobody|no one)",
                "(?:super|very|really|so|ever so|always been|always) independent");
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
                        + " (?:people|anyone|others|you) with",
                "no use crying|(?:her|his|their) (?:problem|wahala|issue|drama|business),? not mine",
                "what (?:does )?(?:she|he|they) (?:want|wants|expect\\w*) me to (?:talk|say) about",
                "(?:tells?|told|telling|speaks? of|spoke of|talks? about|talked about|describes?|described|recounts?"
                        + "|recounted) {w4}(?:like|as if (?:it were|reading)|as) (?:a|an) (?:weather report|case report"
                        + "|news report|report|shopping list|police report|lecture|business meeting|spreadsheet|briefing)",
                "(?:talks?|talked|speaks?|spoke) about (?:his|her|their) (?:own )?feelings in the third person"
                        + "|(?:speaks?|talks?) only (?:about|of) facts",
                "(?:no one|not one|not much|never one) for talking|what use is talking|(?:does not|do not|did not)"
                        + " need talking|no use (?:in )?talking",
                "(?:men|lads|fellas|guys|boys|we) (?:do not|dont|don't|never) talk about (?:feelings|their feelings"
                        + "|emotions|that stuff|that sort of thing)",
                "raised (?:him|her|them) (?:\\\"|\")?to be (?:tough|strong|hard)");
        cue(AVOIDANT, "all is fine", WEAK, true,
                "i am good|(?:i am|it is|it was|doing|turned out|got on|all|grew up|was) (?:fine|grand|ok|okay|alright"
                        + "|all right)\\b"
                        + "|(?:does|did) not matter|nothing to report|(?:just )?(?:got|gets|get|getting) on with (?:it"
                        + "|things)"
                        + "|not my (?:business|problem)|(?:head|mood|everything|life) (?:is|was) (?:grand|fine)"
                        + "|coping (?:fine"
                        + "|well|ok|okay)|right as rain|(?:is|am|was) over it|(?:absolutely|totally|perfectly"
                        + "|completely) fine|(?:has|have"
                        + "|had|just) moved on",
                "(?:keeps?|kept|always) (?:saying|says|insist\\w*) (?:that )?(?:he|she|they|it) (?:is|are|was) (?:fine"
                        + "|ok|okay|good|all good|alright)|all good(?: mate)?",
                "she(?:'ll| will|s|'s)? be right|shes right|no worries mate");
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
                        + "|technical|admin\\w*|engineering|management) (?:problem|issue|exercise|matter|task)",
                "(?:answers?|answered) (?:every|any|each) (?:feelings? )?(?:q|questions?)\\b",
                "(?:talks?|talked) about (?:anything|everything) but|anything but (?:her|him|them|the loss|feelings)",
                "(?:talks?|talked|talking) about the (?:weather|cattle|crops|football|rugby|sport|news|prices|traffic)");
        cue(AVOIDANT, "illness or loss carried alone", STRONG, true,
                "(?:managed|handled|dealt with|coped with|went through|carried) (?:a|an|the|his|her|their) [\\w' -]{0,40}"
                        + "(?:diagnosis|illness|cancer|loss|grief|divorce|surgery|treatment|miscarriage|death) alone");
        // Withdrawal from a partner's distress: the pursue-withdraw couple's withdrawer
        cue(AVOIDANT, "withdraws from distress", STRONG, true,
                "(?:leaves?|left|leave|walks? out|walked out|heads? out|headed out|goes out|went out|goes quiet"
                        + "|disappears?|disappeared) {w6}(?:when(?:ever)?|as soon as|every time) (?:she|he|they|his"
                        + " wife|her husband|(?:his|her|their) partner) (?:cries|cry|cried|gets upset|got upset|is upset"
                        + "|starts crying|asks where)",
                "when (?:she|he|they|his wife|her husband|(?:his|her|their) partner) (?:cries|cry|cried|is upset|gets"
                        + " upset|got upset|starts crying) {w6}(?:checks? (?:his|her|their) phone|offers? (?:a )?solutions?"
                        + "|leaves?|left|changes the subject|goes quiet|went quiet|walks out|walked out|looks away)");
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
    }
}
