package org.securebase.deidentification;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NAME: where a word stands in a person's place. Titles and kinship words before it, a verb after it, a role in
 * apposition, "named"/"called", and the citation cues that make a name an author's instead.
 */
final class NameRecogniser {

    /** Words that stand before a name and are not part of it (only the name is marked). */
    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sgt", "sergeant",
            "officer", "capt", "captain", "lt", "lieutenant", "col", "colonel", "prof", "professor", "rev",
            "reverend", "fr", "father", "sister", "brother", "pastor", "rabbi", "imam", "judge", "nurse", "coach",
            "detective", "det", "inspector", "insp", "cpl", "pvt", "private", "corporal", "sheikh", "bishop",
            "deacon", "elder", "sir", "dame", "lady", "lord", "madam", "mme", "mlle", "herr", "frau", "señor",
            "señora", "sra", "auntie", "aunty", "aunt", "uncle", "grandma", "grandpa", "granny", "gran", "grandad",
            "granddad", "grandmother", "grandfather", "nana", "nanna", "nan", "papa", "pop", "poppy", "ouma", "oupa",
            "nonna", "nonno", "abuela", "abuelo", "oma", "opa", "bibi", "dadi", "nani", "baba", "mama", "mum", "mom",
            "mam", "mammy", "mummy", "mommy", "dad", "daddy", "cousin", "tía", "tío", "tia", "tio", "ma", "pa", "bubbe",
            "zaida", "saba", "savta", "lola", "lolo", "tita", "tito", "kuya", "ate", "appa", "amma", "ammi",
            "abba", "didi", "bhaiya", "chacha", "chachi", "mamu", "khala", "teta", "jiddo", "halmeoni", "obaa",
            "baka", "babcia", "dziadek", "babushka", "deda", "oom", "tannie", "tantie", "tanty", "ds", "dominee", "hon", "cllr",
            "councillor", "revd", "br", "sr");

    /** Roles a person is named by; the placeholder takes the role ("her grandson Leo" is [Grandson]). */
    static final String ROLE = "(?:grand(?:mother|father|ma|pa|son|daughter|child|dad|kid)|great-grand\\w+|"
            + "step-?(?:mother|father|mum|mom|dad|son|daughter|sister|brother)|half-?(?:sister|brother)|"
            + "mother|mum|mom|mam|mother-in-law|father|dad|father-in-law|sister|brother|sibling|twin|wife|husband|"
            + "partner|spouse|boyfriend|girlfriend|bf|gf|fianc[ée]e?|ex|ex-partner|ex-husband|ex-wife|"
            + "ex-boyfriend|ex-girlfriend|son|daughter|baby|toddler|child|kid|aunt|auntie|aunty|uncle|cousin|"
            + "niece|nephew|nan|nana|nanna|gran|granny|grandad|granddad|ouma|oupa|nonna|nonno|abuela|abuelo|"
            + "neighbou?r|friend|best friend|flatmate|roommate|housemate|landlord|landlady|colleague|boss|manager|"
            + "supervisor|consultant|social worker|caseworker|case worker|key worker|keyworker|support worker|"
            + "teacher|tutor|coach|counsell?or|therapist|psychiatrist|psychologist|gp|doctor|nurse|midwife|"
            + "health visitor|carer|caregiver|foster (?:mother|father|mum|mom|dad|carer|parent)|lawyer|"
            + "solicitor|attorney|probation officer|priest|pastor|vicar|minister|imam|rabbi|trainee|supervisee|"
            + "student|client|patient|pt|dog|cat|puppy|kitten|horse|pony|pet|rabbit|hamster|"
            // the casual words for a partner, a friend or a child ("mum's fella rob", "her best mate kez")
            + "fella|feller|hubby|missus|missis|wifey|bloke|mate|best mate|bestie|bff|pal|buddy|lad|lass|bro|sis)";
    private static final Pattern ROLE_BEFORE = Pattern.compile("(?i)\\b(?:(?:his|her|their|my|our|your|the|a|"
            + "client's|\\p{L}+['’]s)\\s+)?(?:(?:late|ex-|former|older|elder|younger|big|little|baby|new|current|"
            + "beloved|estranged|adoptive|biological|birth|twin|only|eldest|youngest|middle)\\s*)*(" + ROLE + ")"
            + "\\s*,?\\s*(?:(?:is|was|named|called|nicknamed|aka)\\s+)?(?:(?:mr|mrs|ms|miss|mx|dr|prof)\\.?\\s+)?$");
    private static final Pattern ROLE_IS_BEFORE = Pattern.compile("(?i)\\b(?:is|was)\\s+$");
    private static final Pattern ROLE_AFTER = Pattern.compile("(?i)^\\s*(?:['’]s)?\\s*[,(–—-]\\s*(?:his|her|their|"
            + "my|our|the|a|an)\\s+(?:(?:late|ex-|former|older|elder|younger|big|little|new|current|adoptive|"
            + "birth|twin|eldest|youngest)\\s*)*(" + ROLE + ")\\b");
    private static final Pattern NAMED = Pattern.compile("(?i)\\b(?:named|called|nicknamed|goes by|aka|a\\.k\\.a\\.|"
            + "(?:his|her|their|\\p{L}+['’]s)\\s+name\\s+(?:is|was)|name['’]s)"
            + "\\s+[\"“']?([\\p{L}][\\p{L}'’-]+)");
    // NAME: the name someone is called by, after "calls him", "calling her", "calls himself" ("nan calls him bub",
    // "calling her kel here", 'calls his gran "Mama Ibeji"'): a quoted phrase whole, or one word
    private static final Pattern CALLED_BY = Pattern.compile("(?i)\\b(?:call|calls|called|calling)\\s+(?:(?:his|her|"
            + "their|my)\\s+(\\p{L}+)(?=\\s*,|\\s+[\"“‘'])|him|her|them|me|us|himself|herself|themselves|themself|myself)"
            + "(?:\\s+(?-i:\\p{L}+[-'’]?\\p{L}*)(?=[\\s,.;:!?)]|$)|(?:\\s*,[^,\"“\\n]{1,30},)?\\s+[\"“‘'][^\"”’'\\n]{1,30}"
            + "[\"”’'])");
    // NAME: a nickname given before its bearer's real name in brackets ("Tank (real name Warren)")
    private static final Pattern REAL_NAME_AFTER = Pattern.compile("(?i)\\s*[(,–—-]\\s*(?:real name|(?:not\\s+)?"
            + "(?:his|her|their)\\s+real name|born|legal name|given name|christened)\\b");
    private static final Set<String> MODALS = Set.of("will", "may", "can", "must", "might", "shall", "should",
            "would", "could");
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "has", "had", "does", "did");
    private static final Pattern APPOSITION = Pattern.compile("(?:'s|’s)?\\s*(?:,\\s*|\\(\\s*)(?:\\d{1,3}\\b|(?i:one|"
            + "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
            + "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|aged|age|who|"
            + "whose|my|our|his|her|their|now|[mf])\\b|(?:a|an)\\s+\\d{1,3}\\b|"
            // pronouns declared after a name: "Sky (she/her), 33"
            + "(?i:she|he|they|ze|xe)/\\p{L}+)");
    // a year, "et al" or the author's work after the name: a citation whoever it is
    private static final Pattern CITED_AFTER = Pattern.compile("(?s)^(?:['’]s)?\\s*(?:\\(\\d{4}[a-z]?\\)|\\(\\d{4}|"
            + ",\\s*\\d{4}\\)|et al|and colleagues|['’]s\\s+(?:book|books|model|theory|work|research|paper|papers|"
            + "approach|framework|concept|idea|ideas|writing|chapter|classic|protocol|method|study|studies|lens|"
            + "notion|term|phrase|stages|steps|categories|seminal|famous|concept|hold me tight)\\b).*");
    // a verb of writing after the name: a citation when the name is a known author or "as" comes before
    private static final Pattern CITING_VERB = Pattern.compile("(?s)^(?:['’]s)?\\s*(?:(?:would|might|could)\\s+"
            + "(?:call|say|describe|argue|see|frame|put)|writes|wrote|argues|argued|puts it|"
            + "coined|notes|noted|suggests|suggested|describes|described|showed|shows|found|calls it|called it|"
            + "reminds us|says|said|calls|called|theory|model|work|book).*");
    private static final Pattern CITED_BEFORE = Pattern.compile("(?i)\\b(?:as|per|following|according to|see|"
            + "read|reading|reread|rereading|re-reading|recommend|by|cf|like|from|via|citing|quoting|of)\\s*$");

    private static final Pattern AND = Pattern.compile("\\band\\b|&");
    private static final Pattern AS_BEFORE = Pattern.compile("(?i)\\b(?:as|per)\\s*$");

    private static final Pattern ROLE_TAIL = Pattern.compile("(?i)(?:" + ROLE + "|\\p{L}*worker|visitor|officer|"
            + "\\p{L}+-in-law|\\p{L}*(?:father|mother|son|daughter|child|kid|dad|mum|mom|ma|pa|carer|parent)|fianc\\p{L}+)");
    private static final Set<String> FILLERS = Set.of("is", "was", "named", "called", "nicknamed", "aka", "mr", "mrs",
            "ms", "miss", "mx", "dr", "prof");

    /** A cheap look at the last word before a position, before the full role pattern runs. */
    private static boolean mayEndInRole(String text, int start) {
        int i = start;
        for (int words = 0; words < 4; words++) {
            while (i > 0 && !Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
            int end = i;
            while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) {
                i--;
            }
            if (i == end) {
                return false;
            }
            String word = text.substring(i, end).toLowerCase(Locale.ROOT);
            if (!FILLERS.contains(word)) {
                return ROLE_TAIL.matcher(word).matches();
            }
        }
        return false;
    }

    private static final Pattern TITLE_GAP = Pattern.compile("[\\s.]{1,2}");
    private static final Pattern JOINED_GAP = Pattern.compile("\\s*(?:,|and|&)\\s*");
    // an age in digits or words after a copula: "is 91", "was ninety-three", "is a hundred and one"
    // (a child's age in words too: "Grace is sixteen", "Will is nine"; not "one", which opens "one of")
    private static final Pattern COPULA_AGE = Pattern.compile("\\s+\\p{L}+\\s+(?:\\d{1,3}\\b|(?i:(?:twenty|thirty|"
            + "forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]\\p{L}+)?|(?:a|one) hundred|two|three|four|five|six|seven|"
            + "eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\\b"
            + "(?!\\s+(?i:per|percent|"
            + "times|pounds|dollars|miles|minutes|people)))");
    private static final Pattern AND_NAME = Pattern.compile("\\s+(?:and|&)\\s+(\\p{Lu}\\p{Ll}+)");

    private NameRecogniser() {
    }

    /** Ranks are part of the name as people write it ("Sgt. Ruiz"); civil titles and kinship words are not. */
    static final Set<String> RANKS = Set.of("sgt", "sergeant", "officer", "capt", "captain", "lt", "lieutenant",
            "col", "colonel", "cpl", "corporal", "pvt", "private", "det", "detective", "inspector", "insp", "major",
            "maj", "gen", "general", "cdr", "commander", "constable", "pc", "dc");

    static boolean isTitle(Token token) {
        return TITLES.contains(token.lower()) && !RANKS.contains(token.lower());
    }

    /** The role named right before or in apposition after a name, or null ("his father, Stuart" is father). */
    static String roleOf(String text, int start, int end) {
        Matcher before = ROLE_BEFORE.matcher(text.substring(Math.max(0, start - 45), start));
        if (mayEndInRole(text, start) && before.find()) {
            return before.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher after = ROLE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 45)));
        return after.find() ? after.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static final Pattern ROLE_WORD = Pattern.compile("(?i)" + ROLE + "|employee|member|staff|worker");

    static boolean isRoleWord(String word) {
        return ROLE_WORD.matcher(word).matches();
    }

    static boolean roleBefore(String text, int start) {
        return mayEndInRole(text, start) && ROLE_BEFORE.matcher(text.substring(Math.max(0, start - 45), start)).find();
    }

    /**
     * An ordinary word that is also a first name (Hope, Grace, Will, June, bill, robin) is a name when the text puts
     * it in a person's place: a title, kinship word or role before it ("Nana Hazel", "my consultant robin"),
     * "named"/"called", a finite verb after it at the start of a sentence ("Grace describes"), an age or a role in
     * apposition ("Grace, 34,"), a possessive, or "and" joining it to another name.
     */
    static boolean namePosition(String text, List<Token> tokens, int index, boolean sentenceStart) {
        Token token = tokens.get(index);
        Token previous = index > 0 ? tokens.get(index - 1) : null;
        Token next = index + 1 < tokens.size() ? tokens.get(index + 1) : null;
        if (token.lowerCase() && MODALS.contains(token.lower()) && next != null && next.lowerCase()
                && !Lexicon.get().has(next.lower(), Lexicon.VERB_3RD)) {
            return false; // "her partner will leave", but "his social worker will is lovely"
        }
        String gapBefore = previous == null ? "" : text.substring(previous.end(), token.start());
        String after = text.substring(token.end(), Math.min(text.length(), token.end() + 40));
        if (previous != null && TITLE_GAP.matcher(gapBefore).matches() && TITLES.contains(previous.lower())) {
            return true;
        }
        if (roleBefore(text, token.start()) && (token.capitalised() || lowerCaseAfterRole(text, token, next))
                || NAMED.matcher(text.substring(Math.max(0, token.start() - 14),
                token.end())).find()) {
            return true;
        }
        if (ROLE_AFTER.matcher(after).find() || APPOSITION.matcher(after).lookingAt()) {
            return true;
        }
        if (after.startsWith("'s ") || after.startsWith("’s ")) {
            return token.capitalised();
        }
        if (next != null && text.substring(token.end(), next.start()).equals(" ")) {
            String verb = next.text().toLowerCase(Locale.ROOT);
            boolean finite = Lexicon.get().has(verb, Lexicon.VERB_3RD)
                    || Set.of("says", "said", "cries", "cried", "texts", "texted").contains(verb);
            if (finite && !AUXILIARIES.contains(verb) && (sentenceStart || JOINED_GAP.matcher(gapBefore).matches())) {
                return true;
            }
            // "June is 91", "Grace is 34": a copula and an age
            if ((verb.equals("is") || verb.equals("was")) && COPULA_AGE.matcher(after).lookingAt()) {
                return true;
            }
        }
        // "Summer and Dev", "Dev and Summer": joined to a capitalised name
        if (!token.capitalised()) {
            return false;
        }
        Matcher joined = AND_NAME.matcher(after);
        if (joined.lookingAt() && Lexicon.get().isProperOnly(joined.group(1))
                || index >= 2 && JOINED_GAP.matcher(gapBefore).matches() && !gapBefore.contains(",")
                && Lexicon.get().isProperOnly(tokens.get(index - 2).text())) {
            return true;
        }
        // "Storm and Autumn are twins", "Faith and Hope were placed together": two first names joined by "and"
        // as the subject of a verb
        Gazetteer gazetteer = Gazetteer.get();
        if (SEASONS.contains(token.lower()) && (joined.lookingAt() && SEASONS.contains(joined.group(1).toLowerCase(Locale.ROOT))
                || index >= 2 && SEASONS.contains(tokens.get(index - 2).lower()))) {
            return false; // "Spring and Summer were busy"
        }
        if (joined.lookingAt() && index + 3 < tokens.size() && gazetteer.isFirstName(token.lower())
                && gazetteer.isFirstName(tokens.get(index + 2).lower()) && tokens.get(index + 2).capitalised()
                && subjectVerb(text, tokens.get(index + 2), tokens.get(index + 3))) {
            return true;
        }
        return index >= 2 && next != null && JOINED_GAP.matcher(gapBefore).matches() && !gapBefore.contains(",")
                && tokens.get(index - 2).capitalised() && gazetteer.isFirstName(tokens.get(index - 2).lower())
                && gazetteer.isFirstName(token.lower()) && subjectVerb(text, token, next);
    }

    /** The subject of a finite verb: "bex turns up", "gaz went", "me and gaz went". */
    static boolean subjectOfVerb(String text, List<Token> tokens, int index) {
        Token token = tokens.get(index);
        Token next = index + 1 < tokens.size() ? tokens.get(index + 1) : null;
        if (next == null || !text.substring(token.end(), next.start()).equals(" ")) {
            return false;
        }
        String verb = next.lower();
        if (Lexicon.get().has(verb, Lexicon.VERB_3RD) && !AUXILIARIES.contains(verb)
                || Set.of("says", "said", "texts", "texted", "cries", "cried").contains(verb)) {
            return true;
        }
        return index >= 2 && JOINED_GAP.matcher(text.substring(tokens.get(index - 1).end(), token.start())).matches()
                && tokens.get(index - 1).lower().equals("and") && (Set.of("me", "i", "she", "he", "we", "they")
                .contains(tokens.get(index - 2).lower()) || isRoleWord(tokens.get(index - 2).lower()))
                && subjectVerb(text, token, next);
    }

    private static final Set<String> SEASONS = Set.of("spring", "summer", "autumn", "fall", "winter");

    /** A finite verb right after a word: "are", "were", "came", "live". */
    private static boolean subjectVerb(String text, Token word, Token verb) {
        String v = verb.lower();
        return text.substring(word.end(), verb.start()).equals(" ") && verb.lowerCase()
                && (Set.of("are", "were", "have", "had", "both", "share", "live", "came", "come").contains(v)
                || Lexicon.get().has(v, Lexicon.VERB_3RD) && !Lexicon.get().has(v, Lexicon.NOUN));
    }

    /**
     * An ordinary lower-case word after a role is a name when it cannot be read as a description: "her husband
     * bill", "his social worker is bill who", "his social worker sandy is", but not "her partner is lovely" or
     * "she lost her mother young".
     */
    private static boolean lowerCaseAfterRole(String text, Token token, Token next) {
        Lexicon lexicon = Lexicon.get();
        boolean copula = ROLE_IS_BEFORE.matcher(text.substring(Math.max(0, token.start() - 45), token.start())).find();
        boolean adjective = lexicon.has(token.lower(), Lexicon.ADJECTIVE);
        String gap = next == null ? "" : text.substring(token.end(), next.start());
        // 'her bf tanner "might break up w me"': the words the named one said follow in quotes
        boolean speechFollows = gap.matches("\\s*[,:]?\\s*[\"“]");
        boolean verbFollows = next != null && (speechFollows || gap.equals(" ")
                && (lexicon.has(next.lower(), Lexicon.VERB_3RD) || next.lower().equals("who")
                || MODALS.contains(next.lower())));
        if (adjective) {
            return verbFollows;
        }
        return !copula || verbFollows || text.startsWith(",", token.end()) || !lexicon.isCommonWord(token.lower());
    }

    private static final Pattern AGE_AFTER = Pattern.compile("(?:'s|’s)?\\s*(?:,\\s*|\\(\\s*)(?:aged?\\s+)?\\d{1,3}"
            + "(?:\\s*(?:yo|y/o|yrs?|years?(?: old)?|[mfMF]))?\\s*[,)]");

    /** An age in apposition right after the word: "Drew, 31,", "Hunter (16)", "blessing, 29,". */
    static boolean ageFollows(String text, Token token) {
        return AGE_AFTER.matcher(text).region(token.end(), text.length()).lookingAt();
    }

    /**
     * A lower-case ordinary word named as a person by what stands around it: a role or a person noun before it and
     * an age in apposition after it ("client blessing, 29,"), or a person noun, a comma and a first name set off
     * by commas ("9yo girl, sky, living with"). The syntax of an introduction, not the word, makes it a name.
     */
    static boolean introduced(String text, List<Token> tokens, int index) {
        Token token = tokens.get(index);
        Lexicon lexicon = Lexicon.get();
        boolean commaSet = index > 0 && text.substring(tokens.get(index - 1).end(), token.start()).equals(", ")
                && text.startsWith(",", token.end()) && Gazetteer.get().isFirstName(token.lower())
                && Vocabulary.PERSON_NOUNS.contains(tokens.get(index - 1).lower());
        if (commaSet && token.lowerCase()) {
            return true; // "9yo girl, will, living with": even a modal is a name between a person and a comma
        }
        if (!token.lowerCase() || token.text().length() < 3 || lexicon.has(token.lower(), Lexicon.FUNCTION)
                || lexicon.has(token.lower(), Lexicon.ADVERB) && !Gazetteer.get().isFirstName(token.lower())
                || Vocabulary.PERSON_NOUNS.contains(token.lower()) || isRoleWord(token.lower())) {
            return false;
        }
        Token previous = index > 0 ? tokens.get(index - 1) : null;
        if (previous == null) {
            return false;
        }
        String gap = text.substring(previous.end(), token.start());
        boolean person = Vocabulary.PERSON_NOUNS.contains(previous.lower()) && (gap.equals(" ") || gap.equals(", "));
        boolean adjective = lexicon.has(token.lower(), Lexicon.ADJECTIVE) && !Gazetteer.get().isFirstName(token.lower());
        if (ageFollows(text, token) && !adjective && (person || roleBefore(text, token.start()))) {
            return true;
        }
        // "9yo girl, sky, living with", "the cat, mittens, sleeps on her bed": a name set off by commas after the
        // noun it names (a first name after a person; any noun after a pet or a role)
        boolean role = isRoleWord(previous.lower()) && gap.equals(", ");
        boolean noun = lexicon.has(token.lower(), Lexicon.NOUN) && !lexicon.has(token.lower(), Lexicon.ADJECTIVE)
                && !token.lower().endsWith("ing") && !lexicon.has(token.lower(), Lexicon.VERB_3RD);
        return (person || role) && gap.equals(", ") && text.startsWith(",", token.end())
                && (Gazetteer.get().isFirstName(token.lower()) || role && noun);
    }

    /** "her son is named tomasz": the word after named/called, in any case, unless an ordinary word. */
    static void named(String text, List<Candidate> found) {
        calledBy(text, found);
        nicknameBeforeRealName(text, found);
        pseudonyms(text, found);
        ageSexApposition(text, found);
        namePositions(text, found);
        Matcher named = NAMED.matcher(text);
        while (named.find()) {
            String word = named.group(1);
            String lower = word.toLowerCase(Locale.ROOT);
            // "goes by will": a modal that is also a first name is the name here
            boolean function = Lexicon.get().has(lower, Lexicon.FUNCTION)
                    && !(MODALS.contains(lower) && Gazetteer.get().isFirstName(lower));
            // "goes by lux", "nicknamed sage": these cues only ever name, so any word but a closed-class one is it
            boolean onlyNames = !Deidentifier.lower(named.group()).matches("(?s)(?:named|called).*");
            if (onlyNames ? pseudonym(lower) : !Vocabulary.isCommon(word) && !function
                    && (!Lexicon.get().isCommonWord(word) || Gazetteer.get().isFirstName(word))) {
                found.add(new Candidate(named.start(1), named.end(1), IdentifierType.NAME, "person"));
            }
        }
    }

    // NAME: the writer gives the client a name for the post ("let's call her misty", "i'll call him Sage",
    // "we'll call this boy lux", "lets say pinky, 27"): whatever word follows is the name, even an adjective
    private static final Pattern PSEUDONYM_CALL = Pattern.compile("(?i)\\b(?:let['’]?s|lets|let us|i['’]?ll|ill|"
            + "i will|we['’]?ll|we will|i['’]?m (?:going to|gonna)|im (?:going to|gonna)|i['’]?d|gonna)\\s+"
            + "(?:call|name)\\s+(?:him|her|them|this (?:\\p{L}+\\s+)?\\p{L}+|the (?:\\p{L}+\\s+)?\\p{L}+|my (?:\\p{L}+\\s+)?"
            + "client)\\s+[\"“‘']?(\\p{L}[\\p{L}'’-]*)");
    // The imperative at a clause's start gives one too, of a person only ("bit stuck w a client, call him rocky",
    // "Call her Joy."); "Name the pattern of cancelling" names no one
    private static final Pattern PSEUDONYM_IMPERATIVE = Pattern.compile("(?i)(?:^|(?<=[,;:.!?(–—-]\\s{0,2}))"
            + "call\\s+(?:him|her|them)\\s+[\"“‘']?(\\p{L}[\\p{L}'’-]*)");
    private static final Pattern PSEUDONYM_SAY = Pattern.compile("(?i)\\b(?:let['’]?s|lets|let us)\\s+say\\s+"
            + "[\"“‘']?(\\p{L}[\\p{L}'’-]*)[\"”’']?(?=\\s*[,.;:)(!?]|\\s+for\\b|\\s*$)");
    // NAME: a pet or a child introduced with "called" or "named" ("a rescue greyhound called taffy", "her boy named
    // river"): the word is the name, even an ordinary one
    private static final Pattern CALLED_PET = Pattern.compile("(?i)\\b(?:a|an|the|her|his|their|my|our)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}(?:dog|dug|cat|puppy|pup|kitten|horse|pony|greyhound|terrier|lab|labrador|collie|"
            + "spaniel|poodle|staffy|staffie|whippet|lurcher|budgie|parrot|rabbit|bunny|hamster|guinea pig|tortoise|"
            + "goldfish|pet|boy|girl|son|daughter|baby|kid|wean|cow|goat|snake|lizard|ferret)s?\\s+"
            + "(?:called|named|call|name)\\s+[\"“‘']?(\\p{L}[\\p{L}'’-]*)");
    private static final Set<String> NOT_A_PSEUDONYM = Set.of("back", "again", "later", "now", "soon", "tomorrow",
            "tonight", "today", "first", "next", "then", "once", "twice", "out", "up", "in", "over", "round",
            "around", "yes", "no", "something", "someone", "anything", "everything", "nothing");

    // NAME: a name set off after the age-sex shorthand that opens a case ("client 39f, hope, production manager"):
    // a first name there is the name even when it is an ordinary word; "29f, married, two kids" describes her
    private static final Pattern AGE_SEX_APPOSITION = Pattern.compile("(?i)\\b(?:\\d{1,2}\\s?[mf]|(?:\\d{1,2}\\s?"
            // or a person's description ("a 17yo girl, blessing, in SS3", "the young man, tunde, was")
            + "(?:yo|y/o|yrs?|years?[- ]old)\\s+|young\\s+|teenage\\s+|little\\s+)(?:girl|boy|woman|man|lad|lass|lady|"
            + "guy|bloke|kid|teen|teenager|child|son|daughter|fella))\\b\\s*,\\s*(\\p{L}[\\p{L}'’-]+)(?=\\s*[,(])");

    // NAME: a word between a person word and their age ("client is sandy 41", "client pinky 26,", "youth river,
    // 17"): that place holds a name, whatever else the word means
    private static final Pattern NAME_BEFORE_AGE = Pattern.compile("(?i)\\b(?:client|pt|patient|youth|kid|boy|girl|"
            + "lad|lass|bloke|guy|woman|man|son|daughter|teen|teenager|vet|veteran|wife|husband|partner|brother|"
            + "sister|fella|lady|gent|student|pupil)\\s+(?:is\\s+|was\\s+|named\\s+|called\\s+)?(\\p{L}[\\p{L}'’-]+)\\s*,?\\s*\\(?"
            + "\\d{1,2}\\s?(?:[mf]|yo|y/o|yrs?)?\\b(?!\\s*(?:%|mg|times|sessions|weeks|months|years|yrs|days|hours|mins|"
            + "minutes|x|am|pm|o'?clock|/|:|\\.\\d|-\\d))");
    // NAME: the name someone goes by among others ("bloke everyone calls blue, 60", "client everyone calls ah boy")
    private static final Pattern CALLED_BY_ALL = Pattern.compile("(?i)\\b(?:everyone|everybody|people|folks|the lads|"
            + "his mates|her mates|the kids|we all|they all|all)\\s+call(?:s|ed)?\\s+(\\p{L}[\\p{L}'’-]*(?:\\s+\\p{L}"
            + "[\\p{L}'’-]*)?)(?=\\s*[,(]|\\s+\\d)");
    // NAME: a pet after its owner and its kind, at a pause or before a verb ("his dog biscuit.", "her cat pickles,")
    private static final Pattern PET_NAME = Pattern.compile("(?i)\\b(?:his|her|their|my|our|the|\\p{L}+['’]s)\\s+"
            + "(?:(?:old|new|little|rescue|beloved|late|wee)\\s+)?(?:dog|dug|cat|puppy|pup|kitten|horse|pony|budgie|"
            + "parrot|rabbit|bunny|hamster|ferret|goat|greyhound|lab|collie|staffy|heeler|kelpie|mare|gelding)\\s+"
            + "(\\p{L}[\\p{L}'’-]+)(?=\\s*(?:[,.;:)!?]|$)|\\s+(?:who|and|but|is|was|has|had|died|passed|\\d)\\b)");
    private static final Set<String> NOT_NAMES_BEFORE_AGE = Set.of("aged", "age", "about", "around", "roughly",
            "approx", "nearly", "almost", "now", "turning", "turned", "just", "only", "barely", "over", "under",
            "since", "for", "from", "in", "at", "years", "year", "yrs", "yr");

    private static void namePositions(String text, List<Candidate> found) {
        Lexicon lexicon = Lexicon.get();
        for (Pattern place : List.of(NAME_BEFORE_AGE, CALLED_BY_ALL, PET_NAME)) {
            Matcher m = place.matcher(text);
            while (m.find()) {
                String name = m.group(1);
                String first = name.split("\\s+")[0].toLowerCase(Locale.ROOT);
                boolean verb = lexicon.has(first, Lexicon.VERB_3RD) && !Gazetteer.get().isFirstName(first);
                if (pseudonym(first) && !verb && !NOT_NAMES_BEFORE_AGE.contains(first) && !Vocabulary.isField(first)
                        && !Gazetteer.get().isRegion(first)) {
                    found.add(new Candidate(m.start(1), m.end(1), IdentifierType.NAME, "person"));
                }
            }
        }
    }

    private static void ageSexApposition(String text, List<Candidate> found) {
        Matcher m = AGE_SEX_APPOSITION.matcher(text);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            boolean name = Gazetteer.get().isFirstName(word) || !Lexicon.get().isKnown(word);
            if (name && pseudonym(word) && !Vocabulary.isField(word) && !Gazetteer.get().isRegion(word)) {
                found.add(new Candidate(m.start(1), m.end(1), IdentifierType.NAME, "person"));
            }
        }
    }

    /** A name the writer gives the person in the post ("let's call her misty", "lets say sage."). */
    private static void pseudonyms(String text, List<Candidate> found) {
        String lower = Deidentifier.lower(text);
        if (!lower.contains("call") && !lower.contains("name") && !lower.contains("say")) {
            return;
        }
        for (Pattern frame : List.of(PSEUDONYM_CALL, PSEUDONYM_IMPERATIVE, PSEUDONYM_SAY, CALLED_PET)) {
            Matcher m = frame.matcher(text);
            while (m.find()) {
                if (pseudonym(m.group(1).toLowerCase(Locale.ROOT))) {
                    found.add(new Candidate(m.start(1), m.end(1), IdentifierType.NAME, "person"));
                }
            }
        }
    }

    /** After a cue that only ever names, a word is the name unless closed-class, a role, a time or a number. */
    private static boolean pseudonym(String word) {
        boolean firstName = Gazetteer.get().isFirstName(word);
        boolean function = Lexicon.get().has(word, Lexicon.FUNCTION) && !(MODALS.contains(word) && firstName);
        return !function && !NOT_A_PSEUDONYM.contains(word) && !isRoleWord(word) && !TITLES.contains(word)
                && !DatePatterns.WEEKDAYS.contains(word) && !word.matches(".*\\d.*")
                && !(Lexicon.get().has(word, Lexicon.ADVERB) && !firstName);
    }

    /**
     * The name someone is called by: a quoted phrase of up to three words, or one word that cannot be read as what
     * the calling says of them ("calls him lazy", "called her back", "calls me names", "calls her every day").
     */
    private static void calledBy(String text, List<Candidate> found) {
        if (!Deidentifier.lower(text).contains("call")) {
            return;
        }
        Matcher m = CALLED_BY.matcher(text);
        Lexicon lexicon = Lexicon.get();
        while (m.find()) {
            if (m.group(1) != null && !isRoleWord(m.group(1)) && !TITLES.contains(Vocabulary.bare(m.group(1)))) {
                continue; // "calls his childhood 'character building'": a thing, not a person, is called
            }
            String called = m.group();
            char last = called.charAt(called.length() - 1);
            if ("\"”’'".indexOf(last) >= 0) {
                int open = m.start() + Math.max(Math.max(called.indexOf('"'), called.indexOf('“')),
                        Math.max(called.indexOf('‘'), called.lastIndexOf(" '") + 1));
                String inner = text.substring(open + 1, m.end() - 1).strip();
                String[] words = inner.split("\\s+");
                // 'call her "clingy"' is a word said of her; '"Mama Ibeji"', '"Blue"' are names she goes by
                if (!inner.isEmpty() && words.length <= 3 && (java.util.Arrays.stream(words).allMatch(Texts::isCapitalised)
                        || words.length == 1 && nameLikeWord(words[0], new Token(open + 1, m.end() - 1, inner)))) {
                    found.add(new Candidate(open + 1, m.end() - 1, IdentifierType.NAME, "person"));
                }
                continue;
            }
            int start = m.start() + called.lastIndexOf(' ') + 1;
            String word = text.substring(start, m.end());
            if (nameLikeWord(word, new Token(start, m.end(), word))) {
                found.add(new Candidate(start, m.end(), IdentifierType.NAME, "person"));
            }
        }
    }

    /** A word that cannot be read as what is said of someone: no adjective, adverb, plural, verb or role. */
    private static boolean nameLikeWord(String word, Token token) {
        Lexicon lexicon = Lexicon.get();
        String lower = Vocabulary.bare(word);
        return lower.length() >= 2 && !RecallLayer.safeEverywhere(token) && !isRoleWord(lower)
                && !TITLES.contains(lower) && !Vocabulary.PERSON_NOUNS.contains(lower) && !Vocabulary.isCommon(lower)
                && !lexicon.has(lower, Lexicon.ADJECTIVE) && !lexicon.has(lower, Lexicon.ADVERB)
                && !lexicon.has(lower, Lexicon.FUNCTION) && !lexicon.has(lower, Lexicon.PLURAL)
                && !lexicon.has(lower, Lexicon.VERB_3RD);
    }

    private static final Pattern NICKNAME_BEFORE_REAL_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?=" + REAL_NAME_AFTER
            .pattern() + ")");

    /** "Tank (real name Warren)": the word before a bracket that gives the real name is a nickname. */
    private static void nicknameBeforeRealName(String text, List<Candidate> found) {
        String lower = Deidentifier.lower(text);
        if (!lower.contains(" name") && !lower.contains("born") && !lower.contains("christened")) {
            return;
        }
        Matcher word = NICKNAME_BEFORE_REAL_NAME.matcher(text);
        while (word.find()) {
            if (!RecallLayer.safeEverywhere(new Token(word.start(), word.end(), word.group()))) {
                found.add(new Candidate(word.start(), word.end(), IdentifierType.NAME, "person"));
            }
        }
    }

    /** A cited author: a theorist of the field, or any name with a citation cue ("as X writes", "X (2019)"). */
    static boolean citation(String text, List<Token> run, String before) {
        Token tail = run.getLast();
        if (run.stream().anyMatch(t -> Vocabulary.isTheorist(t.text()))) {
            return true;
        }
        // "Mikulincer and Shaver", "Main & Hesse": an author named with a theorist
        String around = text.substring(Math.max(0, run.getFirst().start() - 20), Math.min(text.length(), tail.end() + 20));
        if (Vocabulary.isAuthor(tail.text()) && java.util.Arrays.stream(around.split("[^\\p{L}'’-]+"))
                .anyMatch(Vocabulary::isTheorist) && AND.matcher(around).find()) {
            return true;
        }
        String after = text.substring(NameRecogniser.nameEnd(tail), Math.min(text.length(), tail.end() + 40))
                .toLowerCase(Locale.ROOT);
        if (Vocabulary.isCitedFullName(text.substring(run.getFirst().start(), NameRecogniser.nameEnd(tail)))) {
            return true;
        }
        if (CITED_AFTER.matcher(after).matches()) {
            return true;
        }
        boolean citingVerb = CITING_VERB.matcher(after).matches();
        if (Vocabulary.isAuthor(tail.text())) {
            return CITED_BEFORE.matcher(before).find() || citingVerb;
        }
        return citingVerb && AS_BEFORE.matcher(before).find();
    }

    static int nameEnd(Token token) {
        String t = token.text();
        return t.endsWith("'s") || t.endsWith("’s") ? token.end() - 2 : token.end();
    }
}
