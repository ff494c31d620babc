package org.securebase.deidentification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places and organisations as people write them in a hurry. A place or organisation found by its name takes the
 * generic words after it ("logan central", "brisbane womens correctional", "brightpath youth"); a street is named by
 * its type word even in lower case ("on castle st", "the great eastern hwy"); and an institution "of" somewhere is
 * one name ("university of otago"), since the place alone would not be marked when it is a region.
 */
final class PlaceTails {

    // the part of a town a place name may end with: "logan central", "west end", "kings heights"
    private static final Set<String> PLACE_PARTS = Set.of(
            "central",
            "north",
            "south",
            "east",
            "west",
            "upper",
            "lower",
            "junction",
            "town",
            "city",
            "township",
            "heights",
            "vale",
            "end",
            "plain",
            "plains",
            "flats");
    // the kinds of place a town or suburb is named for, after "in"/"near" with no article: "renting in sea point"
    private static final Pattern LOWER_PLACE = Pattern.compile("\\b(?:in|near|outside|around|to|from)\\s+([a-z][a-z'’]+"
            + "\\s+(?:point|bay|hill|heights|beach|creek|valley|springs|falls|vale|plains?|ridge|cove|harbou?r|flats|"
            + "park|end|green|grove|gardens|estate|village|junction))\\b");
    // a unit after an address line belongs to it: "212 Ferry St, Apt 3R"
    private static final Pattern UNIT_AFTER =
            Pattern.compile(",?\\s*(?i:apt|apartment|unit|flat|suite|ste|#)\\.?\\s*#?" + "[\\p{Alnum}-]{1,6}\\b");
    // who a service is for, or what it does, ends its name: "brightpath youth", "clearview eap", "hope womens"
    private static final Set<String> SERVICE_PARTS = Set.of(
            "youth",
            "family",
            "families",
            "community",
            "women's",
            "womens",
            "men's",
            "mens",
            "children",
            "kids",
            "outreach",
            "support",
            "counselling",
            "counseling",
            "wellbeing",
            "care",
            "recovery",
            "eap",
            "ngo",
            "housing",
            "advocacy",
            "legal");
    private static final Pattern NEXT_WORD = Pattern.compile(" ([\\p{L}'’]+)");
    // LOC: a street in lower case, named by its type word; the ambiguous types (road, lane, drive, park) are left to
    // capitalised names, since "on the main road" and "in the car park" name no street
    private static final Pattern LOWER_STREET = Pattern.compile("\\b(?:on|off|along|down|up|in|at|near|from|to|of|"
            + "onto|past)\\s+(?:the\\s+)?((?:[a-z][a-z'’-]+\\s+){1,3}(?:st|rd|ave|hwy|blvd|cres|pde|tce|street|avenue|"
            + "highway|motorway|boulevard|crescent|terrace|parade)\\b)");
    // ORG: an institution of a place ("university of otago", "College of Charleston"); "school of thought" is
    // no name, since its last word is an ordinary one
    private static final Pattern INSTITUTION_OF = Pattern.compile("(?i)\\b(?:university|college|institute|academy|"
            + "polytechnic|school|hospital|conservatorium)\\s+of\\s+(?:the\\s+)?([\\p{L}][\\p{L}'’-]+)");

    // a numbered part of an estate or a street after its name: "Lekki Phase 1", "orangi town sector 11-D",
    // "Tampines St 23", "Ang Mo Kio Ave 3"
    private static final Pattern NUMBERED_PART = Pattern.compile("\\s+(?:(?i:phase|sector|block|blk|zone|stage|"
            + "extension|ext|section|precinct)\\s+)?\\d{1,3}(?:-?[A-Z])?\\b(?![.,]?\\d)");
    // LOC: a facility's kind before the town it is in: "father in central jail karachi", "district hospital kisumu"
    private static final Pattern KIND_BEFORE = Pattern.compile(
            "(?:\\b[a-z]+\\s+)?\\b(?:jail|prison|hospital|" + "clinic|hostel|shelter|barracks|camp|home)\\s+$");

    private static final Set<String> PARTS_NUMBERED =
            Set.of("phase", "sector", "block", "blk", "zone", "stage", "extension", "ext", "section", "precinct");

