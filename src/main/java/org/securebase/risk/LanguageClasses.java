package org.securebase.risk;

/**
 * Regex fragments for the grammatical classes the cues are built from: who speaks, how they hold a thought (wish,
 * contemplation, intent), what ceases (cessation and lethal predicates), and the means and places of a method. The
 * cue classes combine these instead of quoting sentences, so a phrasing nobody wrote down still lands in its class.
 * All fragments work on text that {@link TextNormaliser} has lower-cased and mended.
 */
final class LanguageClasses {

    private LanguageClasses() {
    }

    static String any(String... alternatives) {
        return "(?:" + String.join("|", alternatives) + ")";
    }

    /** Words that name someone other than the writer; a subject gap may not cross them. */
    static final String THIRD = any("she", "he", "they", "them", "him", "her", "his", "their", "hers", "you", "client",
            "clients", "patient", "patients", "people", "person", "someone", "somebody", "nobody", "no one", "everyone",
            "everybody", "son", "daughter", "kid", "kids", "child", "children", "teen", "teens", "teenager", "boy",
                    "girl",
            "man", "woman", "men", "women", "mum", "mom", "dad", "mother", "father", "brother", "sister", "husband",
            "wife", "partner", "friend", "friends", "colleague", "student", "students", "trainee", "trainees",
            "character", "protagonist", "widow", "toddler", "baby");

    /** The writer (or a "does anyone else" that includes the writer) as grammatical subject. */
    static final String SUBJECT = any("\\bi\\b", "\\bi'm\\b", "\\bi've\\b", "\\bi'd\\b", "\\bi'll\\b", "\\bwe\\b",
            "\\bwe're\\b", "\\bwe've\\b", "\\banyone else\\b", "\\bwho else\\b", "\\bam i the only one\\b");

    /** Up to {@code n} words between the subject and its verb that do not name someone else. */
    static String gap(int n) {
        return "(?:\\s+(?!" + THIRD + "\\b)[\\w'-]+){0," + n + "}?\\s+";
    }

    /** The writer as subject, or an elliptical sentence that starts with the verb ("Been thinking...", "just "
            + "want..."). */
    static final String WRITER = any(SUBJECT + gap(4), "^\\s*(?:(?!" + THIRD + "\\b)[\\w'-]+\\s+){0,2}?");

    /** Desire and passive wishing: want, wish, would rather, long, pray, hope. */
    static final String WISH = any("want(?:s|ed|ing)?(?: to)?", "wanna", "wish(?:es|ed|ing)?(?: i could| to| i might)?",
            "would rather", "'d rather", "rather", "(?:would |'d )?(?:love|like|give anything|do anything) to",
                    "long(?:ing)? to", "yearn(?:ing)? to", "pray(?:ing)?(?: to| that i| i)?",
            "hop(?:e|es|ing)(?: that)?(?: i| to)?", "pray(?:ing)? (?:that )?(?:my|i)", "need(?:ed)? to",
                    "crav(?:e|ing) to", "would (?:love|like|give anything|do anything) to",
            "keep wishing(?: i could)?", "just want(?: to)?", "tempted to", "feel like i (?:want|need) to",
            "all i want is(?: to)?", "the only thing i want is(?: to)?", "dream of being able to",
            "would be (?:nice|easier|a relief|better) to", "secretly want to", "am wanting to");

    /** Contemplation: keep thinking about, picture, imagine, fantasise, daydream, obsess over. */
    static final String THINK = any("(?:keep |been |am |have been |'ve been |can't stop |cannot stop )?think(?:s|"
            + "ing)?(?: a lot| constantly| all the time| often| sometimes| mostly)? (?:about|of)",
            "thought(?:s)? (?:about|of)", "think(?:ing)? to", "(?:keep )?dream(?:s|ing)? (?:about|of)",
            "fantasi[sz](?:e|es|ing) about", "daydream(?:s|ing)? about", "obsess(?:ed|ing)? (?:about|over|with)",
            "(?:keep )?pictur(?:e|es|ing)", "(?:keep )?imagin(?:e|es|ing)", "consider(?:s|ing)?",
            "(?:can't|cannot) stop thinking about", "(?:keep )?wonder(?:ing)? about", "plan(?:ning)?",
            "research(?:ing)?", "toy(?:ing)? with the idea of", "think(?:s|ing)?\\b");

