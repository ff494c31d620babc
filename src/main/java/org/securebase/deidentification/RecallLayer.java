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
    private static final Pattern SAFE_MIXED = Pattern.compile("(?i)\\d+(?:st|nd|rd|th|s|am|pm|mg|mcg|ml|kg|lb|lbs|k|"
            + "m|yo|y|yr|yrs|mo|mos|mth|mths|wk|wks|h|hr|hrs|min|mins|x|ft|cm|km|mm|g|d|w|ish|f|c|kph|mph|gb|mb|"
            + "hz|bpm|yrs?old)|[a-z]{1,2}\\d{1,3}|[A-Z]{2,}\\d{1,2}|[A-Z]\\d|\\d[A-Z]{2,3}");
    private static final Pattern CONTRACTION = Pattern.compile("(?i)(.+?)(?:['’]?(?:nt|s|ve|re|ll|d|m)|n['’]t)");
    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}\\d&]{2,6}s?");

    private RecallLayer() {
    }

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

    /** Never an identifier by itself: field terms, theorists, regions, months, weekdays, titles, closed-class words. */
    static boolean safeEverywhere(Token token) {
        String word = token.text();
        String lower = stem(word);
        Gazetteer gazetteer = Gazetteer.get();
        if (Vocabulary.isField(word) || Vocabulary.isField(lower) || Vocabulary.isTheorist(word)
                || DatePatterns.MONTHS.contains(lower) || DatePatterns.WEEKDAYS.contains(lower)
                || DatePatterns.WEEKDAYS.contains(lower.replaceAll("s$", "")) || NameRecogniser.TITLES.contains(lower)
                || gazetteer.isRegion(lower) || gazetteer.isMedical(lower) && !gazetteer.isFirstName(lower)) {
            return true;
        }
        if (word.contains("-")) {
            // "DDP-informed", "OCD-flavoured", "Vietnam-era", "post-MI": safe when every part is
            for (String part : word.split("-")) {
                if (part.length() > 2 && !safeEverywhere(new Token(0, part.length(), part))
                        && !Lexicon.get().isCommonWord(part) && !ACRONYM.matcher(part).matches()) {
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
            if (parts.length == 2 && parts[0].length() <= 3 && (Lexicon.get().isCommonWord(parts[1])
                    || Lexicon.get().isCommonWord(parts[0]) && parts[1].length() <= 2)) {
                return true;
            }
        }
        return Lexicon.get().has(lower, Lexicon.FUNCTION) && !gazetteer.isFirstName(lower)
                || ACRONYM.matcher(word).matches() && Lexicon.get().isKnown(word) && !Lexicon.get().isProperOnly(word);
    }

    /**
     * A capitalised word that is safe where it stands: anywhere if {@link #safeEverywhere}; at the start of a
     * sentence if it is an ordinary word; mid-sentence only if it is an ordinary word that is not also a name.
     */
    static boolean safeCapitalised(Token token, boolean sentenceStart) {
        if (safeEverywhere(token)) {
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

    /** An ordinary word that is also a first name or a proper noun: Hope, Grace, Will, June, Bill, Robin. */
    static boolean ambiguousName(Token token) {
        String lower = token.lower();
        boolean common = Lexicon.get().isCommonWord(lower) || Vocabulary.isCommon(lower);
        if (Vocabulary.PERSON_NOUNS.contains(lower)) {
            return false; // "Boy, 9,", "Man, 45": a description, not a name
        }
        return DatePatterns.MONTHS.contains(lower) || lower.equals("will") || lower.equals("may")
                || common && !Lexicon.get().has(lower, Lexicon.FUNCTION) && Gazetteer.get().isFirstName(lower)
                && (token.capitalised() || Lexicon.get().has(lower, Lexicon.NOUN));
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
            if (lexicon.isCommonWord(lower) || Vocabulary.isCommon(lower)) {
                // "her husband bill", "my consultant robin says": an ordinary word in a person's place
                if (ambiguousName(token) && NameRecogniser.namePosition(text, tokens, i, sentenceStart)) {
                    found.add(new Candidate(token.start(), NameRecogniser.nameEnd(token), IdentifierType.NAME, "person"));
                }
                continue;
            }
            if (safeEverywhere(token) || safeLowerCase(lower)) {
                continue;
            }
            boolean nameLike = (gazetteer.isFirstName(lower) || gazetteer.isSurname(lower) || lexicon.isProper(lower))
                    && lower.length() > 2;
            if (!nameLike && (lower.length() < 4 || lower.length() > 8 || lexicon.isTypoOfCommonWord(lower))) {
                // "ppl", "u", "definately", "psychoeducation": shorthand, slips and long words of the trade
                continue;
            }
            Token previous = i > 0 ? tokens.get(i - 1) : null;
            boolean placeCue = previous != null && PlaceAndOrgRecogniser.STRONG_PLACE_CUES.contains(previous.lower());
            found.add(new Candidate(token.start(), NameRecogniser.nameEnd(token),
                    placeCue ? IdentifierType.LOC : IdentifierType.NAME, placeCue ? "city" : "person"));
        }
    }

    /** Contractions written without the apostrophe ("doesnt", "hes", "ive") and the dictionary's own words. */
    private static boolean safeLowerCase(String lower) {
        java.util.regex.Matcher m = CONTRACTION.matcher(lower);
        if (m.matches() && (Lexicon.get().has(m.group(1), Lexicon.COMMON) || m.group(1).equals("i"))) {
            return true;
        }
        return Lexicon.get().isKnown(lower) && !Lexicon.get().isProper(lower) && !Gazetteer.get().isFirstName(lower);
    }

    /**
     * ID: a leftover code mixing letters and digits ("4B", "K1198342"), or a number of 5+ digits that is not an
     * amount; a number with a unit or ordinal suffix is safe.
     */
    private static void code(String text, Token token, List<Candidate> found) {
        String word = token.text();
        if (word.chars().allMatch(Character::isDigit)) {
            char before = token.start() > 0 ? text.charAt(token.start() - 1) : ' ';
            if (word.length() >= 5 && "$£€,.".indexOf(before) < 0 && !DatePatterns.countFollows(text, token.end())
                    && !(token.end() < text.length() && ",.".indexOf(text.charAt(token.end())) >= 0
                    && token.end() + 1 < text.length() && Character.isDigit(text.charAt(token.end() + 1)))) {
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