    // LOC: an address line in lower case, a house number before the street's name and type ("12 crown drive"), or
    // a flat before it ("flat 2b, seaview court"): the number makes even "drive" or "court" a street
    private static final Pattern LOWER_ADDRESS =
            Pattern.compile("\\b(?:\\d{1,5}[a-z]?|(?:flat|unit|apt)\\s+[\\w/-]{1,5},)"
                    + "\\s+(?:[a-z][a-z'’-]+\\s+){1,2}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|crescent|cres|court|ct|"
                    + "way|close|grove|terrace|place|pl|gardens|mews|row|parade|square|walk|rise|view|park|hill)\\b");
    // ORG: a firm in lower case after who works for it, named by its trade ("works for northern lights drilling")
    private static final Pattern LOWER_EMPLOYER =
            Pattern.compile("\\b(?:works?|worked|working|employed|job)\\s+(?:for|at|"
                    + "with|by)\\s+([a-z][a-z&'’-]*(?:\\s+[a-z][a-z&'’-]*){1,3})");
    // ORG: an institution known by an acronym no dictionary holds, where one attends or works ("attending SIIT",
    // "in and out of IMH", "delivered at LUTH")
    private static final Pattern ACRONYM_PLACE =
            Pattern.compile("\\b(?:at|attending|attends|attended|of|from|to|in)" + "\\s+([A-Z]{3,6})\\b(?![-/]\\d)");

    // LOC: a street whose type word is also an ordinary noun, in lower case, right after a place preposition and
    // with no article ("lives off holly lane", "on mango lane", "off mockingbird ln", "on sycamore road");
    // "memory lane", "the fast lane" and "down the road" are no streets
    private static final Pattern LOWER_LANE = Pattern.compile("\\b(?:on|off|along|down|up|in|at|near|from|to|onto|"
            + "past|of)\\s+((?:[a-z][a-z'’-]+\\s+){1,2}(?:lane|ln|road|drive|close|grove|gardens|row|way|court|"
            + "place|walk|hill|view|rise|mews)\\b)(?![-'’])");
    private static final Set<String> NOT_STREET_NAMES = Set.of(
            "memory",
            "fast",
            "slow",
            "bus",
            "cycle",
            "bike",
            "middle",
            "inside",
            "outside",
            "country",
            "back",
            "main",
            "side",
            "long",
            "open",
            "dirt",
            "gravel",
            "busy",
            "quiet",
            "wrong",
            "right",
            "same",
            "other",
            "next",
            "private",
            "public",
            "ring",
            "toll",
            "slip",
            "access",
            "service",
            "one",
            "two",
            "no",
            "any",
            "some",
            "every",
            "each",
            "all",
            "half",
            "high",
            "steep",
            "rocky",
            "narrow",
            "wide",
            "single",
            "passing",
            "overtaking",
            "express",
            "my",
            "his",
            "her",
            "their",
            "our",
            "your",
            "this",
            "that",
            "a",
            "the",
            "under",
            "over",
            "way",
            "recovery",
            "healing",
            "food",
            "court",
            "family",
            "supreme",
            "crown",
            "county",
            "district",
            "juvenile",
            "youth",
            "drug",
            "magistrates",
            "small",
            "claims",
            "lower",
            "upper",
            "what",
            "which",
            "whose",
            "point",
            "birds",
            "bird's",
            "eye",
            "panoramic",
            "sea",
            "ocean",
            "mountain",
            "city",
            "river",
            "lake",
            "nice",
            "great",
            "good",
            "bad",
            "best",
            "better");

