package org.securebase.deidentification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds identifying details in a case vignette and proposes a placeholder for each. Plain Java, no framework
 * types, safe to share between threads. Layered: patterns for contacts, numbers and dates; packaged dictionaries
 * of first names, surnames and regions; context cues (titles, kinship words, "works at", "lives in"); and
 * capitalisation, with an allow-list of the field's own words and the authors clinicians cite.
 */
public final class Deidentifier {

    /** The text with every detection replaced, and the detections (offsets into the original text). */
    public record Result(String text, List<Detection> detections) {
    }

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)]");
    private static final Pattern IP = Pattern.compile("\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w/-])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{2,5}\\)[\\s.-]?)?\\d{2,6}(?:[\\s.-]\\d{2,6}){1,4}(?![\\w/-])");
    private static final Pattern SSN = Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{1,6}[-#]?\\d[\\dA-Z-]{2,}\\b|\\b[A-Z]{1,4}\\d{4,}\\b");
    private static final Pattern CUED_ID = Pattern.compile("(?i)\\b(?:MRN|medical record|record|case|account|"
            + "licen[cs]e|badge|booking|claim|member|patient|client|NHS|insurance|policy|reference|ref|ID|"
            + "social security|SSN|passport|student|employee|file)\\s*(?:number|no\\.?|#|ID|num)?\\s*(?:is|was|:|of)?"
            + "\\s*([A-Z0-9][A-Z0-9-]{3,}(?:\\s\\d{2,}){0,3})");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@.])@?[A-Za-z][A-Za-z0-9_.]{2,}[A-Za-z0-9_](?![\\w@])");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "\\b(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:(?:last|next|this|early|late|mid)[- ])?"
            + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
            + "\\b(?:,?\\s+\\d{4})?");
    private static final Pattern RELATIVE_MONTH = Pattern.compile("\\b(?i:last|next|this|early|late|mid)[- ]"
            + MONTH + "\\b(?:\\s+\\d{4})?");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\s+\\d{4}\\b");
    private static final Pattern CUED_MONTH = Pattern.compile("\\b(?i:in|since|until|till|by|during|from|of|"
            + "before|after|every|each)\\s+(" + MONTH + ")\\b(?!\\s+\\p{Lu})");
    private static final Pattern AGE = Pattern.compile("(?<![\\d/.:$#-])\\b(9\\d|1[01]\\d)\\b(?![\\d/:%-]|\\.\\d|\\s*(?:%|"
            + "percent|minutes?|mins?|seconds?|hours?|hrs?|days?|weeks?|months?|sessions?|mg|kg|lbs?|pounds|"
            + "dollars|times|words|pages|km|miles|cm|degrees|people|clients|percent))");

    private static final Pattern TOKEN = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}\\d'’-]*|\\d+");
    private static final Set<String> CONNECTORS = Set.of("&", "of", "de", "van", "von", "der", "du", "da", "di",
            "le", "la", "bin", "al", "el", "y");
    private static final Set<String> ABBREVIATIONS = Set.of("st", "dr", "mr", "mrs", "ms", "sgt", "jr", "sr", "mt",
            "ft", "lt", "capt", "prof", "rev", "fr", "col", "gen", "cpl", "pvt", "det", "insp");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sgt", "sergeant",
            "officer", "capt", "captain", "lt", "lieutenant", "col", "colonel", "prof", "professor", "rev",
            "reverend", "fr", "father", "sister", "brother", "pastor", "rabbi", "imam", "judge", "nurse",
            "coach", "detective", "det", "inspector", "insp", "cpl", "pvt", "private", "corporal", "auntie", "uncle",
            "aunt", "grandma", "grandpa", "nana", "papa");
    private static final Set<String> STREET = Set.of("street", "st", "road", "rd", "avenue", "ave", "lane", "ln",
            "drive", "crescent", "court", "ct", "way", "boulevard", "blvd", "place", "pl", "trail", "park",
            "square", "sq", "hill", "terrace", "close", "grove", "gardens", "row", "mews", "parkway", "highway",
            "hwy", "circle", "walk", "green", "common", "bridge", "wharf", "quay", "estate");
    private static final Set<String> FACILITY = Set.of("hospital", "hospice", "clinic", "center", "centre",
            "shelter", "home", "house", "village", "prison", "jail", "penitentiary", "institute", "infirmary",
            "sanatorium", "unit", "ward", "residence", "apartments", "manor", "lodge", "hall", "campus", "facility",
            "refuge", "hostel", "camp", "asylum", "correctional", "detention");
    private static final Set<String> SCHOOL = Set.of("school", "primary", "academy", "college", "university",
            "elementary", "kindergarten", "nursery", "preschool", "high", "middle", "grammar", "seminary");
    private static final Set<String> ORG_SUFFIX = Set.of("llp", "llc", "inc", "ltd", "corp", "corporation",
            "company", "co", "group", "foods", "bakery", "hotel", "restaurant", "cafe", "café", "bank", "church",
            "mosque", "synagogue", "temple", "chapel", "parish", "congregation", "agency", "department", "services",
            "service", "health", "associates", "partners", "practice", "foundation", "trust", "council", "ministries",
            "store", "stores", "market", "supermarket", "factory", "mill", "motors", "airlines", "university",
            "club", "gym", "studio", "salon", "shop", "pharmacy", "firm", "industries", "systems", "solutions",
            "network", "society", "league", "union", "board", "authority", "office", "police", "fire");
    private static final Set<String> PLACE_CUES = Set.of("in", "near", "outside", "from", "to", "around", "across",
            "towards", "toward", "at", "into", "of", "between", "via", "through");
    private static final Pattern FACILITY_EXTENSION = Pattern.compile("\\s+(shelter|clinic|hospital|hospice|"
            + "center|centre|home|unit|ward|school|church|practice|office|camp|prison|jail|house|hostel)\\b"
            + "(\\s+(?:on|at|off)\\s+(?:\\d+\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?i:street|st|road|rd|avenue|ave|"
            + "lane|ln|drive|crescent|court|way|boulevard|blvd|place|trail|park|square|hill|terrace|close)\\b)?");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("\\d+[A-Za-z]?\\s+$");
    private static final Set<String> STRONG_PLACE_CUES = Set.of("in", "near", "outside", "around", "across",
            "towards", "toward", "into", "between", "via", "through", "above", "below", "beyond");
    private static final Set<String> PERSON_VERBS = Set.of("says", "said", "is", "was", "has", "had", "came",
            "comes", "told", "tells", "asked", "asks", "wants", "wanted", "cries", "cried", "feels", "felt",
            "arrives", "arrived", "lives", "lived", "works", "worked", "and", "who", "thinks", "thought", "writes",
            "wrote", "texts", "texted", "calls", "called", "seems", "seemed", "will", "would", "can", "could",
            "does", "did", "doesn't", "didn't", "won't", "can't", "isn't", "wasn't", "hasn't", "started", "stopped",
            "left", "became", "turned", "refused", "agreed", "brought", "loves", "hates", "likes", "needs",
            "shouts", "screamed", "visits", "visited", "died", "passed");
    private static final Pattern APPOSITION = Pattern.compile("(?:'s|’s)?,\\s+(?:\\d{1,3}\\b|(?i:one|two|three|four|"
            + "five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
            + "nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|aged|age|who|whose|my|our|his|her|"
            + "their|a|an|the|now|then)\\b)");
    private static final Set<String> SPEECH_VERBS = Set.of("says", "said", "told", "tells", "asked", "asks",
            "cries", "cried", "texts", "texted", "wants", "wanted", "feels", "felt", "insists", "insisted",
            "refuses", "refused", "admits", "admitted", "shouted", "screams", "whispered", "laughed", "explained");
    private static final Pattern KIN = Pattern.compile("(?i)\\b(mother|mom|mum|father|dad|sister|brother|wife|"
            + "husband|partner|ex-partner|ex-husband|ex-wife|boyfriend|girlfriend|fianc[ée]e?|son|daughter|aunt|"
            + "uncle|grandmother|grandfather|grandma|grandpa|stepfather|stepmother|stepdad|stepmom|cousin|niece|"
            + "nephew|trainee|supervisee|caseworker|teacher|colleague|friend|carer|caregiver|foster mother|"
            + "foster father|dog|cat|puppy|kitten|horse|pet|rabbit|baby|twin|child|kid|employer|boss|manager)"
            + "[\\s,]+(?:named\\s+|called\\s+)?$");
    private static final Pattern NAMED = Pattern.compile("(?i)\\b(?:named|called|nicknamed|goes by)\\s+"
            + "([\\p{L}][\\p{L}'’-]+)");

    private static final Comparator<Candidate> BY_POSITION = Comparator.comparingInt(Candidate::start)
            .thenComparing(Comparator.comparingInt(Candidate::end).reversed());

    private record Candidate(int start, int end, IdentifierType type, String hint) {
    }

    private final Gazetteer gazetteer = Gazetteer.get();

    public Result deidentify(String text) {
        List<Detection> detections = detect(text);
        return new Result(replace(text, detections), detections);
    }

    /** Replaces each detection by its placeholder. */
    public static String replace(String text, List<Detection> detections) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Detection d : detections) {
            out.append(text, at, d.start()).append(d.replacement());
            at = d.end();
        }
        return out.append(text.substring(at)).toString();
    }

    public List<Detection> detect(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Candidate> found = new ArrayList<>();
        patterns(text, found);
        words(text, found);
        everyMention(text, found);
        dropPlaceholders(text, found);
        return label(text, merge(found));
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[\\p{Lu}][\\p{L} -]{0,30}]|\\b90\\+");

    /** Text already replaced ("[Client A]", "[Phone]", "90+") is never an identifier again. */
    private static void dropPlaceholders(String text, List<Candidate> found) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            found.removeIf(c -> c.start() >= start && c.end() <= end);
        }
    }

    /** A name found once is found everywhere: "Callum" at the start of a later sentence is still Callum. */
    private static void everyMention(String text, List<Candidate> found) {
        Set<String> names = new java.util.HashSet<>();
        for (Candidate c : List.copyOf(found)) {
            if (c.type() == IdentifierType.NAME) {
                String surface = text.substring(c.start(), c.end())
                        .replaceAll("^(?i:(?:mr|mrs|ms|dr|sgt|miss|mx)\\.?\\s+)", "");
                for (String part : surface.split("\\s+")) {
                    if (part.length() > 2 && Character.isUpperCase(part.charAt(0)) && !Vocabulary.isCommon(part)) {
                        names.add(part);
                    }
                }
            }
        }
        for (String name : names) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name) + "(?![\\p{L}\\d])").matcher(text);
            while (m.find()) {
                found.add(new Candidate(m.start(), m.end(), IdentifierType.NAME, "person"));
            }
        }
    }

    // --- patterns ---

    private static void patterns(String text, List<Candidate> found) {
        add(found, EMAIL, text, IdentifierType.CONTACT, "email");
        add(found, URL, text, IdentifierType.CONTACT, "url");
        add(found, IP, text, IdentifierType.CONTACT, "ip");
        add(found, SSN, text, IdentifierType.ID, "id");
        add(found, NUMERIC_DATE, text, IdentifierType.DATE, "date");
        add(found, MONTH_DAY, text, IdentifierType.DATE, "date");
        add(found, DAY_MONTH, text, IdentifierType.DATE, "date");
        add(found, RELATIVE_MONTH, text, IdentifierType.DATE, "date");
        add(found, MONTH_YEAR, text, IdentifierType.DATE, "date");
        Matcher month = CUED_MONTH.matcher(text);
        while (month.find()) {
            found.add(new Candidate(month.start(1), month.end(1), IdentifierType.DATE, "date"));
        }
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            String digits = phone.group().replaceAll("\\D", "");
            if (digits.length() >= 7 && !looksLikeYearRange(phone.group())) {
                String before = text.substring(Math.max(0, phone.start() - 30), phone.start()).toLowerCase(Locale.ROOT);
                boolean cuedId = before.matches("(?s).*\\b(nhs|record|case|account|id|claim|policy|member|patient|"
                        + "reference|ref|insurance|licen[cs]e|badge|booking|ssn|social security)\\b.*");
                boolean contact = !cuedId && (phone.group().startsWith("+") || phone.group().startsWith("(")
                        || before.matches("(?s).*\\b(phone|cell|mobile|tel|telephone|fax|call|text|whatsapp|number|"
                        + "reach|contact)\\b.*"));
                found.add(new Candidate(phone.start(), phone.end(), contact ? IdentifierType.CONTACT : IdentifierType.ID,
                        contact ? "phone" : "id"));
            }
        }
        add(found, CODE, text, IdentifierType.ID, "id");
        Matcher cued = CUED_ID.matcher(text);
        while (cued.find()) {
            if (cued.group(1).chars().anyMatch(Character::isDigit)) {
                found.add(new Candidate(cued.start(1), cued.end(1), IdentifierType.ID, "id"));
            }
        }
        Matcher handle = HANDLE.matcher(text);
        while (handle.find()) {
            String h = handle.group();
            String core = h.startsWith("@") ? h.substring(1) : h;
            boolean mixed = Character.isLowerCase(core.charAt(0)) && core.chars().skip(1).anyMatch(Character::isUpperCase)
                    && core.chars().filter(Character::isUpperCase).count() >= 2;
            boolean coded = core.contains("_") || (core.chars().anyMatch(Character::isDigit)
                    && core.chars().filter(Character::isLetter).count() >= 3);
            if (h.startsWith("@") || mixed || (coded && !core.matches("\\d+(st|nd|rd|th)"))) {
                found.add(new Candidate(handle.start(), handle.end(), IdentifierType.ID, "handle"));
            }
        }
        Matcher age = AGE.matcher(text);
        while (age.find()) {
            found.add(new Candidate(age.start(), age.end(), IdentifierType.AGE, "age"));
        }
    }

    private static boolean looksLikeYearRange(String s) {
        return s.matches("(?:19|20)\\d\\d\\s*-\\s*(?:19|20)\\d\\d");
    }

    private static void add(List<Candidate> found, Pattern pattern, String text, IdentifierType type, String hint) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new Candidate(m.start(), m.end(), type, hint));
        }
    }

    // --- capitalised words and context ---

    private record Token(int start, int end, String text, String lower) {
        Token(int start, int end, String text) {
            this(start, end, text, Vocabulary.bare(text));
        }
    }

    private void words(String text, List<Candidate> found) {
        List<Token> tokens = tokens(text);
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!isCapitalised(t.text()) || Character.isDigit(t.text().charAt(0))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && adjacent(text, tokens.get(j), tokens.get(j + 1))
                    && (isCapitalised(tokens.get(j + 1).text())
                    || (j + 2 < tokens.size() && CONNECTORS.contains(tokens.get(j + 1).text())
                    && isCapitalised(tokens.get(j + 2).text()) && adjacent(text, tokens.get(j + 1), tokens.get(j + 2))))) {
                j += CONNECTORS.contains(tokens.get(j + 1).text()) ? 2 : 1;
            }
            run(text, tokens, i, j, found);
            i = j + 1;
        }
        Matcher named = NAMED.matcher(text);
        while (named.find()) {
            String word = named.group(1);
            if (!Vocabulary.isCommon(word) && !word.equalsIgnoreCase("it")) {
                found.add(new Candidate(named.start(1), named.end(1), IdentifierType.NAME, "person"));
            }
        }
    }

    private void run(String text, List<Token> tokens, int first, int last, List<Candidate> found) {
        boolean sentenceStart = sentenceStart(text, tokens.get(first).start());
        if (first == last && wordUsedAsName(text, tokens, first)) {
            Token only = tokens.get(first);
            found.add(new Candidate(only.start(), nameEnd(only), IdentifierType.NAME, "person"));
            return;
        }
        // Drop leading ordinary words ("When Callum", "The Harbor House") and trailing ones.
        while (first <= last && droppable(tokens.get(first), first == 0 || sentenceStart)) {
            first++;
            sentenceStart = false;
        }
        while (last >= first && !kindWord(tokens.get(last))
                && (droppable(tokens.get(last), false) || CONNECTORS.contains(tokens.get(last).text()))) {
            last--;
        }
        if (first > last) {
            return;
        }
        List<Token> run = tokens.subList(first, last + 1);
        Token head = run.getFirst();
        Token tail = run.getLast();
        String phrase = text.substring(head.start(), tail.end());
        String lastWord = tail.lower();
        Token previous = first > 0 ? tokens.get(first - 1) : null;
        Token next = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
        String before = text.substring(Math.max(0, head.start() - 40), head.start());

        boolean facilityFollows = facilityAfter(text, tail);
        if (run.stream().allMatch(t -> ordinary(t) || MONTHS.contains(t.lower()) || WEEKDAYS.contains(t.lower()))
                && !facilityFollows && !(run.size() > 1 && kindWord(tail))) {
            // A month that acts like a person ("June is 91") is a name; otherwise ordinary words.
            return;
        }
        if (!facilityFollows && (gazetteer.isRegion(phrase)
                || run.stream().allMatch(t -> gazetteer.isRegion(t.lower()) || ordinary(t)))) {
            return;
        }
        if (citation(text, run, before)) {
            return;
        }
        // "in Fremont and Hayward": a place listed with a place is a place.
        if (!found.isEmpty()) {
            Candidate listed = found.getLast();
            String between = text.substring(Math.min(listed.end(), head.start()), head.start());
            if ((listed.type() == IdentifierType.LOC || listed.type() == IdentifierType.ORG)
                    && between.matches("\\s*(?:,|,?\\s+(?:and|or|&))\\s+") && run.size() <= 3) {
                found.add(new Candidate(head.start(), tail.end(), listed.type(), listed.hint()));
                return;
            }
        }
        if (run.size() == 1 && head.text().matches("[\\p{Lu}\\d&]{2,6}s?") && !facilityAfter(text, tail)) {
            return; // an acronym on its own: EFT, NHS, VA
        }
        int start = head.start();
        int end = tail.end();
        IdentifierType type;
        String hint;
        boolean title = previous != null && TITLES.contains(previous.lower()) && adjacent(text, previous, head)
                && (isCapitalised(previous.text()) || ABBREVIATIONS.contains(previous.lower()));
        if (title) {
            start = previous.start();
        }
        if (STREET.contains(lastWord) && run.size() > 1) {
            type = IdentifierType.LOC;
            hint = "street";
            Matcher number = HOUSE_NUMBER.matcher(text.substring(Math.max(0, start - 12), start));
            if (number.find()) {
                start = start - (number.end() - number.start());
                hint = "address";
            }
        } else if (SCHOOL.contains(lastWord) || run.stream().anyMatch(t -> t.lower().equals("school"))) {
            type = IdentifierType.ORG;
            hint = "school";
        } else if (FACILITY.contains(lastWord) && run.size() > 1) {
            type = IdentifierType.LOC;
            hint = facilityHint(lastWord);
        } else if (ORG_SUFFIX.contains(lastWord) || phrase.contains("&") || phrase.matches(".*\\p{L}['’]s\\s+\\p{Lu}.*")) {
            type = IdentifierType.ORG;
            hint = employer(before) ? "employer" : "organisation";
        } else if (title) {
            type = IdentifierType.NAME;
            hint = "person";
        } else if (previous != null && !isCapitalised(previous.text())
                && (STRONG_PLACE_CUES.contains(previous.lower()) && !(next != null
                && PERSON_VERBS.contains(next.text().toLowerCase(Locale.ROOT)))
                || PLACE_CUES.contains(previous.lower()) && !gazetteer.isFirstName(head.lower()) && !employer(before))) {
            type = IdentifierType.LOC;
            hint = "city";
        } else if (previous != null && Set.of("at", "for", "from", "by").contains(previous.lower()) && employer(before)) {
            type = IdentifierType.ORG;
            hint = "employer";
        } else {
            if (sentenceStart && run.size() == 1 && !personLike(text, head, next)) {
                return;
            }
            type = IdentifierType.NAME;
            hint = "person";
            end = nameEnd(tail);
        }
        // "Harbor House shelter", "VA clinic on Hollister Road": take the facility word and its street too.
        Matcher facility = FACILITY_EXTENSION.matcher(text);
        facility.region(end, text.length());
        if (facility.lookingAt() && (type != IdentifierType.NAME
                || run.size() == 1 && head.text().matches("[\\p{Lu}]{2,6}"))) {
            end = facility.end();
            type = IdentifierType.LOC;
            hint = facilityHint(facility.group(1).toLowerCase(Locale.ROOT));
        }
        found.add(new Candidate(start, end, type, hint));
    }

    /** Words that end a place or organisation's name: "High School", "Retirement Village", "Mental Health". */
    private static boolean kindWord(Token token) {
        String lower = token.lower();
        return SCHOOL.contains(lower) || FACILITY.contains(lower) || STREET.contains(lower)
                || ORG_SUFFIX.contains(lower);
    }

    /**
     * A first name that is also an ordinary word or a month (Hope, Grace, Will, June) is a name when the sentence
     * treats it as a person: a verb of speech after it, "client" or a relative before it, or a relative in
     * apposition ("June, her grandmother,").
     */
    private boolean wordUsedAsName(String text, List<Token> tokens, int index) {
        Token token = tokens.get(index);
        boolean ambiguous = MONTHS.contains(token.lower())
                || (Vocabulary.isCommon(token.text()) && gazetteer.isFirstName(token.lower()));
        if (!ambiguous) {
            return false;
        }
        Token next = index + 1 < tokens.size() ? tokens.get(index + 1) : null;
        Token previous = index > 0 ? tokens.get(index - 1) : null;
        String after = text.substring(token.end(), Math.min(text.length(), token.end() + 30));
        if (next != null && (SPEECH_VERBS.contains(next.text().toLowerCase(Locale.ROOT))
                || MONTHS.contains(token.lower()) && PERSON_VERBS.contains(next.text().toLowerCase(Locale.ROOT))
                && !next.text().equalsIgnoreCase("and"))) {
            return true;
        }
        if (after.matches("(?s)^,\\s+(?:her|his|their|my|our|the)\\s+\\p{L}+.*")
                && KIN.matcher(after.replaceAll("(?s)^,\\s+(?:her|his|their|my|our|the)\\s+(\\p{L}+).*", "$1 ")).find()) {
            return true;
        }
        return previous != null && previous.lower().matches("client|patient|named|called|daughter|son|sister|"
                + "brother|mother|father|wife|husband|partner|trainee|girl|boy");
    }

    private static final Pattern FACILITY_AFTER = Pattern.compile("\\s+(shelter|clinic|hospital|hospice|center|"
            + "centre|home|unit|ward|school|church|practice|office|camp|prison|jail|house|hostel)\\b");

    private static boolean facilityAfter(String text, Token token) {
        Matcher m = FACILITY_AFTER.matcher(text);
        m.region(token.end(), text.length());
        return m.lookingAt();
    }

    private static String facilityHint(String word) {
        return switch (word) {
            case "hospital", "hospice", "clinic", "infirmary", "unit", "ward", "sanatorium" -> "hospital";
            case "shelter", "refuge", "hostel" -> "shelter";
            case "prison", "jail", "penitentiary", "correctional", "detention" -> "prison";
            case "school" -> "school";
            default -> "facility";
        };
    }

    private boolean personLike(String text, Token head, Token next) {
        if (Vocabulary.isCommon(head.text())) {
            return false;
        }
        if (!gazetteer.isFirstName(head.lower())) {
            // Not a known first name: a verb of speech after it, or an age or description in apposition
            // ("Tamsin, nine, ..."; "Tamsin, who ...") makes it a person.
            return next != null && SPEECH_VERBS.contains(next.text().toLowerCase(Locale.ROOT))
                    || APPOSITION.matcher(text).region(head.end(), text.length()).lookingAt();
        }
        String after = text.substring(head.end());
        return after.startsWith(",") || after.startsWith("'s") || after.startsWith("’s")
                || (next != null && PERSON_VERBS.contains(next.text().toLowerCase(Locale.ROOT)))
                || (next != null && isCapitalised(next.text()));
    }

    private boolean citation(String text, List<Token> run, String before) {
        Token tail = run.getLast();
        if (run.stream().anyMatch(t -> Vocabulary.isTheorist(t.text()))) {
            return true;
        }
        if (!Vocabulary.isAuthor(tail.text())) {
            return false;
        }
        String after = text.substring(tail.end(), Math.min(text.length(), tail.end() + 30)).toLowerCase(Locale.ROOT);
        return before.toLowerCase(Locale.ROOT).matches("(?s).*\\b(as|per|following|according to|see|like|by|and)\\s*$")
                || after.matches("(?s)^('s|’s)?\\s*(\\(\\d{4}\\)|et al|writes|wrote|describes|described|argues|argued|"
                + "says|said|calls|called|suggests|suggested|puts it|notes|noted|showed|found|theory|model|work|book).*");
    }

    private static final Pattern EMPLOYER = Pattern.compile("(?i)\\b(?:works|work|worked|working|employed|employer|"
            + "job|shifts|shift|resident|engineer|paralegal|manager|nurse|teacher|placement|volunteers|volunteer|"
            + "intern|interns|trainee)\\b");

    private static boolean employer(String before) {
        return EMPLOYER.matcher(before).find();
    }

    private static int nameEnd(Token token) {
        String t = token.text();
        return t.endsWith("'s") || t.endsWith("’s") ? token.end() - 2 : token.end();
    }

    private boolean droppable(Token token, boolean atSentenceStart) {
        String lower = token.lower();
        if (TITLES.contains(lower) && !atSentenceStart) {
            return true;
        }
        return Vocabulary.isCommon(token.text()) || (atSentenceStart && Vocabulary.isField(token.text()));
    }

    private static boolean ordinary(Token token) {
        return Vocabulary.isCommon(token.text()) || Vocabulary.isField(token.text())
                || CONNECTORS.contains(token.text());
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static boolean adjacent(String text, Token a, Token b) {
        String gap = text.substring(a.end(), b.start());
        return gap.equals(" ") || gap.equals(". ") && ABBREVIATIONS.contains(a.lower()) || gap.equals(".")
                && ABBREVIATIONS.contains(a.lower());
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\d'’-]*|\\d+|&").matcher(text);
        while (m.find()) {
            String word = m.group().replaceAll("[-'’]+$", "");
            tokens.add(new Token(m.start(), m.start() + word.length(), word));
        }
        return tokens;
    }

    private static boolean sentenceStart(String text, int position) {
        int i = position - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'“‘(*_#>-".indexOf(text.charAt(i)) >= 0)) {
            if (text.charAt(i) == '\n') {
                return true; // a new line or paragraph starts a sentence, also after a heading without a full stop
            }
            i--;
        }
        return i < 0 || ".!?:;\n".indexOf(text.charAt(i)) >= 0;
    }

    // --- merging and placeholders ---

    private static List<Candidate> merge(List<Candidate> found) {
        List<Candidate> sorted = new ArrayList<>(found);
        sorted.sort(BY_POSITION);
        List<Candidate> merged = new ArrayList<>();
        for (Candidate c : sorted) {
            if (c.end() <= c.start()) {
                continue;
            }
            if (!merged.isEmpty() && c.start() < merged.getLast().end()) {
                Candidate last = merged.removeLast();
                Candidate stronger = rank(c.type()) < rank(last.type()) ? c : last;
                merged.add(new Candidate(last.start(), Math.max(last.end(), c.end()), stronger.type(), stronger.hint()));
            } else {
                merged.add(c);
            }
        }
        return merged;
    }

    private static int rank(IdentifierType type) {
        return switch (type) {
            case CONTACT -> 0;
            case DATE -> 1;
            case ID -> 2;
            case AGE -> 3;
            case LOC -> 4;
            case ORG -> 5;
            case NAME -> 6;
        };
    }

    private List<Detection> label(String text, List<Candidate> candidates) {
        Map<String, String> people = new HashMap<>();
        int[] letter = {0};
        List<Detection> detections = new ArrayList<>();
        for (Candidate c : candidates) {
            String surface = text.substring(c.start(), c.end());
            String replacement = switch (c.type()) {
                case NAME -> person(text, c, surface, people, letter);
                case LOC -> switch (c.hint()) {
                    case "street" -> "[Street]";
                    case "address" -> "[Address]";
                    case "hospital" -> "[Hospital]";
                    case "shelter" -> "[Shelter]";
                    case "prison" -> "[Prison]";
                    case "city" -> "[City]";
                    default -> "[Place]";
                };
                case ORG -> switch (c.hint()) {
                    case "school" -> "[School]";
                    case "employer" -> "[Employer]";
                    default -> "[Organisation]";
                };
                case DATE -> "[Date]";
                case AGE -> "90+";
                case CONTACT -> switch (c.hint()) {
                    case "email" -> "[Email]";
                    case "url" -> "[URL]";
                    case "ip" -> "[IP address]";
                    default -> "[Phone]";
                };
                case ID -> c.hint().equals("handle") ? "[Handle]" : "[ID]";
            };
            detections.add(new Detection(c.start(), c.end(), c.type(), replacement));
        }
        return List.copyOf(detections);
    }

    /** The same person keeps one placeholder; a relative named by their role gets the role. */
    private static String person(String text, Candidate c, String surface, Map<String, String> people, int[] letter) {
        String key = surface.replaceAll("^(?i:(?:mr|mrs|ms|dr|sgt|miss)\\.?\\s+)", "").split("\\s+")[0]
                .toLowerCase(Locale.ROOT);
        String known = people.get(key);
        if (known != null) {
            return known;
        }
        Matcher kin = KIN.matcher(text.substring(Math.max(0, c.start() - 30), c.start()));
        String label;
        if (kin.find()) {
            String role = kin.group(1).toLowerCase(Locale.ROOT);
            label = switch (role) {
                case "mom", "mum" -> "[Mother]";
                case "dad" -> "[Father]";
                case "dog", "cat", "puppy", "kitten", "horse", "pet", "rabbit" -> "[Pet]";
                default -> "[" + Character.toUpperCase(role.charAt(0)) + role.substring(1) + "]";
            };
            if (people.containsValue(label)) {
                label = label.substring(0, label.length() - 1) + " " + (char) ('A' + letter[0]++) + "]";
            }
        } else {
            char next = (char) ('A' + Math.min(25, letter[0]++));
            label = people.values().stream().noneMatch(v -> v.startsWith("[Client")) ? "[Client " + next + "]"
                    : "[Person " + next + "]";
        }
        people.put(key, label);
        return label;
    }
}
