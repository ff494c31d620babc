package org.securebase.risk;

import static org.securebase.risk.LanguageClasses.any;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is positively known to be safe, by framing class. Idioms are removed from the text before any cue looks at it.
 * Quoted words attributed to someone else are taken out of the writer's own voice. The other frames excuse a cue only
 * in the clause it sits in ({@link #selfClauseFrame}), or near it ({@link #JOKE}), so "as a trainer I teach risk
 * assessment, and I want to die" still flags. A joke marker never excuses a plan, preparations or an attempt.
 */
final class SafeFraming {

    private SafeFraming() {
    }

    /** Fixed idioms that use the words of death without meaning it ("dying to know", "kill your darlings"). */
    static final Pattern IDIOMS = Pattern.compile("\\b" + any("(?:the )?(?:death|end) of me", "dying (?:to|for)\\b",
            "(?:dead|deathly) (?:tired|set|serious|on (?:my|our|their|his|her) feet|beat|ringer|end|loss|heat|"
                    + "centre|center|giveaway|to the world|of night|of winter|quiet|boring|easy|last)",
            "deadlines?",
                    "kill(?:s|ing|ed)? (?:for|time|two birds|the mood|the vibe|the lights|the engine|the process|"
                            + "your darlings|my darlings|your babies)",
            "(?:is|are|was|were|it's|its|that's|this is|they're|you're|'s) killing (?:me|us|it)", "killing it",
                    "killed it", "to die for",
            "(?:bored|scared|worried|frightened|tickled|loved?|love (?:it|them|him|her)) to death", "part of me died",
                    "drop(?:ped)? dead(?: gorgeous)?",
            "(?:nearly|almost|could have|could've|i|we) died (?:laughing|of (?:laughter|embarrassment|shame|cringe))",
            "(?:dying|die|died) of (?:laughter|embarrassment|shame|cringe|curiosity|boredom)", "over my dead body",
                    "(?:would|'d) kill to",
            "could (?:murder|kill) (?:a|an|for)", "ma(?:k|d)e a killing",
            "(?:battery|phone|laptop|wifi|wi-fi|internet|computer|printer|car|plant|plants|brain|mic|microphone|"
                    + "camera|zoom|signal|connection|tablet|server)(?: has| is| just)? (?:died|dead|dying)",
            "killer (?:workshop|training|talk|session|app|idea|heels|combo|question)",
                    "i could (?:just )?die\\b(?! if)",
            "(?:that|this|the) (?:joke|meme|post|comment|video|line|bit|story) (?:killed|kills|slayed) me",
                    "(?:i'm|i am) dead\\b(?! inside| serious)",
            "jump(?:s|ed|ing)? at the chance", "jump(?:s|ed|ing)? (?:on|into) the (?:call|bandwagon|queue|zoom)",
                    "jump(?:s|ed|ing)? through hoops",
            "jump(?:s|ed|ing)? ship", "jump(?:s|ed|ing)? the gun",
                    "jump(?:s|ed|ing)? in(?:to)? (?:with|the conversation|feet first)",
            "buried (?:under|in) (?:\\w+ )?(?:paperwork|referrals|notes|work|emails|admin|reports|marking|laundry)",
                    "put (?!myself)(?:\\w+ ){0,2}to sleep",
            "put (?:\\w+ )?down\\b(?= (?:at|by|after|last|yesterday|today|this))", "assisted dying",
                    "end[- ]of[- ]life", "right to die",
            "(?:death|dying) with dignity", "medical assistance in dying", "dead poets", "dead end", "dead link",
                    "dead zone", "dead air",
            "graveyard shift", "bury the hatchet", "(?:death|dead) warmed (?:up|over)",
            // exhaustion told as a near miss: "the notes audit nearly finished me off"
            "(?:nearly|almost|practically|just about) (?:finished|did) me (?:off|in)", "shoot (?:me |you )?(?:an? )?(?:email|message|dm|text|line)",
                    "shot in the dark", "long shot",
            "hang(?:ing)? in there", "get the hang",
                    "(?:disappear|sink|vanish)(?:ed|ing)? (?:into|through) the (?:floor|ground)",
            "ground to swallow me(?: up)?", "(?:will|gonna|going to) be the end of me",
                    "murder(?:ing)? (?:a|the) (?:song|curry|pizza|burger)",
            "(?:diving|springboard) board",
            // tiredness, a thrashed-out topic, a teenager's hyperbole, a dose for a symptom, a jump for fun
            "running on (?:empty|fumes)", "flog(?:s|ged|ging)? (?:\\w+ ){0,3}to death", "(?:flog|flogging|beat|beating)"
                    + " a dead horse", "dead horse", "literally (?:dying|dead|died)\\b(?! inside)",
            "took (?:a|one|two|three|a couple of|\\d+) (?:paracetamol|ibuprofen|tylenol|aspirin|advil|nurofen|"
                    + "panadol|pills?|tablets?)(?: \\w+)? for (?:a|my|the|her|his) (?:headache|migraine|cold|flu|fever|"
                    + "pain|period|back|toothache|cramps|hangover)",
            "jump(?:s|ed|ing)? off the (?:pier|jetty|dock|boat|rocks|harbou?r wall|diving board)(?= with )",
            // hyperbole conditioned on a recurring annoyance: "i'm going to jump off a cliff if another reauth comes
            // through", "i'll kill myself if one more person asks" (a life event after "if" stays a conditional)
            "(?:going to|gonna|will|'ll) (?:jump off (?:a|the) (?:cliff|bridge|building|roof)|kill myself|"
                    + "throw myself (?:off|out of|under) (?:a |the )?\\w+|walk into the sea|drive into (?:a|the) \\w+) "
                    + "if (?:another|one more|i (?:have to|get|see|hear|read) (?:another|one more)|anyone (?:else )?"
                    + "(?:asks|says|sends|emails|tells))") + "\\b");

    /** Jokes the writer marks as jokes. */
    static final Pattern JOKE = Pattern.compile("(?:\\b" + any("lol", "lmao", "lmfao", "rofl", "haha\\w*", "hehe\\w*",
            "jk", "kidding", "joking", "jokes?", "jest", "figuratively", "not literally", "tongue[- ]in[- ]cheek",
            "dark humou?r", "gallows humou?r", "no one panic", "nobody panic", "don't panic",
            "i'm (?:fine|ok|okay),? (?:just|really|promise|honestly|lol)", "promise i'm fine", "hyperbole",
            "exaggerating") + "\\b|j/k|/s\\b|\\(i'm fine|[\\x{1F602}\\x{1F923}\\x{1F605}\\x{1F643}])");

    /** Sincerity cancels a joke marker: "I used to joke about it and now I'm not joking". */
    static final Pattern SINCERE = Pattern.compile("\\b" + any("not (?:joking|kidding)", "no joke", "isn't a joke",
            "not a joke", "i mean it", "i'm serious", "seriously though", "genuinely", "for real",
            "not being dramatic", "not in a dramatic way", "nobody can tell the difference", "not really a joke",
            "isn't really a joke", "(?:only |half[- ])joking", "not entirely joking", "not (?:a|really a) joke anymore",
            "stopped being a joke", "not lol",
            // assessment words turned on oneself: "is that passive ideation? asking for myself, not a client"
            "(?:asking|this is|it's) (?:for|about) (?:myself|me)", "not (?:for|about) a client") + "\\b");

    /** A present contrast that reopens a past frame in its sentence: "...and now", "again", "still", "lately". */
    static final Pattern PRESENT_AGAIN = Pattern.compile("\\b" + any("(?:and|but) now", "now i'm", "these days",
            "lately", "again", "still", "not joking") + "\\b");

    /** Research, statistics, training and media: the words are mentioned, not used. */
    private static final Pattern TOPIC = Pattern.compile("\\b" + any("research(?:ers?)?(?![a-z])", "stud(?:y|ies)",
            "papers?", "meta[- ]?analys\\w*", "literature", "evidence", "data", "statistic\\w*", "stats", "rates?",
            "journal(?: club)?", "article", "trials?", "cohort", "validity", "prevalence", "epidemiolog\\w*", "findings",
            "survey", "systematic", "training", "trainees?", "students?", "teach\\w*", "taught", "lectures?",
            "module", "exam question", "oral exam", "courses?", "cpd", "workshop", "webinar", "seminar",
            "role[- ]?play\\w*", "curriculum", "scenario", "vignette", "case study", "slides", "film", "films",
            "movie", "movies", "book", "novel", "song", "songs", "lyrics?", "album", "show", "series", "episode",
            "podcast", "documentary", "poem", "poems", "poetry", "character", "protagonist", "scene", "soundtrack",
            "radio", "netflix", "tiktok", "youtube", "tv", "memoir", "fiction", "book club", "trainer", "prevention",
            "awareness", "death cafe", "hospice", "palliative", "topic", "theme", "talk on",
            // news and reading: "piece in the irish times on farmer suicide, worth a read"
            "piece (?:in|on|about|by)", "worth a (?:read|listen|watch)", "news", "headlines?", "coverage",
            "reporting", "(?:news|media) reports?", "op-?ed", "editorial",
            // a word mentioned as a word: "the word 'suicide' appears 14 times in our policy"
            "the words?", "appears? \\d+ times",
            // postvention: groups and work with those bereaved by suicide
            "bereave\\w*", "suicide loss", "loss survivors?", "survivors? of suicide", "suicide survivors?")
            + "\\b");

    /** Assessment talk, safety plans and hypotheticals: about risk rather than risk. */
    private static final Pattern CLINICAL = Pattern.compile("\\b"
            + any("risk (?:assessment|assessments|factors?|screen\\w*|formulation|management|level)",
            "screen(?:ing|ed)?", "c-?ssrs", "columbia", "asq", "phq-?9?", "sad persons", "protective factors",
            "passive ideation", "chronic (?:passive )?ideation", "means (?:restriction|safety|counsell?ing)",
            "lethal means", "postvention", "psychoeducation", "safe messaging",
            "(?:no|denies|denied|denying) (?:current |active |present |acute )?(?:suicidal )?(?:ideation|intent|"
                    + "plan|si)",
            "not si", "no si", "safety[- ]plan\\w*", "crisis plan", "coping (?:card|plan|strategies)",
            "reasons (?:for|to) (?:living|live)", "locked (?:away|up)",
            "holding the (?:spare )?(?:medication|meds|pills|tablets)", "removed the",
            "what (?:would|do|should) (?:you|we) do if",
            "how (?:would|do|should) (?:you|we) (?:respond|handle|answer|react|ask|assess|work|teach)",
            "if a (?:client|patient|person|child|teen)", "hypothetical\\w*", "suppose",
            "imagine a (?:client|patient)", "say a client",
            // asking about it is assessment talk: "best way to ask a 10-year-old about suicidal thoughts"
            "(?:best|right|safest|safe|gentlest|gentle|good) way to (?:ask|talk|bring (?:it )?up|screen|assess|raise)",
            "ask(?:ing)? (?:a|an|my|the|her|him|them|kids?|children|teens?|clients?|someone|people|\\S+-year-olds?)"
                    + "(?: \\S+)? about (?:suicid\\w*|self-harm|ideation)") + "\\b");
    // the field's instruments applied to the writer: "my c-ssrs today would be a yes", "I'd score myself as high"
    private static final Pattern OWN_INSTRUMENT = Pattern.compile("\\b" + any("my (?:own )?(?:c-?ssrs|columbia|"
            + "phq-?9?|risk (?:assessment|level|screen)|reasons (?:for|to) (?:living|live)|safety[- ]plan|"
            + "protective factors)",
            "(?:score|rate|assess|screen) myself") + "\\b");

    /** History: past attempts and feelings, recovery. */
    private static final Pattern PAST = Pattern.compile("\\b" + any("used to", "years ago",
            "(?:\\d+|a few|two|three|four|five|six|seven|eight|nine|ten|many|several) (?:years|decades) (?:ago|"
                    + "since|on|later)",
            "in (?:19|20)\\d\\d", "back in", "back then",
            "when i was (?:a |an |young|younger|little|\\d+|in |at |sixteen|seventeen|eighteen|fifteen|fourteen|"
                    + "thirteen|twenty)",
            "as a (?:teen|teenager|kid|child|student|young)", "in my (?:teens|twenties|thirties|youth|early)",
            "history of", "(?:past|previous|prior) attempts?",
            "at (?:the age of )?\\d{1,2}(?![:.]\\d| ?(?:am|pm|o'clock|tonight|today|this|tomorrow|minutes|mins|hours))",
            "(?:she's|he's|they're|i'm) (?:\\d{1,2}|now \\d{1,2}) now", "survived", "survivor", "in recovery", "recovered",
            "it gets better", "since then", "once (?:tried|attempted|had|did)", "in the past", "long ago",
            "decades ago", "years back", "last (?:year|summer|spring|autumn|fall|winter)", "was suicidal",
            "were suicidal") + "\\b");

    /** Somebody else's death, already happened: a frame for urgent cues only. */
    private static final Pattern GRIEF = Pattern.compile("\\b" + any("died", "passed away", "passed on", "death of",
            "killed (?:in|by)", "funeral (?:of|for)", "inquest", "coroner", "bereave\\w*", "anniversary of") + "\\b");

    /** An explicit no-risk finding about someone else: "assessed, no intent", "tantrum", "figure of speech". */
    static final Pattern NO_RISK = Pattern.compile("\\b"
            + any("no (?:current |present |active |acute |imminent |immediate )?(?:risk|intent|plan|ideation|si|"
            + "danger)",
            "not si", "risk screen\\w* (?:was )?negative", "screened negative", "assessed,? no",
            "(?:was|were|been) assessed", "tantrum", "figure of speech", "not (?:meant )?literally",
            "no self-harm history", "(?:she|he|they) laughed",
            "(?:she|he|they)(?:'s| is| are|'re) (?:safe|fine|okay|ok) now", "safe now", "false alarm",
            "turned out (?:fine|to be)", "all (?:fine|good) now", "grief, not") + "\\b");

    /** Endings of therapy, where "goodbye" belongs to the work. */
    static final Pattern THERAPY_ENDING = Pattern.compile("\\b" + any("end(?:ing)? (?:of )?therapy",
            "ending (?:with|after|therapy)", "we're ending", "termination", "last session", "final session",
            "closing (?:the )?case", "discharg\\w*",
            "say(?:ing)? goodbye to (?:a |my |our |the )?(?:long-term )?(?:clients?|patients?|group)",
            "leaving the (?:practice|clinic|service|team|job)", "maternity leave", "retir\\w*", "new job", "end well")
            + "\\b");

    /** Titles and quotations that belong to someone else: a third party or a medium near the quote. */
    private static final Pattern ATTRIBUTION = Pattern.compile("\\b" + any("client", "patient", "she", "he", "they",
            "son", "daughter", "kid", "child", "teen", "boy", "girl", "mum", "mom", "dad", "widow", "supervisor",
            "someone", "colleague", "trainees?", "students?", "\\d+-?year-old", "\\d+yo", "song", "film", "movie",
            "book", "novel", "poem", "title", "radio", "show", "group", "wrote a", "called", "titled") + "\\b");
    private static final Pattern OWN_SPEECH = Pattern.compile("\\bi (?:said|say|told \\w+|wrote|texted|keep saying|"
            + "kept saying|typed|posted)\\W*$");
    private static final Pattern REPORTED = Pattern.compile("\\b(?:says|said|saying|yelled|yells|screamed|shouted|"
            + "wrote|writes|texted|"
            + "told (?:me|us|her|him)|asked|joked|disclosed|whispered|cried|muttered|announced|described|expressing|"
            + "expressed|voicing|voiced|"
            + "the words|the phrase|the line)(?:\\s+\\w+){0,2}\\W*$"
            + "|\\b(?:described|said|written|put|quoted|sung) by [\\w' ]{1,30}\\W*$|\\b(?:as|like) \\w+ (?:said|"
            + "says|put it|wrote|writes)\\W*$");
    private static final Pattern QUOTE = Pattern.compile("\"([^\"]{1,300})\"");

    /** The text with idioms blanked; length is not kept. */
    static String withoutIdioms(String text) {
        return IDIOM_WORDS.matcher(text).find() ? IDIOMS.matcher(text).replaceAll(" ") : text;
    }

    /** Every idiom has one of these words; a text without them skips the long idiom scan. */
    private static final Pattern IDIOM_WORDS = Pattern.compile("\\b" + any("di(?:e|ed|es|ing)", "dying", "dead",
            "death\\w*", "deathly", "kill\\w*", "murder\\w*", "jump\\w*", "buri\\w*", "bury", "sleep", "grave\\w*",
            "shoot", "shot", "hang\\w*", "disappear\\w*", "sink\\w*", "vanish\\w*", "swallow", "diving",
            "springboard", "end", "dignity", "maid", "finished", "did me") + "\\b");

    /**
     * The writer's own voice: quotations attributed to someone else (a client's line, a song title) replaced by a
     * neutral word, so their first person is not read as the writer's.
     */
    static String writersVoice(String text) {
        Matcher m = QUOTE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 80), m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
            boolean someoneElse = ATTRIBUTION.matcher(before).find() || ATTRIBUTION.matcher(after).find()
                    || REPORTED.matcher(before).find();
            boolean writer = OWN_SPEECH.matcher(before).find();
            m.appendReplacement(out, someoneElse && !writer ? " (quoted) " : " $1 ");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Reported speech stays in for urgent cues ("wants to \"end it in the car park\""); only the quote marks go. */
    static String reportedSpeech(String text) {
        return text.replace('"', ' ');
    }

    /**
     * A frame that excuses a self cue in this clause: research, training, media, assessment talk, history. A plan,
     * preparations or an attempt in the writer's own words are not excused by a topic word ("my funeral songs").
     */
    static boolean selfClauseFrame(String clause, String sentence, boolean behaviour) {
        boolean clinical = CLINICAL.matcher(clause).find() && !OWN_INSTRUMENT.matcher(sentence).find();
        return !behaviour && TOPIC.matcher(clause).find() || clinical || pastFrame(clause, sentence)
                || NEGATED_RISK.matcher(clause).find();
    }

    /** A frame that excuses an urgent cue in this clause: the above plus somebody's death that has already happened. */
    static boolean urgentClauseFrame(String clause, String sentence) {
        return TOPIC.matcher(clause).find() || CLINICAL.matcher(clause).find() || PAST.matcher(clause).find()
                || GRIEF.matcher(clause).find();
    }

    private static boolean pastFrame(String clause, String sentence) {
        // a time adverbial that opens the sentence holds for all its clauses ("back in grad school i'd sit in the
        // library and wish i wouldn't wake up")
        boolean past = PAST.matcher(clause).find() || PAST_OPENING.matcher(sentence).lookingAt();
        return past && !PRESENT_AGAIN.matcher(sentence).find() && !SINCERE.matcher(sentence).find();
    }

    private static final Pattern PAST_OPENING = Pattern.compile("\\W*(?:" + any("back (?:in|when|then)",
            "years ago", "when i was", "as a (?:teen|teenager|kid|child|student|young)", "in my (?:teens|twenties|"
            + "early)", "during (?:grad school|university|uni|college|training|my training|my residency|my teens)",
            "in (?:19|20)\\d\\d", "in (?:grad school|college|uni|high school|my first year)") + ")\\b");

    /** Risk negated in the clause: "I'm not suicidal, just tired", "no plan", "I'm safe", "not in a dark way". */
    private static final Pattern NEGATED_RISK = Pattern.compile("\\b" + any("not (?:suicidal|in danger|at risk|"
            + "going to (?:do anything|act on|hurt myself|kill myself)|planning (?:anything|to do anything))",
            "(?:never|wouldn't|would never) (?:actually )?(?:do it|act on (?:it|them)|do anything)",
            "no (?:plans?|intent|intention) (?:to|of)", // "fine" as others see it, or as the writer performs it, is masking, not a negation: "he thinks I'm fine"
            "(?<!(?:thinks|think|thought|says|said|assume|assumes|believe|believes|pretend|pretending|pretended|act "
                    + "like|acting like|look like|looks like|seem like|tell everyone|tell people|told everyone) )"
                    + "(?:i'm|i am|i feel) (?:safe|okay|ok|fine)\\b(?! to)",
            "not in a (?:dark|suicidal|scary|worrying|self-harm|concerning|literal) (?:way|place|sense)",
            "nothing (?:sinister|dark|to worry about)", "(?:please )?don't worry(?! about me (?:after|from))",
            "not (?:literally|really) (?:dying|dead)") + "\\b");

    /** Fear of dying (health anxiety), not a wish to die. */
    private static final Pattern FEAR_OF_DEATH = Pattern.compile("\\b" + any("(?:scared|afraid|terrified|frightened|"
            + "fear|fearful|anxious|worried|panick\\w*|phobi\\w*|obsess\\w*)(?: \\w+)? (?:of|about|that) (?:i'm |i "
            + "|i'll |i might |i may )?(?:going to )?(?:dying|death|die|being dead|dead)", "fear of (?:death|dying)",
            "(?:death|health) anxiety", "don't want to die") + "\\b");

    /** Surviving a brush with death: an accident, an illness, a scare. */
    private static final Pattern NEAR_DEATH = Pattern.compile("\\b" + any("(?:nearly|almost|could have|could've|"
            + "might have|should have|should've) died", "thought i was (?:going to|gonna) die", "near[- ]death",
            "(?:cheated|escaped|survived|defied) death", "(?:after|since|in|from|during|survived|through) (?:the |my |a "
            + "|an )?(?:surgery|operation|accident|crash|illness|sepsis|cancer|covid|heart attack|stroke|labour|"
            + "birth)") + "\\b");

    /** Someone else's death as the cause, a dream: "since my dad died", "normal grief", "I dreamt I died". */
    private static final Pattern OTHERS_DEATH_OR_DREAM = Pattern.compile("\\b" + any("since (?:my|her|his|our|their) "
            + "\\w+(?:'s)? (?:died|passed|death|suicide)", "(?:normal|my|complicated|anticipatory) grief", "when (?:my|her|his|our|their) \\w+ (?:died|passed)",
            "grief (?:group|groups|work|counsell\\w*)", "grieving (?:my|for|the|our|her|his)",
            "dream(?:t|ed|ing|s)? (?:that |about )?i (?:died|was dead|was dying|had died)", "in my dream", "nightmare",
            "(?:final|last) (?:post|comment|word|message)s? (?:on|in|about) (?:this|the) (?:thread|topic|subject|matter|"
            + "issue|policy)") + "\\b");

    /** Life affirmed: alive and kicking, glad to be here, thriving. */
    private static final Pattern POSITIVE_LIFE = Pattern.compile("\\b" + any("alive and (?:kicking|well)",
            "(?:glad|happy|grateful|lucky|thankful|relieved|blessed) (?:just )?to be (?:alive|here|around)",
            "feel(?:s|ing)? (?:so |more |most |truly )?alive", "came alive", "still standing", "thriving",
            "not going anywhere", "loving life",
            // what restores the writer: "nothing clears my head like...", "the view sets me up for the day"
            "clears? my head", "sets? me up for the day", "(?:best|favourite|favorite) (?:part|bit) of my (?:day|week)",
            "keeps? me (?:sane|going|grounded)", "my happy place") + "\\b");

    /**
     * Everyday senses of the field-adjacent words: medicines taken as prescribed, a train that is late, a referral
     * letter, a knife for fruit, a move, a retirement. These excuse a means, place or preparation, never a death word.
     */
    private static final Pattern EVERYDAY = Pattern.compile("\\b" + any(
            "(?:took|take|taking|forgot|forget|remembered|remember|started|starting|switched|changed|increased|"
                    + "reduced|weaning|stopped|restarted|new|on) (?:to take )?(?:my )?(?:meds|medication|pills|"
                    + "tablets|antidepressants|insulin|sertraline|lithium)\\b(?! (?:all|every))",
            "headaches?", "migraines?", "colds?", "flu", "hay ?fever", "period pain", "back pain", "allerg\\w*",
            "doctor", "gp", "side effects?", "prescribed", "toddler", "childproof",
            "locked (?:box|cabinet|drawer|away)", "the train (?:was|is|got|has been)", "on the (?:train|bus|tube)",
            "train (?:to|from|home|journey|ride|station|strike|delays?|times)", "by train", "platform \\d+",
            "(?:cover|reference|referral|recommendation|discharge|termination|complaint|court|appeal|resignation|"
                    + "thank[- ]you|love|support|gp|welcome|acceptance|rejection) (?:letters?|notes?)",
            "(?:letters?|notes?|emails?) (?:to|for) (?:all )?(?:of )?(?:my |our |the )?(?:clients|patients|gp|"
                    + "referrers?|insurers?|landlord|council|mp|bank|school|team|colleagues|group)",
            "(?:progress|case|session|clinical|process|sticky|voice|side|lecture|meeting|supervision) notes?",
            "notes? (?:audit|review|system|template|app|apps|deadline|backlog|writing)",
            "of note", "take note", "noted", "climb\\w*", "camping",
            // giving things away before a move: "before I move flats on the 30th"
            "(?:before|after|when|as) (?:i|we) move\\b", "mov(?:e|ing) (?:flats?|house|home|offices?|rooms?|cities|"
                    + "countries|country|abroad|overseas|interstate|out)", "hiking", "fishing", "sailing", "kitchen",
            "cooking", "fruit", "sandwich", "garden\\w*", "diy", "bread", "chopping", "hunting", "(?:clay|target) "
                    + "shooting", "skydiv\\w*", "bungee", "abseil\\w*", "holiday", "vacation", "seaside", "beach",
            "swim\\w*", "(?:moving|moved|relocat\\w*|emigrat\\w*) (?:to|abroad|house|away|home|"
                    + "out|country|on)", "new job", "retir\\w*", "divorce", "mortgage", "house (?:move|sale)",
            "charity shop", "just good practice", "good practice", "bridge (?:the|this|that) gap", "bridging",
            "on the edge of my seat", "cutting[- ]edge", "edge of (?:burnout|tears|my)", "edge off", "leading edge",
            "jump(?:ed|ing)? (?:in|into|at|on) (?:the|a)? ?(?:conversation|chance|call|thread|queue|discussion)",
            "baby", "pregnan\\w*", "wedding", "insurance (?:company|claim|premium|renewal)",
            "(?:car|home|house|travel|pet|health|professional|indemnity) insurance", "password (?:manager|reset)",
            "pension (?:scheme|contributions)", "retreat", "(?:annual|study|sick|parental|maternity|paternity|"
                    + "compassionate) leave", "on leave", "sabbatical", "travelling", "conference", "in-laws",
            "last (?:one|day|shift|week|year|christmas|summer)? ?(?:working|at the|on the|in the|before (?:i|my) "
                    + "(?:move|retire|leave|start)|as (?:a|an))", "viva", "(?:this|the) (?:thread|policy|topic)", "the platform (?:is|was|has|for)", "(?:zoom|online|digital|"
                    + "telehealth|therapy|booking|new) platform", "goodbye (?:summer|winter|spring|autumn|january)")
            + "\\b");

    /**
     * The writer's own present wish, intent or contemplation governs the words that follow it: "i've been thinking
     * about ending my life", "i want to die", "i'm planning mine". A topic word or a past time elsewhere in the clause
     * does not excuse what it governs ("since then i've been thinking about ending my life every day"); "used to" is
     * history and does not govern.
     */
    private static final Pattern GOVERNED = Pattern.compile("(?:\\bi|\\bi'm|\\bi've|\\bi'd|\\bi'll)(?:\\s+(?!used\\b|"
            + "didn't\\b|never\\b|don't\\b|do not\\b)[\\w']+){0,2}?\\s+" + any("want(?:ing)?", "wish(?:ing)?",
            "plan(?:ning)?", "thinking (?:about|of)", "think (?:about|of)", "keep thinking (?:about|of)", "picturing",
            "imagining", "going to", "gonna", "intend(?:ing)?", "decided", "envy", "need", "can't stop thinking about",
            "fantasi[sz]ing about", "would rather", "'d rather", "long to", "realised", "realized", "know")
            + "(?:\\s+(?:to|of|about|on|that|i|i'm|i've|i'll))*(?:\\s+[\\w']+){0,2}?\\s*$");

    /** The personal purpose that cancels a research or work frame: "for my own reasons, not for a client". */
    private static final Pattern PERSONAL = Pattern.compile("\\b" + any("for my own (?:reasons|sake|use|purposes)",
            "not for (?:a|my|any) (?:client|patient|work|training|study)", "for personal reasons", "asking for myself",
            "(?:this|it) is about me", "not (?:about|for) (?:a|my) client") + "\\b");

    static boolean governed(String sentence, int start) {
        return GOVERNED.matcher(sentence.substring(Math.max(0, start - 60), start)).find()
                || PERSONAL.matcher(sentence).find();
    }

    /** Frames that excuse a governed word all the same: negation of risk, fear of dying, a survived scare. */
    static boolean governedFrame(String clause, String sentence) {
        return NEGATED_RISK.matcher(clause).find() || FEAR_OF_DEATH.matcher(clause).find()
                || NEAR_DEATH.matcher(clause).find() || POSITIVE_LIFE.matcher(clause).find()
                || CLINICAL.matcher(clause).find() && !PERSONAL.matcher(sentence).find()
                || COPING.matcher(sentence).find();
    }

    /** The writer says in the same sentence that they are coping: "it's normal grief, and I have good support". */
    private static final Pattern COPING = Pattern.compile("\\b" + any("(?:normal|healthy|ordinary) grief",
            "(?:have|got) (?:good|great|lots of) support", "(?:i'm|i am) (?:coping|doing) (?:well|ok|okay|fine|alright)")
            + "\\b");

    /** A field word of death or dying in this clause is excused: negation of risk, fear of dying, a survived scare. */
    static boolean fieldFrame(String clause, String sentence) {
        return selfClauseFrame(clause, sentence, false) || TOPIC.matcher(sentence).find() && !PERSONAL.matcher(
                sentence).find() || CLINICAL.matcher(sentence).find() && !PERSONAL.matcher(sentence).find() || NEGATED_RISK.matcher(clause).find()
                || FEAR_OF_DEATH.matcher(clause).find() || NEAR_DEATH.matcher(clause).find()
                || POSITIVE_LIFE.matcher(clause).find() || OTHERS_DEATH_OR_DREAM.matcher(sentence).find();
    }

    /**
     * The whole text is positively safe for its writer: a marked joke, history, training or assessment talk, a negated
     * risk, fear of dying, a survived scare or a statement of wanting to stay. Used where no rule names a clause.
     */
    /**
     * Exasperation in words that name no death ("i'm going to scream", "i'm going to lose my mind", "about to
     * throw my laptop"): the model reads the despair in it, but nothing in it is about dying.
     */
    private static final Pattern EXASPERATION = Pattern.compile("\\b(?:going to|gonna|about to|will|'ll|could|"
            + "might) (?:actually |literally |just )?(?:scream|lose (?:my mind|it|the plot)|go (?:mad|insane|crazy|"
            + "spare|bananas|postal)|pull (?:my|all my) hair out|tear (?:my|all my) hair out|explode|flip|cry|"
            + "throw (?:my|the) (?:laptop|phone|computer|pc|keyboard)|snap|riot|quit)\\b"
            // venting about a system, marked as such or judging it: "vent: ... the system is broken"
            + "|^\\W*(?:vent|rant|moan|grumble)\\b|\\b(?:the|this|our) (?:system|service|sector|nhs|eap|funding|"
            + "model|process|pathway|referral system|waiting list|waitlist) is (?:broken|a joke|a mess|failing|rotten|"
            + "a shambles)\\b");
    private static final Pattern DEATH_WORDS = Pattern.compile("\\b(?:die|dies|died|dying|dead|death|kill\\w*|"
            + "suicid\\w*|end (?:it|my life|things)|alive|gone|overdose|jump|hang\\w*|pills|not here|wake up)\\b");

    /** Exasperation anywhere in a text that names no death: what the model reads as despair is frustration. */
    static boolean exasperationOnly(String text) {
        return EXASPERATION.matcher(text).find() && !DEATH_WORDS.matcher(text).find();
    }

    static boolean safeForWriter(String text) {
        boolean joke = JOKE.matcher(text).find() && !SINCERE.matcher(text).find();
        return joke
                || exasperationOnly(text)
                || selfClauseFrame(text, text, true)
                || FEAR_OF_DEATH.matcher(text).find()
                || NEAR_DEATH.matcher(text).find()
                || POSITIVE_LIFE.matcher(text).find();
    }

    /** A field-adjacent word (means, place, preparation, farewell) in this clause is excused: its everyday sense. */
    static boolean everyday(String clause, String sentence) {
        return fieldFrame(clause, sentence) || EVERYDAY.matcher(sentence).find();
    }

    /** A means, a place or a preparation named by a cue rule is excused by its everyday sense in the sentence. */
    static boolean everydaySense(String sentence) {
        return EVERYDAY.matcher(sentence).find();
    }

    /** Only an explicit negation of risk excuses a safe frame turned on the writer. */
    static boolean qualifierFrameOnlyNegation(String clause) {
        return NEGATED_RISK.matcher(clause).find();
    }

    /** A qualifier (finality, secrecy) in this clause is excused: only by a negation of risk or a safe topic. */
    static boolean qualifierFrame(String clause, String sentence) {
        return selfClauseFrame(clause, sentence, false) || NEGATED_RISK.matcher(clause).find();
    }
}