    // LOC: where someone lives, in lower case, after a verb of living and a place preposition ("lives in whitfield
    // w his partner", "lives up laurel fork past the church", "grew up in lye", "stays in bantama", "kev 38 from
    // walker,"): up to three words before a pause are the place unless they say how or in what someone lives
    private static final Pattern RESIDENCE = Pattern.compile("\\b(?:(?:lives?|living|lived|resides?|residing|rents? a "
            + "(?:place|flat|house|room|unit)|(?:grew|growing) up|raised|brought up|born|stays?|staying|stayed)\\s+"
            + "(?:(?:up|out|down|over|back|right|just)\\s+)?(?:in|on|up|off|near|at|out|around|outside|by)|moved (?:to|from)|"
            + "(?:is|was|comes?|came) from|\\d{1,2}\\s?[mf]?,?\\s+from)\\s+((?-i:\\p{Ll}[\\p{L}'’-]*)(?:\\s+(?-i:\\p{Ll}"
            + "[\\p{L}'’-]*)){0,2}?)(?=\\s*(?:[,.;:)!?]|$)|\\s+(?:w|with|and|but|since|for|after|until|til|now|when|where|"
            + "so|bc|because|near|past|about|in|on|off|out|the|her|his|their|is|was|has|had|last|next|this|every|"
            + "ago|yesterday|today|recently|to|into|onto|from|of|at|by|than|like|as|\\d)\\b)");
    // how or in what someone lives, not where: "lives in fear", "lives on benefits", "grew up in care"
    private static final Set<String> NOT_RESIDENCES = Set.of(
            "care",
            "foster",
            "home",
            "hostel",
            "flat",
            "flats",
            "house",
            "apartment",
            "bedsit",
            "caravan",
            "trailer",
            "tent",
            "car",
            "van",
            "poverty",
            "fear",
            "denial",
            "limbo",
            "hope",
            "sin",
            "squalor",
            "shelter",
            "housing",
            "accommodation",
            "town",
            "city",
            "village",
            "country",
            "countryside",
            "suburbs",
            "bush",
            "rural",
            "remote",
            "temporary",
            "emergency",
            "supported",
            "sheltered",
            "council",
            "social",
            "kinship",
            "residential",
            "alone",
            "together",
            "halls",
            "dorm",
            "dorms",
            "campus",
            "barracks",
            "prison",
            "jail",
            "hospital",
            "benefits",
            "edge",
            "touch",
            "contact",
            "bed",
            "track",
            "tears",
            "own",
            "coffee",
            "time",
            "night",
            "nights",
            "days",
            "weekends",
            "call",
            "board",
            "site",
            "grid",
            "welfare",
            "savings",
            "credit",
            "streets",
            "street",
            "street's",
            "work",
            "school",
            "uni",
            "there",
            "here",
            "north",
            "south",
            "east",
            "west",
            "abroad",
            "overseas",
            "inland",
            "upstairs",
            "downstairs",
            "nearby",
            "town's",
            "past",
            "present",
            "moment",
            "future",
            "head",
            "heads",
            "mind",
            "memory",
            "silence",
            "secret",
            "secrecy",
            "shame",
            "chaos",
            "crisis",
            "survival",
            "autopilot",
            "repeat",
            "loop",
            "love",
            "debt",
            "debts",
            "isolation",
            "lockdown",
            "hiding",
            "pain",
            "agony",
            "dread",
            "peace",
            "style",
            "luxury",
            "comfort",
            "cars",
            "vans",
            "hotels",
            "hostels",
            "motels",
            "shelters",
            "rooms",
            "nursing",
            "aged",
            "assisted",
            "retirement",
            "student",
            "military",
            "army",
            "navy",
            "base",
            "rental",
            "rentals",
            "housing's",
            "sofa",
            "couch",
            "couches",
            "sofas",
            "floor",
            "floors",
            "garage",
            "shed",
            "basement",
            "attic",
            "loft",
            "room",
            "wheels",
            "borrowed",
            "scraps",
            "instinct",
            "rules",
            "schedule",
            "routine",
            "daily",
            "weekly",
            "monthly",
            "full",
            "part",
            "half",
            "first",
            "second",
            "third",
            "last",
            "next",
            "both",
            "either",
            "neither",
            "out",
            "up",
            "down",
            "over",
            "back",
            "reserve",
            "reservation",
            "community",
            "communities",
            "camp",
            "camps",
            "settlement",
            "settlements",
            "estate",
            "estates",
            "farm",
            "farms",
            "ranch",
            "station",
            "area",
            "areas",
            "region",
            "district",
            "suburb",
            "neighbourhood",
            "neighborhood",
            "block",
            "unit");

    private PlaceTails() {}