    /** Intent and the future: going to, will, about to, ready to, decided to. */
    static final String WILL = any("going to", "gonna", "'m going to", "will", "'ll", "about to", "ready to",
            "(?:have |'ve )?decided to", "(?:have |'ve )?made up my mind to", "plan(?:ning)? to", "intend(?:ing)? to",
            "fully intend to", "mean to", "determined to", "finally going to", "am going to", "'m gonna");

    /** The writer with a future or decision: "i'll", "i'm going to", or the writer + {@link #WILL}. */
    static final String WRITER_WILL = any(WRITER + WILL, "\\bi'll", "\\bi'm (?:going to|gonna|about to|ready to)",
            "\\bwe'll");

    /** Cessation without an act: the passive wish to be dead (C-SSRS 1). */
    static final String CEASE = any("die\\b(?! of (?:embarrassment|shame|laughter|cringe))", "dying\\b", "be dead",
            "being dead", "not (?:be|being) (?:here|alive|around|in this world|on this earth)",
            "not exist(?:ing)?", "stop(?:ping)? (?:existing|living|being alive|being here|breathing)",
            "cease to exist", "exist no (?:more|longer)",
                    "disappear(?:ing|ed)?(?! (?:into|through) the (?:floor|ground))",
            "vanish(?:ing|ed)?", "fade (?:away|out)", "fading (?:away|out)", "be gone(?! (?:by|before|for the|on))",
            "go away (?:forever|for good|permanently)",
                    "(?:not|never|don't|won't|wouldn't|didn't)(?: to)? wake(?: up)?", "(?:not|never) waking(?: up)?",
            "stop waking(?: up)?", "not have to wake(?: up)?",
                    "(?:go|going|fall|falling) (?:to sleep|asleep) (?:and|&) (?:not|never)",
            "(?:go to |fall )?(?:sleep|asleep) (?:forever|for good|permanently)", "sleep and (?:not|never)",
                    "(?:not|never) (?:come|coming) back", "be erased",
            "(?:not|never) (?:have )?been born", "not see (?:tomorrow|another|the morning|next)", "rest forever",
            "(?:it|it all|everything|the pain|all of it|life|this life|the noise|my head) to (?:end|stop|be over|go "
                    + "quiet"
                    + "|go dark|go silent|go away)", "be over\\b",
            "not be (?:a )?(?:burden|problem) (?:anymore|any more)", "not feel anything ever again", "just not exist",
            "(?:my )?heart (?:would |will |to |just )?(?:stops?|give(?:s)? (?:out|up))", "die in my sleep",
                    "stop breathing",
            "leave this (?:world|life|earth)", "go (?:away )?from this (?:world|life|earth)", "not be in this world");

    /** Active self-killing predicates (C-SSRS 2): kill myself, end my life, take my own life, suicide. */
    static final String KILL = any("kill(?:ing)? (?:myself|me)\\b",
            "end(?:ing)? (?:my (?:own )?life|it all|myself|everything)",
            "end(?:ing)? (?:it|things)\\b(?! (?:with|between|off|early|there|now with))",
            "tak(?:e|ing) my (?:own )?life", "(?:(?:commit|make|do)(?:ting|ing)? )?suicide",
            "finish(?:ing)? (?:with )?my life", "off(?:ing)? myself", "unalive(?: myself)?", "top(?:ping)? myself",
            "stop(?:ping)? my life", "finish(?:ing)? (?:myself|it all|my life)", "do(?:ing)? myself in",
            "(?:hang|hanging|shoot|shooting|drown|drowning|gas|gassing|poison|poisoning) myself",
            "(?:hurt|hurting|harm|harming|cut|cutting) myself", "self[- ]?harm(?:ing)?");

