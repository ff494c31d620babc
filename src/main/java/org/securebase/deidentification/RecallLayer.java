package org.securebase.deidentification;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The recall layer, after Philter: a token is left alone only when it is positively known to be safe. Safe are
 * ordinary English words used as words (the packaged POS dictionary, {@link Lexicon}), the field's own terms,
 * theorists, medicines and diagnoses ({@link Vocabulary}, {@link Gazetteer}), regions, months and weekdays, titles
 * and kinship words, and numbers that are counts, doses, times or years. Every other word, code or number that no
 * other recogniser claimed becomes a candidate, typed by context.
 */
final class RecallLayer {

    // a number with a unit or ordinal suffix: "3rd", "10mg", "5pm", "6yo", "1990s", "24h", "2x", "20s"
    private static final Pattern SAFE_MIXED = Pattern.compile(
            "(?i)\\d+(?:st|nd|rd|th|s|am|pm|mg|mcg|ml|kg|lb|lbs|k|"
                    + "m|yo|y|yr|yrs|mo|mos|mth|mths|wk|wks|h|hr|hrs|min|mins|x|ft|cm|km|mm|g|d|w|ish|f|c|kph|mph|gb|mb|"
                    + "hz|bpm|yrs?old)|[a-z]{1,2}\\d{1,3}s?|[Uu]\\d{1,2}s|[A-Z]{2,}\\d{1,2}|[A-Z]\\d|\\d[A-Z]{2,3}|[A-Z]{2,5}-?\\d{1,2}");
    // contractions written without the apostrophe: "doesnt", "hes", "ive", "theyre", "wouldve", "whats"
    private static final Pattern CONTRACTION = Pattern.compile("(?i)(?:(?:do|does|did|is|are|was|were|has|have|had|"
            + "could|would|should|ca|wo|must|need|might|ai|sha)nt|(?:he|she|it|what|that|there|who|where|how|here|let|"
            + "everyone|nobody|someone)s|(?:i|you|we|they|he|she|who|that|there|would|could|should|might|must)(?:ve|d|ll)"
            + "|(?:you|we|they|who)re|im|(?:i|you|we|they|he|she|it|that|there)ll)");
    private static final java.util.Set<String> PLACE_PREFIX = java.util.Set.of(
            "west",
            "east",
            "north",
            "south",
            "port",
            "fort",
            "mount",
            "mt",
            "lake",
            "new",
            "upper",
            "lower",
            "saint",
            "st",
            "san",
            "santa",
            "el",
            "la",
            "los",
            "las",
            "le",
            "great",
            "little",
            "old",
            "bad",
            "sankt",
            "glen",
            // Māori place names open with the article ("near te awamutu", "te puke")
            "te",
            "bay",
            "cape",
            "point",
            "river",
            "royal");
    private static final java.util.Set<String> HEDGES = java.util.Set.of("ish", "esque", "y", "lite");
    // a determiner right before a lower-case word makes it a noun, not a name: "his koro", "their kopitiam",
    // "the next appt"; a name in lower case follows a role word ("her husband bill"), never a bare determiner
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of(
            "the", "a", "an", "his", "her", "their", "my", "our", "your", "its", "next", "last", "this", "that",
            "every", "each");
    // two capitalised parts of four letters or more, neither a prefix ("Self-Care", "Post-Adoption" are not names)
    private static final Pattern DOUBLE_BARRELLED = Pattern.compile("(?!(?i:self|post|anti|over|under|semi|multi|"
            + "inter|intra|super|non|pre|co)-)\\p{Lu}\\p{Ll}{3,}-\\p{Lu}\\p{Ll}{3,}");
    private static final Pattern CAUSATIVE_BEFORE = Pattern.compile("(?i)\\b(?:help|helps|helping|helped|let|lets|"
            + "letting|make|makes|making|made|watch|watched|see|saw|have|has|had|get|gets|got|bid)\\s+"
            + "(?:[\\p{L}'’-]+\\s+){1,4}$");
    private static final Pattern AUXILIARY_AFTER = Pattern.compile(" (?:is|was|has|had)\\b");
    private static final Pattern SPEECH_AFTER = Pattern.compile("\\s*[,:]?\\s*[\"“]\\p{L}");
    private static final Pattern RELATIVE_AFTER = Pattern.compile("\\s+(?:who|whom|whose)\\b");
    // the elements English and Scots place names end in (-head, -croft, -fields, -holme, -thorpe, -wick…)
    private static final Pattern TOPONYMIC_ENDING = Pattern.compile("(?:head|croft|fields?|holme|thorpe|thorp|wick|"
            + "worth|mouth|stead|bury|borough|brough|burgh|dale|moor|combe|hurst|shaw|ford|bridge|burn|gate|well|lands?|"
            + "ley|ton|ham|by|wood|vale|brook|haven|port|hill|side|cliffe|cliff|garth|law|muir|kirk|more)$");
    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}\\d&]{2,6}s?");

    private RecallLayer() {}

    /** The word without a possessive or a contraction: "I'm" is "i", "Mum's" is "mum", "doesnt" is "does". */
    static String stem(String word) {
        String bare = Vocabulary.bare(word);
        if (bare.equals("can't") || bare.equals("can’t")) {
            return "can";
        }
        if (bare.equals("won't") || bare.equals("won’t")) {
            return "will";
        }
        int apostrophe = bare.indexOf('\'') >= 0 ? bare.indexOf('\'') : bare.indexOf('’');
        if (apostrophe > 0) {
            String head = bare.substring(0, apostrophe);
            return head.endsWith("n") && bare.endsWith("t") ? head.substring(0, head.length() - 1) : head;
        }
        return bare;
    }

    /**
     * A double-barrelled name has a part no dictionary knows as a word, or two parts the name lists know
     * ("Heriot-Watt"); a heading's compound of ordinary words ("Attachment-Based", "Soul-Self") is none.
     */
    private static boolean doubleBarrelledName(String lower) {
        String[] parts = lower.split("-");
        Gazetteer gazetteer = Gazetteer.get();
        boolean unknown =
                !Lexicon.get().isCommonWord(parts[0]) || !Lexicon.get().isCommonWord(parts[1]);
        boolean named = (gazetteer.isSurname(parts[0]) || gazetteer.isFirstName(parts[0]))
                && (gazetteer.isSurname(parts[1]) || gazetteer.isFirstName(parts[1]));
        return unknown || named;
    }

    /** Never an identifier by itself: field terms, theorists, regions, months, weekdays, titles, closed-class words. */
    static boolean safeEverywhere(Token token) {
        String word = token.text();
        String lower = stem(word);
        Gazetteer gazetteer = Gazetteer.get();
        if (Vocabulary.isField(word)
                || Vocabulary.isField(lower)
                || Vocabulary.isTheorist(word)
                || DatePatterns.MONTHS.contains(lower)
                || DatePatterns.WEEKDAYS.contains(lower)
                || lower.endsWith("s") && DatePatterns.WEEKDAYS.contains(lower.substring(0, lower.length() - 1))
                // a kinship title the English dictionary knows only as a first name ("Lola") is a name on its own
                || NameRecogniser.TITLES.contains(lower)
                        && !(gazetteer.isFirstName(lower)
                                && Lexicon.get().isProperOnly(lower)
                                && !NameRecogniser.isRoleWord(lower))
                || gazetteer.isRegion(lower) && !gazetteer.isFirstName(lower)
                || gazetteer.isMedical(lower) && !gazetteer.isFirstName(lower)) {
            return true;
        }
        if (DOUBLE_BARRELLED.matcher(word).matches() && !Vocabulary.isField(word) && doubleBarrelledName(lower)) {
            return false; // "Heriot-Watt", "Owusu-Ansah": two capitalised names joined
        }
        if (word.contains("-")) {
            // "DDP-informed", "OCD-flavoured", "Vietnam-era", "post-MI": safe when every part is
            for (String part : stem(word).split("-")) {
                // a hedge on a field term is no name ("Theraplay-ish", "CBT-ish", "EMDR-esque")
                if (part.length() > 2
                        && !HEDGES.contains(part)
                        && !safeEverywhere(new Token(0, part.length(), part))
                        && !gazetteer.isRegion(part)
                        && !Lexicon.get().isCommonWord(part)
                        && !ACRONYM.matcher(part).matches()) {
                    return false;
                }
            }
            return true;
        }
        if (word.length() == 1 || lower.equals("i")) {
            return true; // a letter on its own: "(F, 34)", "Q for the group"
        }
        if (word.indexOf('\'') > 0 || word.indexOf('’') > 0) {
            // "G'day", "rec'd", "ma'am": safe when a part is an ordinary word; "O'Brien" is not
            String[] parts = word.split("['’]");
            if (parts.length == 2
                    && parts[0].length() <= 3
                    && (Lexicon.get().isCommonWord(parts[1])
                            || Lexicon.get().isCommonWord(parts[0]) && parts[1].length() <= 2)) {
                return true;
            }
        }
        return Lexicon.get().has(lower, Lexicon.FUNCTION) && !gazetteer.isFirstName(lower)
                || ACRONYM.matcher(word).matches()
                        && Lexicon.get().isKnown(word)
                        && !Lexicon.get().isProperOnly(word);
    }

    /**
     * A capitalised word that is safe where it stands: anywhere if {@link #safeEverywhere}; at the start of a
     * sentence if it is an ordinary word; mid-sentence only if it is an ordinary word that is not also a name.
     */
    static boolean safeCapitalised(Token token, boolean sentenceStart) {
        if (safeEverywhere(token) || contractionOpener(token, sentenceStart)) {
            return true;
        }
        String lower = stem(token.text());
        boolean common = Lexicon.get().isCommonWord(lower) || Vocabulary.isCommon(lower);
        if (!common) {
            return false;
        }
        // Mid-sentence, a capital on an ordinary word says it is a name ("Summer and Dev", "on Mission").
        return sentenceStart;
    }

    /** A sentence opened by a contraction written without its apostrophe ("Im thinking", "Ive read", "Dont"). */
    static boolean contractionOpener(Token token, boolean sentenceStart) {
        return sentenceStart && CONTRACTION.matcher(token.lower()).matches();
    }

    /** An ordinary word that is also a first name or a proper noun: Hope, Grace, Will, June, Bill, Robin. */
    static boolean ambiguousName(Token token) {
        String lower = token.lower();
        boolean common = Lexicon.get().isCommonWord(lower) || Vocabulary.isCommon(lower);
        if (Vocabulary.PERSON_NOUNS.contains(lower)) {
            return false; // "Boy, 9,", "Man, 45": a description, not a name
        }
        return DatePatterns.MONTHS.contains(lower)
                || lower.equals("will")
                || lower.equals("may")
                || common
                        && !Lexicon.get().has(lower, Lexicon.FUNCTION)
                        && Gazetteer.get().isFirstName(lower)
                        && !(Lexicon.get().has(lower, Lexicon.VERB_3RD)
                                && !Lexicon.get().has(lower, Lexicon.NOUN))
                        // "my client just texted": an adverb in lower case is never read as a name
                        && !(token.lowerCase() && Lexicon.get().has(lower, Lexicon.ADVERB));
    }

    // the kinship titles written before a name ("nana mere", "aunty pat", "lola nene"); parents' words are not,
    // since "mum guilt", "dad jokes" are things
    private static final java.util.Set<String> KINSHIP_TITLES = java.util.Set.of(
            "auntie",
            "aunty",
            "aunt",
            "uncle",
            "grandma",
            "grandpa",
            "granny",
            "gran",
            "grandad",
            "granddad",
            "nana",
            "nanna",
            "nan",
            "nonna",
            "nonno",
            "abuela",
            "abuelo",
            "oma",
            "opa",
            "ouma",
            "oupa",
            "bibi",
            "dadi",
            "nani",
            "baba",
            "bubbe",
            "zaida",
            "saba",
            "savta",
            "lola",
            "lolo",
            "tita",
            "tito",
            "kuya",
            "ate",
            "tia",
            "tio",
            "tía",
            "tío",
            "teta",
            "jiddo",
            "babcia",
            "dziadek",
            "babushka",
            "oom",
            "tannie",
            "tantie",
            "tanty",
            "cousin",
            "koro",
            "kui",
            "taua",
            "poppa",
            "pop");

    /** "lives w nana mere since": a lower-case word after a kinship title is the relative's name. */
    private static boolean namedByKinshipTitle(String text, List<Token> tokens, int i) {
        Token title = i < 1 ? null : tokens.get(i - 1);
        if (title == null
                || !KINSHIP_TITLES.contains(title.lower())
                || !Texts.adjacent(text, title, tokens.get(i))
                || title.text().endsWith("s") && !title.lower().endsWith("s")
                || title.text().matches(".*['’]s")) {
            return false;
        }
        String lower = tokens.get(i).lower();
        Lexicon lexicon = Lexicon.get();
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        boolean nounFollows = next != null
                && Texts.adjacent(text, tokens.get(i), next)
                && lexicon.has(next.lower(), Lexicon.NOUN)
                && !lexicon.has(next.lower(), Lexicon.FUNCTION)
                && !lexicon.has(next.lower(), Lexicon.VERB_3RD);
        return lower.length() > 1
                && !lexicon.has(lower, Lexicon.FUNCTION)
                && !lexicon.has(lower, Lexicon.ADVERB)
                && !lexicon.has(lower, Lexicon.VERB_3RD)
                && !lexicon.has(lower, Lexicon.PLURAL)
                && !NameRecogniser.isRoleWord(lower)
                && !NameRecogniser.TITLES.contains(lower)
                && !lower.endsWith("ing")
                && !lower.endsWith("'s")
                && !lower.endsWith("’s")
                && !safeEverywhere(tokens.get(i))
                && !CONTRACTION.matcher(lower).matches()
                && !nounFollows;
    }

    // what may follow a named institution and "in" without being its town: "Roosevelt High in town", "in crisis"
    private static final java.util.Set<String> NOT_A_TOWN = java.util.Set.of(
            "town",
            "city",
            "village",
            "school",
            "class",
            "care",
            "crisis",
            "session",
            "sessions",
            "therapy",
            "person",
            "total",
            "general",
            "particular",
            "future",
            "public",
            "private",
            "time",
            "year",
            "term",
            "fact",
            "trouble",
            "turn",
            "question",
            "place",
            "part",
            "full",
            "theory",
            "practice",
            "charge",
            "case",
            "touch",
            "between",
            "tears",
            "hospital",
            "residence",
            "treatment",
            "recovery",
            "custody",
            "foster",
            "line",
            "mind");

    /**
     * "Roosevelt High in mesa,": a lower-case word ending a phrase after a named school, hospital or employer and
     * "in" is the town the institution stands in, whatever else the word means.
     */
    private static boolean townOfInstitution(String text, List<Token> tokens, int i) {
        if (i < 2 || !tokens.get(i - 1).lower().equals("in")) {
            return false;
        }
        Token institution = tokens.get(i - 2);
        Token town = tokens.get(i);
        String lower = town.lower();
        Lexicon lexicon = Lexicon.get();
        return institution.capitalised()
                && PlaceAndOrgRecogniser.kindWord(institution)
                && Texts.adjacent(text, institution, tokens.get(i - 1))
                && Texts.adjacent(text, tokens.get(i - 1), town)
                && (town.end() == text.length() || ",.;:)".indexOf(text.charAt(town.end())) >= 0)
                && lower.length() > 2
                && !NOT_A_TOWN.contains(lower)
                && !lower.endsWith("ing")
                && !lexicon.has(lower, Lexicon.FUNCTION)
                && !lexicon.has(lower, Lexicon.ADVERB)
                && !lexicon.has(lower, Lexicon.PLURAL)
                && !safeEverywhere(town);
    }

    /** Lower-case words and leftover codes and numbers that no recogniser claimed. */
    static void find(String text, List<Token> tokens, List<Candidate> found) {
        Gazetteer gazetteer = Gazetteer.get();
        Lexicon lexicon = Lexicon.get();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String word = token.text();
            if (Character.isDigit(word.charAt(0)) || word.chars().anyMatch(Character::isDigit)) {
                code(text, token, found);
                continue;
            }
            if (!token.lowerCase() || word.length() < 2) {
                continue;
            }
            String lower = token.lower();
            boolean sentenceStart = Texts.sentenceStart(text, token.start());
            // "her husband bill", "my consultant robin says", "his social worker june": an ordinary word in a
            // person's place
            if (ambiguousName(token) && NameRecogniser.namePosition(text, tokens, i, sentenceStart)) {
                found.add(new Candidate(token.start(), NameRecogniser.nameEnd(token), IdentifierType.NAME, "person"));
                continue;
            }
            Token following = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (NameRecogniser.TITLES.contains(lower)
                    && following != null
                    && following.capitalised()
                    && Texts.adjacent(text, token, following)) {
                continue; // "her lola Rosa": a kinship title before the name
            }
            if (NameRecogniser.introduced(text, tokens, i)) {
                found.add(new Candidate(token.start(), NameRecogniser.nameEnd(token), IdentifierType.NAME, "person"));
                continue;
            }
            // "her bf river ended it", "his dog tank who died": an ordinary noun between a role word and a finite verb
            // or a relative pronoun is the person's (or pet's) name
            if (lexicon.has(lower, Lexicon.NOUN)
                    && !lexicon.has(lower, Lexicon.ADJECTIVE)
                    && !lexicon.has(lower, Lexicon.FUNCTION)
                    && !NameRecogniser.isRoleWord(lower)
                    // "help a foster carer stay regulated", "let her mum know": a verb after a causative's object
                    && !(lexicon.has(lower, Lexicon.VERB_BASE)
                            && CAUSATIVE_BEFORE
                                    .matcher(text.substring(Math.max(0, token.start() - 50), token.start()))
                                    .find())
                    && NameRecogniser.roleBefore(text, token.start())
                    && (NameRecogniser.subjectOfVerb(text, tokens, i)
                            // 'bf tanner "might break up w me"': a noun a role names, then the words it said
                            || SPEECH_AFTER
                                    .matcher(text)
                                    .region(token.end(), text.length())
                                    .lookingAt()
                            // "fiance tucker is", "her son bear was": the subject of an auxiliary
                            || !lower.endsWith("ing")
                                    && AUXILIARY_AFTER
                                            .matcher(text)
                                            .region(token.end(), text.length())
                                            .lookingAt()
                            || RELATIVE_AFTER
                                    .matcher(text)
                                    .region(token.end(), text.length())
                                    .lookingAt())) {
                found.add(new Candidate(token.start(), NameRecogniser.nameEnd(token), IdentifierType.NAME, "person"));
                continue;
            }
            if (namedByKinshipTitle(text, tokens, i)) {
                found.add(new Candidate(token.start(), NameRecogniser.nameEnd(token), IdentifierType.NAME, "person"));
                continue;
            }
            if (townOfInstitution(text, tokens, i)) {
                found.add(new Candidate(token.start(), token.end(), IdentifierType.LOC, "city"));
                continue;
            }
            if (lexicon.isCommonWord(lower) || Vocabulary.isCommon(lower)) {
                continue;
            }
            Token previous = i > 0 ? tokens.get(i - 1) : null;
            Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            // "plays for the aylmer aces", "at the masithandane shelter": a word no dictionary knows between "the"
            // and a plural noun or a kind of place names a team, a club or the place, not a thing
            if (previous != null
                    && previous.lower().equals("the")
                    && after != null
                    && after.lowerCase()
                    && Texts.adjacent(text, token, after)
                    && (lexicon.has(after.lower(), Lexicon.PLURAL)
                            || PlaceAndOrgRecogniser.FACILITY.contains(after.lower())
                            || PlaceAndOrgRecogniser.SCHOOL.contains(after.lower())
                            || PlaceAndOrgRecogniser.ORG_SUFFIX.contains(after.lower()))
                    && !lexicon.isKnown(lower)
                    && !lexicon.isTypoOfCommonWord(lower)
                    && !safeEverywhere(token)) {
                found.add(new Candidate(token.start(), after.end(), IdentifierType.ORG, "organisation"));
                continue;
            }
            if (previous != null
                    && DETERMINERS.contains(previous.lower())
                    && Texts.adjacent(text, previous, token)
                    && !previous.text().endsWith("'s")
                    && !previous.text().endsWith("’s")) {
                continue;
            }
            if (slipOrInflection(lower)) {
                continue;
            }
            if (previous != null
                    && PlaceAndOrgRecogniser.PLACE_CUES.contains(previous.lower())
                    && previous.lowerCase()
                    && !safeEverywhere(token)
                    && !safeLowerCase(lower)
                    && lower.length() > 2) {
                // "moved to vonniefort", "lives in west harlan": an unknown word after a place word is a place,
                // with the unknown words and connectors that follow ("santa coloma de gramanet")
                found.add(new Candidate(token.start(), placeEnd(tokens, i, text), IdentifierType.LOC, "city"));
                continue;
            }
            if (previous != null
                    && PLACE_PREFIX.contains(previous.lower())
                    && i > 1
                    && PlaceAndOrgRecogniser.PLACE_CUES.contains(
                            tokens.get(i - 2).lower())
                    && !safeEverywhere(token)
                    && !safeLowerCase(lower)) {
                found.add(new Candidate(previous.start(), token.end(), IdentifierType.LOC, "city"));
                continue;
            }
            if (safeEverywhere(token) || safeLowerCase(lower)) {
                continue;
            }
            if (NameRecogniser.roleBefore(text, token.start()) && !safeEverywhere(token)) {
                // "my client amarnath says": a word after a role is a name, whatever the dictionaries say
                found.add(new Candidate(token.start(), NameRecogniser.nameEnd(token), IdentifierType.NAME, "person"));
                continue;
            }
            boolean nameLike = (gazetteer.isFirstName(lower) || gazetteer.isSurname(lower) || lexicon.isProper(lower))
                    && lower.length() > 2;
            // "so bex turns up late", "jo (my client) is 30", "me and gaz went": a short word no dictionary knows,
            // in a person's place, is a nickname rather than shorthand
            boolean shortName = lower.length() < 4
                    && lower.matches(".*[aeiouy].*")
                    && !lexicon.isCommonWord(lower)
                    && !NameRecogniser.TITLES.contains(lower)
                    && !NameRecogniser.isRoleWord(lower)
                    && !lower.equals("da") // the Irish "her da"
                    && (NameRecogniser.namePosition(text, tokens, i, sentenceStart)
                            || NameRecogniser.subjectOfVerb(text, tokens, i));
            if (shortName) {
                found.add(new Candidate(token.start(), NameRecogniser.nameEnd(token), IdentifierType.NAME, "person"));
                continue;
            }
            // "up hillhead", "the seacroft estate": a compound no dictionary knows that ends in an element English
            // place names are built from is a place, not a coinage like "psychoeducation"
            if (!nameLike
                    && lexicon.isCompound(lower)
                    && TOPONYMIC_ENDING.matcher(lower).find()) {
                found.add(new Candidate(token.start(), token.end(), IdentifierType.LOC, "city"));
                continue;
            }
            if (!nameLike && (lower.length() < 4 || lexicon.isTypoOfCommonWord(lower) || lexicon.isCompound(lower))) {
                // "ppl", "u", "definately", "psychoeducation": shorthand, slips and compounds of ordinary words
                continue;
            }
            boolean placeCue = previous != null && PlaceAndOrgRecogniser.STRONG_PLACE_CUES.contains(previous.lower());
            found.add(new Candidate(
                    token.start(),
                    NameRecogniser.nameEnd(token),
                    placeCue ? IdentifierType.LOC : IdentifierType.NAME,
                    placeCue ? "city" : "person"));
        }
    }

    private static final java.util.Set<String> PLACE_CONNECTORS =
            java.util.Set.of("de", "del", "la", "di", "da", "do", "on", "upon", "sur", "am", "an", "der", "of");

    private static int placeEnd(List<Token> tokens, int index, String text) {
        int end = tokens.get(index).end();
        for (int j = index + 1; j < tokens.size(); j++) {
            Token next = tokens.get(j);
            if (!text.substring(end, next.start()).equals(" ")) {
                break;
            }
            if (PLACE_CONNECTORS.contains(next.lower())
                    && j + 1 < tokens.size()
                    && !Lexicon.get().isCommonWord(tokens.get(j + 1).lower())) {
                continue;
            }
            if (Lexicon.get().isCommonWord(next.lower()) || safeEverywhere(next)) {
                break;
            }
            end = next.end();
        }
        return end;
    }

    /**
     * Safe class "ordinary word in another form": a letter doubled by a slip ("awfull", "realy" undoubled is the
     * typo search's), or the -ing form of an ordinary noun or verb ("eeling", "crabbing", "ubering"), unless a name
     * list knows the word ("manning", "sterling").
     */
    private static boolean slipOrInflection(String lower) {
        if (lower.length() < 5
                || Gazetteer.get().isFirstName(lower)
                || Gazetteer.get().isSurname(lower)) {
            return false;
        }
        for (int i = 1; i < lower.length(); i++) {
            if (lower.charAt(i) == lower.charAt(i - 1)
                    && Lexicon.get().isCommonWord(lower.substring(0, i) + lower.substring(i + 1))) {
                return true;
            }
        }
        if (lower.endsWith("ing")) {
            String stem = lower.substring(0, lower.length() - 3);
            return stem.length() >= 3
                    && (Lexicon.get().isCommonWord(stem)
                            || Lexicon.get().isCommonWord(stem + "e")
                            || stem.length() >= 4
                                    && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                                    && Lexicon.get().isCommonWord(stem.substring(0, stem.length() - 1)));
        }
        return false;
    }

    /** Contractions written without the apostrophe ("doesnt", "hes", "ive") and the dictionary's own words. */
    private static boolean safeLowerCase(String lower) {
        if (CONTRACTION.matcher(lower).matches()
                || (lower.indexOf('\'') > 0 || lower.indexOf('’') > 0)
                        && Lexicon.get().isCommonWord(stem(lower))) {
            return true; // "doesnt", "doesn't", "rec'd"
        }
        // the lower-case form itself must be a word: a form the dictionary knows only capitalised ("Mandurah",
        // tagged as a common noun there) is a name when written in lower case
        return Lexicon.get().flags(lower) != 0
                && !Lexicon.get().isProper(lower)
                && !Gazetteer.get().isFirstName(lower);
    }

    /**
     * ID: a leftover code mixing letters and digits ("4B", "K1198342"), or a number of 5+ digits that is not an
     * amount; a number with a unit or ordinal suffix is safe.
     */
    private static void code(String text, Token token, List<Candidate> found) {
        String word = token.text();
        if (word.chars().allMatch(Character::isDigit)) {
            char before = token.start() > 0 ? text.charAt(token.start() - 1) : ' ';
            if (word.length() >= 5
                    && "$£€,.".indexOf(before) < 0
                    && !DatePatterns.countFollows(text, token.end(), false)
                    && !(token.end() < text.length()
                            && ",.".indexOf(text.charAt(token.end())) >= 0
                            && token.end() + 1 < text.length()
                            && Character.isDigit(text.charAt(token.end() + 1)))) {
                found.add(new Candidate(token.start(), token.end(), IdentifierType.ID, "id"));
            }
            return;
        }
        if (!SAFE_MIXED.matcher(word).matches() && word.chars().anyMatch(Character::isLetter)) {
            found.add(new Candidate(token.start(), token.end(), IdentifierType.ID, "id"));
        }
    }

    static boolean isUpper(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT));
    }
}