    static void find(String text, List<Candidate> found) {
        Matcher street = LOWER_STREET.matcher(text);
        while (street.find()) {
            if (ordinaryWords(street.group(1)) && !describedOnly(street.group(1))) {
                found.add(new Candidate(street.start(1), street.end(1), IdentifierType.LOC, "street"));
            }
        }
        Matcher lane = LOWER_LANE.matcher(text);
        while (lane.find()) {
            String[] words = lane.group(1).trim().split("\\s+");
            boolean named = java.util.Arrays.stream(words, 0, words.length - 1)
                    .noneMatch(w -> NOT_STREET_NAMES.contains(w)
                            || Lexicon.get().has(w, Lexicon.FUNCTION)
                            || Lexicon.get().has(w, Lexicon.VERB_3RD)
                            || w.endsWith("ing")
                            || w.matches(".*\\d.*"));
            if (named) {
                found.add(new Candidate(lane.start(1), lane.end(1), IdentifierType.LOC, "street"));
            }
        }
        Matcher residence = RESIDENCE.matcher(text);
        while (residence.find()) {
            String[] words = residence.group(1).split("\\s+");
            String first = words[0];
            // after "moved from", "comes from" a single ordinary word is a state or a stage ("moved from play to
            // talking", "comes from anger"), a place only when no dictionary knows it or after a verb of living
            boolean movedOrFrom = !residence
                    .group()
                    .toLowerCase(Locale.ROOT)
                    .matches("(?s)(?:live|living|lived|resid|"
                            + "rent|grew|growing|raised|brought|born|stay)[^ ]*\\s.*");
            boolean ordinaryWord = words.length == 1
                    && Lexicon.get().isCommonWord(first)
                    && !Gazetteer.get().isSurname(first);
            boolean how = movedOrFrom && ordinaryWord
                    || Gazetteer.get().isRegion(first)
                    || Lexicon.get().has(first, Lexicon.FUNCTION)
                    || Lexicon.get().has(first, Lexicon.ADVERB)
                            && !Gazetteer.get().isFirstName(first)
                    || first.endsWith("ing") && Lexicon.get().isCommonWord(first)
                    || NOT_RESIDENCES.contains(words[words.length - 1]) && words.length == 1
                    || java.util.Arrays.stream(words)
                            .allMatch(w -> NOT_RESIDENCES.contains(w)
                                    || Gazetteer.get().isRegion(w)
                                    || Lexicon.get().has(w, Lexicon.FUNCTION))
                    || Gazetteer.get().isRegion(residence.group(1))
                    || RecallLayer.safeEverywhere(new Token(residence.start(1), residence.end(1), residence.group(1)));
            if (!how) {
                found.add(new Candidate(residence.start(1), residence.end(1), IdentifierType.LOC, "city"));
            }
        }
        Matcher town = LOWER_PLACE.matcher(text);
        while (town.find()) {
            if (ordinaryWords(town.group(1))) {
                found.add(new Candidate(town.start(1), town.end(1), IdentifierType.LOC, "city"));
            }
        }
        Matcher address = LOWER_ADDRESS.matcher(text);
        while (address.find()) {
            found.add(new Candidate(address.start(), address.end(), IdentifierType.LOC, "street"));
        }
        Matcher employer = LOWER_EMPLOYER.matcher(text);
        while (employer.find()) {
            String[] words = employer.group(1).split("\\s+");
            int length = words[0].length();
            for (int w = 1; w < words.length; w++) {
                length += 1 + words[w].length();
                if (PlaceAndOrgRecogniser.ORG_SUFFIX.contains(words[w]) || TRADES.contains(words[w])) {
                    String name = employer.group(1).substring(0, length);
                    if (ordinaryWords(name.substring(0, name.length() - words[w].length()))) {
                        found.add(new Candidate(
                                employer.start(1), employer.start(1) + length, IdentifierType.ORG, "organisation"));
                    }
                    break;
                }
                if (Lexicon.get().has(words[w], Lexicon.FUNCTION)) {
                    break;
                }
            }
        }
        Matcher acronym = ACRONYM_PLACE.matcher(text);
        while (acronym.find()) {
            String word = acronym.group(1);
            if (!Lexicon.get().isKnown(word)
                    && !Vocabulary.isField(word)
                    && !Gazetteer.get().isRegion(word)
                    && !RecallLayer.safeEverywhere(new Token(0, word.length(), word))) {
                found.add(new Candidate(acronym.start(1), acronym.end(1), IdentifierType.ORG, "organisation"));
            }
        }
        Matcher institution = INSTITUTION_OF.matcher(text);
        while (institution.find()) {
            String place = institution.group(1);
            Token word = new Token(0, place.length(), place);
            if (!Lexicon.get().isCommonWord(word.lower()) || Gazetteer.get().isRegion(word.lower())) {
                found.add(new Candidate(institution.start(), institution.end(), IdentifierType.ORG, "org"));
            }
        }
    }

    /** Words of a street's name hold no pronoun, article or other closed-class word: "walked up my st" is none. */
    private static boolean ordinaryWords(String phrase) {
        for (String word : phrase.trim().split("\\s+")) {
            if (Lexicon.get().has(word, Lexicon.FUNCTION) && !word.equals("st")) {
                return false;
            }
        }
        return true;
    }

    /** "the main street", "a busy highway": one describing word before a type written in full names no street. */
    private static boolean describedOnly(String phrase) {
        String[] words = phrase.trim().split("\\s+");
        return words.length == 2 && words[1].length() > 4 && Lexicon.get().has(words[0], Lexicon.ADJECTIVE);
    }

