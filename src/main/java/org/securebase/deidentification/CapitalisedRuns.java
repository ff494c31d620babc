package org.securebase.deidentification;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * NAME, LOC and ORG from runs of capitalised words ("Gurpreet Sandhu", "Mercy Hospital for Women", "3rd Battalion"):
 * a run is cut down to its name, then typed by its last word and by the cue before it. A run whose every word is
 * positively safe (see {@link RecallLayer#safeCapitalised}) is left alone; any other run is a candidate.
 */
final class CapitalisedRuns {

    private static final Set<String> CONNECTORS = Set.of(
            "&", "n", "of", "de", "van", "von", "der", "du", "da", "di", "le", "la", "bin", "al", "el", "y", "dos",
            "das", "del", "den", "ter", "ten", "ben", "ibn", "mac", "st");
    private static final Set<String> ORDINAL_WORDS = Set.of(
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth");

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d{1,3}(?:st|nd|rd|th)");
    private static final java.util.regex.Pattern ACRONYM =
            java.util.regex.Pattern.compile("[\\p{Lu}\\d&]{2,6}s?|\\p{Lu}{2,5}-\\d{1,2}");
    private static final java.util.regex.Pattern CAPITALS = java.util.regex.Pattern.compile("\\p{Lu}{2,6}");
    private static final java.util.regex.Pattern LISTED =
            java.util.regex.Pattern.compile("\\s*(?:,|,?\\s+(?:and|or|&))\\s+");
    private static final java.util.regex.Pattern DATE_AFTER_MONTH =
            java.util.regex.Pattern.compile("[\\s,.]*(?:\\d|of\\b|\\p{Lu}\\p{Ll}+day)");

    private static final Set<String> DEDICATIONS = Set.of("lady", "saviour", "savior", "redeemer", "mother", "father");

    private CapitalisedRuns() {}

    static void find(String text, List<Token> tokens, List<Candidate> found) {
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            boolean ordinal = ORDINAL.matcher(t.text()).matches()
                    && i + 1 < tokens.size()
                    && tokens.get(i + 1).capitalised()
                    && Texts.adjacent(text, t, tokens.get(i + 1));
            if (!t.capitalised() && !ordinal) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && Texts.adjacent(text, tokens.get(j), tokens.get(j + 1))) {
                Token next = tokens.get(j + 1);
                if (next.capitalised()) {
                    j++;
                } else if (j + 2 < tokens.size() && joins(text, tokens, i, j, next)) {
                    j += 2;
                } else if (j + 3 < tokens.size()
                        && CONNECTORS.contains(next.text())
                        && CONNECTORS.contains(tokens.get(j + 2).text())
                        && tokens.get(j + 3).capitalised()
                        && Texts.adjacent(text, next, tokens.get(j + 2))
                        && Texts.adjacent(text, tokens.get(j + 2), tokens.get(j + 3))) {
                    j += 3; // "Bessel van der Kolk", "Santa Coloma de la Torre"
                } else {
                    break;
                }
            }
            run(text, tokens, i, j, found);
            i = j + 1;
        }
    }

    /** "of", "&", "for the", "and" inside one name: "Sandhu & Sons Cash and Carry", "Mercy Hospital for Women". */
    private static boolean joins(String text, List<Token> tokens, int first, int last, Token connector) {
        Token after = tokens.get(last + 2);
        if (!after.capitalised() || !Texts.adjacent(text, connector, after)) {
            return false;
        }
        String word = connector.text();
        if (CONNECTORS.contains(word)) {
            return true;
        }
        List<Token> sofar = tokens.subList(first, last + 1);
        boolean named = sofar.stream()
                .anyMatch(t -> PlaceAndOrgRecogniser.kindWord(t) || t.text().equals("&"));
        if (word.equals("and") && !named) {
            // "Bristol Civil and Family Justice Centre": the kind word comes after the "and", within the name
            for (int k = last + 2; k < Math.min(tokens.size(), last + 6); k++) {
                Token ahead = tokens.get(k);
                if (!ahead.capitalised() || k > last + 2 && !Texts.adjacent(text, tokens.get(k - 1), ahead)) {
                    break;
                }
                if (PlaceAndOrgRecogniser.kindWord(ahead) && k > last + 2) {
                    return true;
                }
            }
        }
        return (word.equals("for") || word.equals("and")) && named;
    }

    private static final java.util.regex.Pattern KIN_OR_PET = java.util.regex.Pattern.compile("(?i).*(?:dog|cat|"
            + "pupp|kitten|horse|pony|pet|rabbit|hamster|son|daughter|husband|wife|partner|friend|bf|gf|mum|mom|dad|"
            + "father|mother|brother|sister|baby|child|kid|nan|gran|aunt|uncle|cousin|niece|nephew).*");

    /** "her husband Ouma assaulted her", "her partner is Bishop": a title word a role names, with no name after it. */
    private static boolean titleAsName(String text, List<Token> tokens, int index) {
        Token only = tokens.get(index);
        Token next = index + 1 < tokens.size() ? tokens.get(index + 1) : null;
        return NameRecogniser.TITLES.contains(only.lower())
                && (next == null || !next.capitalised() || !Texts.adjacent(text, only, next));
    }

    /** "her cat Bartholomew", "his son Bowlby": a theorist's surname after a kinship or pet word is a name. */
    static boolean theoristNamedByKin(String text, Token only) {
        if (!Vocabulary.isTheorist(only.text())) {
            return false;
        }
        String role = NameRecogniser.roleOf(text, only.start(), only.end());
        return role != null && KIN_OR_PET.matcher(role).matches();
    }

    private static void run(String text, List<Token> tokens, int first, int last, List<Candidate> found) {
        Gazetteer gazetteer = Gazetteer.get();
        boolean sentenceStart = Texts.sentenceStart(text, tokens.get(first).start())
                || Texts.titleCaseLine(text, tokens.get(first).start());
        Token only = tokens.get(first);
        if (first == last
                && (!RecallLayer.safeEverywhere(only)
                        || theoristNamedByKin(text, only)
                        || titleAsName(text, tokens, first))
                && NameRecogniser.roleBefore(text, only.start())) {
            // "my dog Pepper", "her late husband Frank": whatever the word, a role names it
            found.add(new Candidate(only.start(), NameRecogniser.nameEnd(only), IdentifierType.NAME, "person"));
            return;
        }
        if (first == last
                && DatePatterns.MONTHS.contains(only.lower())
                && !sentenceStart
                && monthAsName(text, tokens, first)) {
            found.add(new Candidate(only.start(), NameRecogniser.nameEnd(only), IdentifierType.NAME, "person"));
            return;
        }
        // "Drew, 31, Army vet", "Hunter (16)": a first name with an age in apposition, even one that is also a verb
        // (a medicine's or a word's list does not make it safe: "Amara (9)"; a description does: "Widow, 80,")
        if (first == last
                && only.text().length() > 1
                && NameRecogniser.ageFollows(text, only)
                && (gazetteer.isFirstName(only.lower()) || !Lexicon.get().isCommonWord(only.lower()))
                && !Vocabulary.PERSON_NOUNS.contains(only.lower())
                && !NameRecogniser.isRoleWord(only.lower())
                && !Vocabulary.isField(only.lower())
                && !Vocabulary.isTheorist(only.text())
                && !(gazetteer.isRegion(only.lower()) && !gazetteer.isFirstName(only.lower()))
                && !DatePatterns.MONTHS.contains(only.lower())
                && !DatePatterns.WEEKDAYS.contains(only.lower())
                && !NameRecogniser.TITLES.contains(only.lower())
                && !Set.of("male", "female").contains(only.lower())) {
            found.add(new Candidate(only.start(), NameRecogniser.nameEnd(only), IdentifierType.NAME, "person"));
            return;
        }
        if (first == last
                && RecallLayer.ambiguousName(only)
                && (!RecallLayer.safeEverywhere(only) || DatePatterns.MONTHS.contains(only.lower()))) {
            if (NameRecogniser.namePosition(text, tokens, first, sentenceStart)
                    || !sentenceStart
                            && gazetteer.isFirstName(only.lower())
                            && !DatePatterns.MONTHS.contains(only.lower())
                            && !only.lower().equals("may")
                            && !isPlaceCue(tokens, first)) {
                found.add(new Candidate(only.start(), NameRecogniser.nameEnd(only), IdentifierType.NAME, "person"));
                return;
            }
        }
        // Leading words that are not part of the name: a title or kinship word ("Mrs Okonkwo", "Nonna Lucia"), a
        // closed-class word ("The Harbor House"), or at the start of a sentence an ordinary word that is not a
        // first name before a surname ("When Callum", but "Dawn Whitlock" and "Mercy Hospital" stay whole).
        boolean kindRun = tokens.subList(first + 1, last + 1).stream().anyMatch(PlaceAndOrgRecogniser::kindWord);
        while (first <= last) {
            Token head = tokens.get(first);
            Token second = first < last ? tokens.get(first + 1) : null;
            boolean title = NameRecogniser.isTitle(head) && !kindRun && second != null;
            // "Our Lady of Lourdes", "Our Saviour's": a church's or school's dedication keeps its "Our"
            boolean dedication = head.lower().equals("our")
                    && second != null
                    && DEDICATIONS.contains(RecallLayer.stem(second.text()));
            if (dedication && first + 1 < last) {
                break;
            }
            // "All Saints Primary", "All Souls Church": a dedication that opens with "All" keeps it
            boolean closed = Lexicon.get().has(RecallLayer.stem(head.text()), Lexicon.FUNCTION)
                    && !gazetteer.isFirstName(head.lower())
                    && !(kindRun && head.lower().equals("all") && second != null && second.capitalised());
            // at a sentence start only a word that opens sentences is dropped: "Yesterday Callum", but
            // "Green Spring referred him" and "Dawn Whitlock" stay whole
            boolean opener = sentenceStart
                    && second != null
                    && !kindRun
                    && (Vocabulary.isCommon(head.text())
                            || Lexicon.get().has(RecallLayer.stem(head.text()), Lexicon.ADVERB)
                            || Lexicon.get().has(RecallLayer.stem(head.text()), Lexicon.VERB_3RD))
                    && !(gazetteer.isFirstName(head.lower()) && !RecallLayer.safeCapitalised(second, true));
            // "Employee of Hartley & Finch": a person described, then the organisation
            boolean described = second != null
                    && second.text().equals("of")
                    && first + 2 <= last
                    && (Vocabulary.PERSON_NOUNS.contains(head.lower()) || NameRecogniser.isRoleWord(head.lower()));
            if (described) {
                first++;
            }
            // "Wife Gloria died", "Son Desmond visits": a role opening the sentence is not part of the name
            boolean role = second != null
                    && NameRecogniser.isRoleWord(head.lower())
                    && !kindRun
                    && !RecallLayer.safeCapitalised(second, true);
            if (!(title || closed || opener || described || role)) {
                break;
            }
            first++;
            sentenceStart = false;
            if (first > last) {
                return;
            }
        }
        while (last > first
                && (CONNECTORS.contains(tokens.get(last).text())
                        || Lexicon.get().has(tokens.get(last).lower(), Lexicon.FUNCTION)
                        || DatePatterns.WEEKDAYS.contains(tokens.get(last).lower()))) {
            last--;
        }
        List<Token> run = tokens.subList(first, last + 1);
        Token head = run.getFirst();
        Token tail = run.getLast();
        if (Character.isDigit(head.text().charAt(0)) && run.size() == 1) {
            return;
        }
        String phrase = text.substring(head.start(), tail.end());
        Token previous = first > 0 ? tokens.get(first - 1) : null;
        String before = text.substring(Math.max(0, head.start() - 40), head.start());
        boolean facilityFollows = PlaceAndOrgRecogniser.facilityAfter(text, tail);
        boolean kind = run.size() > 1 && PlaceAndOrgRecogniser.kindWord(tail) || facilityFollows;
        boolean placeCue = isPlaceCue(tokens, first);

        // "Durham CAS", "Kent CAMHS": a county or town and an agency's acronym name the local office
        if (run.size() == 2 && CAPITALS.matcher(tail.text()).matches() && gazetteer.isRegion(head.lower())) {
            found.add(new Candidate(head.start(), tail.end(), IdentifierType.ORG, "organisation"));
            return;
        }
        boolean regionOrName = run.size() == 1 && gazetteer.isFirstName(head.lower()) && !placeCue;
        if (!kind
                && (gazetteer.isRegion(phrase) && !regionOrName
                        || run.stream().allMatch(RecallLayer::safeEverywhere))) {
            return; // field words, regions, months, titles; "Jordan", "Georgia" outside "in"/"from" may be people
        }
        boolean opening = sentenceStart;
        boolean titleLine = Texts.titleCaseLine(text, head.start());
        // at a sentence start the first word may be capitalised for the sentence; the words after it may not
        if (!kind
                && run.stream().allMatch(t -> RecallLayer.safeCapitalised(t, opening && (t == head || titleLine)))
                && (sentenceStart || !placeCue)) {
            return; // ordinary words, unless mid-sentence after "in", "at", "on": "in Silver Spring", "on Mission"
        }
        if (run.size() == 1
                && (PlaceAndOrgRecogniser.numberFollows(text, head) || text.startsWith(":", head.end()) && !placeCue)) {
            // "Ward 4B", "Highway 1" (the number is the identifier), "Addr:" (a label; but "seeing in Tamworth:" is
            // a place before a colon)
            return;
        }
        if (run.size() == 1 && ACRONYM.matcher(head.text()).matches() && !facilityFollows) {
            // an acronym on its own: EFT, NHS, VA; one no dictionary knows after "at", "from" or "to" may be a
            // hospital or an employer ("Mom works doubles at VGH", "admitted to AIIMS")
            if (previous != null
                    && Set.of("at", "from", "to", "into").contains(previous.lower())
                    && previous.lowerCase()
                    && !RecallLayer.safeEverywhere(head)
                    && !Lexicon.get().isKnown(head.text())
                    && head.text().length() >= 3) {
                found.add(new Candidate(head.start(), head.end(), IdentifierType.ORG, "organisation"));
            }
            return;
        }
        if (NameRecogniser.citation(text, run, before)) {
            return;
        }
        // "in Fremont and Hayward": a place listed with a place is a place.
        if (!found.isEmpty()) {
            Candidate listed = found.getLast();
            String between = text.substring(Math.min(listed.end(), head.start()), head.start());
            if ((listed.type() == IdentifierType.LOC || listed.type() == IdentifierType.ORG)
                    && LISTED.matcher(between).matches()
                    && run.size() <= 3
                    && !gazetteer.isRegion(phrase)
                    && !(run.size() == 1
                            && gazetteer.isFirstName(head.lower())
                            && NameRecogniser.namePosition(text, tokens, first, false))) {
                found.add(new Candidate(head.start(), tail.end(), listed.type(), listed.hint()));
                return;
            }
        }
        int start = head.start();
        int end = tail.end();
        IdentifierType type;
        String hint;
        String[] placeOrOrg = PlaceAndOrgRecogniser.classify(run, phrase, before);
        boolean titled = previous != null && NameRecogniser.isTitle(previous) && Texts.adjacent(text, previous, head);
        if (placeOrOrg != null) {
            type = IdentifierType.valueOf(placeOrOrg[0]);
            hint = placeOrOrg[1];
            if (hint.equals("street")) {
                java.util.regex.Matcher number =
                        PlaceAndOrgRecogniser.HOUSE_NUMBER.matcher(text.substring(Math.max(0, start - 12), start));
                if (number.find()) {
                    start -= number.end() - number.start();
                    hint = "address";
                }
            }
        } else if (titled) {
            type = IdentifierType.NAME;
            hint = "person";
            end = NameRecogniser.nameEnd(tail);
        } else if (placeCue
                && (PlaceAndOrgRecogniser.STRONG_PLACE_CUES.contains(previous.lower())
                                && !(run.size() == 1 && NameRecogniser.namePosition(text, tokens, first, false))
                        || !gazetteer.isFirstName(head.lower()) && !PlaceAndOrgRecogniser.employer(before))) {
            type = IdentifierType.LOC;
            hint = previous.lower().equals("on") ? "street" : "city";
        } else if (previous != null
                && Set.of("at", "for", "from", "by").contains(previous.lower())
                && PlaceAndOrgRecogniser.employer(before)) {
            type = IdentifierType.ORG;
            hint = "employer";
        } else {
            if (run.size() == 1
                    && sentenceStart
                    && RecallLayer.safeCapitalised(head, true)
                    && !NameRecogniser.namePosition(text, tokens, first, true)) {
                return;
            }
            type = IdentifierType.NAME;
            hint = "person";
            end = NameRecogniser.nameEnd(tail);
        }
        String[] facilityHint = new String[1];
        int extended = PlaceAndOrgRecogniser.facilityExtension(text, end, facilityHint);
        if (extended > 0
                && (type != IdentifierType.NAME
                        || run.size() == 1 && CAPITALS.matcher(head.text()).matches())) {
            end = extended;
            type = IdentifierType.LOC;
            hint = facilityHint[0];
        }
        found.add(new Candidate(start, end, type, hint));
    }

    private static final Set<String> TIME_WORDS = Set.of(
            "in",
            "since",
            "until",
            "till",
            "by",
            "during",
            "from",
            "of",
            "before",
            "after",
            "every",
            "each",
            "last",
            "next",
            "this",
            "that",
            "early",
            "late",
            "mid",
            "the",
            "a",
            "through",
            "over",
            "throughout",
            "around",
            "for",
            "to",
            "into",
            "on",
            "may");

    /** "with June and Dev", "told June": a month mid-sentence that no time word introduces is a person. */
    private static boolean monthAsName(String text, List<Token> tokens, int index) {
        Token month = tokens.get(index);
        Token previous = index > 0 ? tokens.get(index - 1) : null;
        if (previous == null
                || TIME_WORDS.contains(previous.lower())
                || month.lower().equals("may")) {
            return false;
        }
        return !DATE_AFTER_MONTH
                .matcher(text)
                .region(month.end(), text.length())
                .lookingAt();
    }

    /** A lower-case place word right before: "in", "at", "near", "on", "from". */
    private static boolean isPlaceCue(List<Token> tokens, int index) {
        if (index == 0) {
            return false;
        }
        Token previous = tokens.get(index - 1);
        return previous.lowerCase() && PlaceAndOrgRecogniser.PLACE_CUES.contains(previous.lower());
    }

    static boolean ordinalWord(Token token) {
        return ORDINAL_WORDS.contains(token.lower().toLowerCase(Locale.ROOT));
    }
}