    /** The means of a method: medicines, ligatures, gas, weapons, poisons. */
    static final String MEANS = any("pills?", "tablets?", "meds", "medications?", "medicines?", "paracetamol",
            "tylenol", "acetaminophen", "ibuprofen", "aspirin", "insulin", "sleeping pills", "antidepressants",
            "painkillers", "opioids", "codeine", "lithium", "prescription", "rope", "noose", "ligature", "belt",
            "hose", "hosepipe", "exhaust", "charcoal", "helium", "gun", "pistol", "rifle", "shotgun", "firearm",
            "bullets?", "knife", "knives", "blades?", "razors?", "poison", "bleach", "antifreeze", "pesticide",
            "weedkiller");

    /** Means that have little everyday use for the writer of a forum comment: acquiring one is a step. */
    static final String STRONG_MEANS = any("rope", "noose", "ligature", "hose(?:pipe)?(?: for the (?:car|exhaust))?",
            "charcoal", "helium", "gun", "pistol", "rifle", "shotgun", "firearm", "bullets?", "poison", "antifreeze",
            "pesticide", "weedkiller", "razor blades");

    /** Places of a method: heights, rail, traffic, water. */
    static final String PLACE = any("bridge", "viaduct", "overpass", "flyover", "cliffs?", "cliff edge", "ledge",
            "edge", "roof", "rooftop", "balcony", "tower", "car park", "multi-storey", "building", "tracks",
            "railway", "rail line", "rails", "train line", "platform", "trains?", "bus", "lorry", "truck", "traffic",
            "motorway", "highway", "river", "sea", "lake", "canal", "quarry", "pylon", "wall", "tree", "water",
            "drop");

    /** Lethal actions: jumping, stepping in front of, driving into, swallowing all, hanging, cutting. */
    static final String METHOD_ACT = any(
            "jump(?:ing|ed)? (?:off|from|in front of|under|onto|into)",
                    "step(?:ping)? (?:off|out|in front of|onto|into)",
            "throw(?:ing)? myself", "walk(?:ing)? into (?:the )?(?:sea|river|lake|traffic|water)",
            "l(?:ie|ying|ay) (?:down )?(?:on|across) the (?:tracks|road|rails|line)",
            "driv(?:e|ing) (?:my car |the car |off the road )?(?:into|off|in front of)",
            "crash(?:ing)? (?:my car |the car )?(?:into|off)", "steer(?:ing)? (?:the car )?(?:into|off)",
                    "swerv(?:e|ing) (?:into|off)",
            "swallow(?:ing)? (?:all|every|the whole|a (?:bottle|box|handful|packet))",
            "tak(?:e|ing) (?:all|every|the whole|a (?:bottle|box|handful|packet)|an overdose)", "overdos(?:e|ing)",
            "(?:hang|hanging) myself", "slit(?:ting)? my (?:wrists?|throat)",
                    "cut(?:ting)? (?:my (?:wrists?|throat|arms?)|deep)",
            "(?:shoot|shooting|gas|gassing|drown|drowning|poison|poisoning) myself",
            "(?:using|use) the (?:rope|gun|pills|hose|belt)", "the (?:rope|noose|hose|tracks)",
            "leav(?:e|ing) the (?:engine|car) (?:on|running)", "(?:engine|car) running in the garage",
                    "in the garage with the engine");

    /** A farewell in a message: goodbye, sorry, love you, a photo of the means. */
    static final String FAREWELL = any("goodbye", "good bye", "bye\\b", "farewell", "sorry",
            "i love (?:you|her|him|them)", "love you all", "tell (?:my|her|his) \\w+",
            "thank(?:s| you) for (?:trying|everything|all you|being there)", "not your fault",
            "don't blame (?:yourself|yourselves)", "last message", "thank you for everything",
            "thanks for everything",
            "photo of (?:a |an |the |her |his )?(?:rope|noose|pills|tablets|empty|bottle|gun|knife|blade|bridge|"
                    + "train|tracks)",
            "suicide note", "(?:a|her|his) note", "by the time you read this", "it'll be (?:done|over)",
            "talking about (?:the|a) (?:bridge|train|rope|pills|dying|suicide|ending)", "won't be (?:here|around)",
            "end it", "can't do this anymore",
            // an announcement that it happens now and cannot be stopped, or that the person will not return
            "don't (?:try (?:and |to )?)?(?:stop|find|look for) me", "(?:tonight|today)'s the (?:night|day)",
            "(?:i'm|im|i am) not coming (?:back|home)", "this is (?:it|the end|goodbye)",
            "(?:you'll|you will|you won't|you wont) never (?:see|hear from) me", "won't see me again");