    /** Extends each place and organisation found over the generic words that follow it. */
    static void extend(String text, List<Candidate> found) {
        // twice, since one extension may open the way to the next: "orangi town" then "sector 11-D"
        for (int pass = 0; pass < 2; pass++) {
            found.addAll(extensions(text, found));
        }
    }

    private static List<Candidate> extensions(String text, List<Candidate> found) {
        List<Candidate> added = new ArrayList<>();
        for (Candidate c : Deidentifier.merge(found)) {
            if (c.type() == IdentifierType.NAME) {
                tradeAfterName(text, c, added);
                kindBefore(text, c, added);
                continue;
            }
            if (c.type() != IdentifierType.LOC && c.type() != IdentifierType.ORG) {
                continue;
            }
            int end = c.end();
            Matcher unit = UNIT_AFTER.matcher(text).region(end, text.length());
            if (c.type() == IdentifierType.LOC && unit.lookingAt()) {
                end = unit.end();
            }
            Matcher part = NUMBERED_PART.matcher(text).region(end, text.length());
            String last =
                    text.substring(c.start(), c.end()).replaceAll(".*\\s", "").toLowerCase(java.util.Locale.ROOT);
            if (c.type() == IdentifierType.LOC
                    && part.lookingAt()
                    && (!part.group().trim().matches("\\d.*")
                            || PlaceAndOrgRecogniser.STREET.contains(last)
                            || PARTS_NUMBERED.contains(last))) {
                end = part.end();
            }
            int start = c.start();
            if (c.type() == IdentifierType.LOC && Character.isLowerCase(text.charAt(c.start()))) {
                Matcher kind = KIND_BEFORE.matcher(text.substring(Math.max(0, start - 30), start));
                if (kind.find() && !Lexicon.get().has(kind.group().trim().split("\\s+")[0], Lexicon.FUNCTION)) {
                    start -= kind.group().length();
                }
            }
            Matcher next = NEXT_WORD.matcher(text);
            for (int words = 0; words < 3; words++) {
                next.region(end, text.length());
                if (!next.lookingAt() || !generic(next.group(1).toLowerCase(java.util.Locale.ROOT))) {
                    break;
                }
                end = next.end();
            }
            if (end > c.end() || start < c.start()) {
                added.add(new Candidate(start, end, c.type(), c.hint()));
            }
        }
        return added;
    }

    /** A town written as a name after a facility's kind is the facility's place: "in central jail karachi". */
    private static void kindBefore(String text, Candidate name, List<Candidate> added) {
        if (!Character.isLowerCase(text.charAt(name.start()))) {
            return;
        }
        Matcher kind = KIND_BEFORE.matcher(text.substring(Math.max(0, name.start() - 30), name.start()));
        if (kind.find() && !Lexicon.get().has(kind.group().trim().split("\\s+")[0], Lexicon.FUNCTION)) {
            added.add(new Candidate(name.start() - kind.group().length(), name.end(), IdentifierType.LOC, "city"));
        }
    }

    /** "lineman with thibodeau electric": a surname before the trade it names is a firm. */
    private static void tradeAfterName(String text, Candidate name, List<Candidate> added) {
        Matcher next = NEXT_WORD.matcher(text).region(name.end(), text.length());
        if (next.lookingAt()
                && Character.isLowerCase(next.group(1).charAt(0))
                && (PlaceAndOrgRecogniser.ORG_SUFFIX.contains(next.group(1)) || TRADES.contains(next.group(1)))) {
            added.add(new Candidate(name.start(), next.end(), IdentifierType.ORG, "organisation"));
        }
    }

    // trades a family firm is named for, beside those ORG_SUFFIX holds: "thibodeau electric", "nel roastery"
    private static final Set<String> TRADES = Set.of(
            "electric",
            "roastery",
            "distillery",
            "creamery",
            "dairy",
            "joinery",
            "plumbers",
            "electricians",
            "painters",
            "tiling",
            "fencing",
            "glazing",
            "auto",
            "autos",
            "panelbeaters",
            "butchers",
            "bakers",
            "florist",
            "florists",
            "nursery",
            "kennels",
            "catering");

    private static boolean generic(String word) {
        return PLACE_PARTS.contains(word)
                || SERVICE_PARTS.contains(word)
                || PlaceAndOrgRecogniser.STREET.contains(word)
                || PlaceAndOrgRecogniser.FACILITY.contains(word)
                || PlaceAndOrgRecogniser.SCHOOL.contains(word)
                || PlaceAndOrgRecogniser.ORG_SUFFIX.contains(word);
    }
}