    // Anchor words: a cue is tried only when the sentence has a word starting with one of each of its anchor sets.
    static final String WISH_WORDS = "want wanna wish rather long yearn pray hop crav love like give anything "
            + "tempted need dream nice easier relief better";
    static final String THINK_WORDS = "think thought dream fantasi daydream obsess pictur imagin consider wonder "
            + "plan research toy";
    static final String WILL_WORDS = "go gonna will i'll we'll about ready decid made plan intend mean determined "
            + "finally";
    static final String CEASE_WORDS = "quiet dark silent die dying dead here alive around world earth exist stop "
            + "disappear vanish "
            + "fade fading gone away wake waking woke sleep asleep back born erase tomorrow another morning next "
            + "rest end over burden problem anything heart breath life leave";
    static final String KILL_WORDS = "kill end tak suicid unalive myself stop finish self";
    static final String METHOD_WORDS = "jump step throw walk lie lying lay driv crash steer swerv swallow tak "
            + "overdos hang slit cut shoot gas drown poison using use rope noose hose tracks myself leav engine garage";
    static final String PLACE_WORDS = "bridge viaduct overpass flyover cliff ledge edge roof balcony tower car park "
            + "multi building track railway rail train platform bus lorry truck traffic motorway highway river sea "
            + "lake canal quarry pylon wall tree water drop";
    static final String MEANS_WORDS = "pill tablet meds medic paracetamol tylenol acetaminophen ibuprofen aspirin "
            + "insulin sleeping antidepress painkill opioid codeine lithium prescription rope noose ligature belt "
            + "cord hose exhaust charcoal helium gun pistol rifle shotgun firearm bullet knife knives blade razor "
            + "poison bleach antifreeze pesticide weedkiller";

    // ---------------------------------------------------------------- the semantic field of the writer's own death
    // Lemma lists (space-separated) for SemanticField: every inflection reaches its lemma through Lemmas, so "died",
    // "dying" and "dies" are all "die". Field words carry the field by themselves; field-adjacent words have
    // everyday senses too (a bridge, a letter, a pill) and count only together with a second class or a qualifier.

    /** Field: death and dying as such (C-SSRS 1-2 when it is the writer's own). */
    static final String FIELD_DEATH = "die dead death suicide suicidal unalive overdose deathbed afterlife";

    /** Field-adjacent: the means of a method (C-SSRS 3 and 5): medicines, ligatures, gas, weapons, poisons. */
    static final String FIELD_MEANS = "pill tablet meds medication medicine paracetamol tylenol acetaminophen ibuprofen "
            + "aspirin insulin antidepressant painkiller opioid codeine lithium sertraline amitriptyline rope noose "
            + "ligature hose hosepipe exhaust charcoal helium gun pistol rifle shotgun firearm bullet blade razor knife "
            + "bleach antifreeze pesticide weedkiller";

    /** Field-adjacent: places of a method (C-SSRS 3): heights, rail, traffic, deep water. */
    static final String FIELD_PLACE = "bridge viaduct overpass flyover cliff ledge roof rooftop balcony edge height "
            + "railway tracks train express platform motorway pylon multi-storey quarry sea river tower coast beam "
            + "banister lorry reservoir lake canal weir dam pier harbour crossing";

    /** Field-adjacent: preparations (C-SSRS preparatory behaviour): letters, a will, affairs, belongings, pets. */
    static final String FIELD_PREPARATION = "letter note instruction insurance password pension affairs executor "
            + "rehome arrangement paperwork belongings possessions";

    /** Field-adjacent: farewell (goodbye and finality statements). */
    static final String FIELD_FAREWELL = "goodbye farewell bye";

    /** Qualifier: acquiring, keeping or researching means (C-SSRS 5, means): the act that makes a means a plan. */
    static final String FIELD_ACQUIRE = "stockpile hoard stash collect save count buy order hide store squirrel "
            + "enough google research calculate lethal fatal dose";
}
