package org.securebase.deidentification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds identifying details in a case vignette and proposes a placeholder for each. Plain Java, no framework
 * types, safe to share between threads. Layered, erring towards catching: patterns for contacts, numbers and dates
 * ({@link ContactAndIdPatterns}, {@link DatePatterns}, {@link PlaceAndOrgRecogniser}); runs of capitalised words
 * typed by their last word and by context ({@link CapitalisedRuns}, {@link NameRecogniser}); a recall layer that
 * flags every word not positively known to be safe ({@link RecallLayer}); and every mention of a name found once,
 * across all the texts of a thread ({@link PlaceholderMap}).
 */
public final class Deidentifier {

    /** The text with every detection replaced, and the detections (offsets into the original text). */
    public record Result(String text, List<Detection> detections) {}

    private static final Comparator<Candidate> BY_POSITION = Comparator.comparingInt(Candidate::start)
            .thenComparing(Comparator.comparingInt(Candidate::end).reversed());
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[\\p{Lu}][\\p{L} +-]{0,30}]|\\b90\\+");

    private static final Set<String> ARTICLES = Set.of(
            "the", "a", "an", "his", "her", "their", "my", "our", "your", "its", "this", "that", "some", "any", "no",
            "every", "each");
    private static final Pattern AND = Pattern.compile("\\s+(?:and|&)\\s+");
    private static final Pattern PHRASE = Pattern.compile("[\\p{L}\\d'’&.-]+(?: [\\p{L}\\d'’&.-]+)*");

    public Deidentifier() {
        Gazetteer.get();
        Lexicon.get();
    }

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

    /** One text on its own, with a fresh placeholder map. */
    public List<Detection> detect(String text) {
        return detect(List.of(text == null ? "" : text), new PlaceholderMap()).getFirst();
    }

    /**
     * The texts of one thread (title, fields, comments) checked together: a name found in any of them is searched
     * in all of them, a name the map already knows is caught anywhere, and placeholders are the thread's own. The
     * map gains the new identifiers; the caller saves {@link PlaceholderMap#entries()}.
     */
    public List<List<Detection>> detect(List<String> texts, PlaceholderMap map) {
        List<List<Token>> tokens = new ArrayList<>();
        List<List<Candidate>> found = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String text : texts) {
            String t = text == null ? "" : text;
            List<Token> words = Texts.tokens(t);
            List<Candidate> candidates = candidates(t, words);
            tokens.add(words);
            found.add(candidates);
            names.addAll(nameWords(t, candidates));
        }
        List<List<Detection>> detections = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i) == null ? "" : texts.get(i);
            everyMention(t, tokens.get(i), names, map, found.get(i));
            dropPlaceholders(t, found.get(i));
            detections.add(label(t, merge(found.get(i)), map));
        }
        return detections;
    }

    private static List<Candidate> candidates(String text, List<Token> tokens) {
        List<Candidate> found = new ArrayList<>();
        if (text.isEmpty()) {
            return found;
        }
        ContactAndIdPatterns.find(text, found);
        DatePatterns.find(text, found);
        PlaceAndOrgRecogniser.numberedPlaces(text, found);
        PlaceAndOrgRecogniser.lowerCaseTeamsAndEmployers(text, found);
        List<Token> outside = outsideFieldPhrases(text, tokens);
        PlaceAndOrgRecogniser.lowerCaseInstitutions(text, outside, found);
        CapitalisedRuns.find(text, outside, found);
        NameRecogniser.named(text, found);
        PlaceTails.find(text, found);
        List<Candidate> claimed = merge(found);
        List<Token> free = tokens.stream().filter(t -> !covered(claimed, t)).toList();
        List<Candidate> recall = new ArrayList<>();
        RecallLayer.find(text, tokens, recall);
        for (Candidate c : recall) {
            if (free.stream().anyMatch(t -> t.start() == c.start())) {
                found.add(c);
            }
        }
        Matcher field = Vocabulary.FIELD_PHRASES.matcher(text);
        while (field.find()) {
            int start = field.start();
            int end = field.end();
            found.removeIf(c -> c.start() >= start && c.end() <= end); // "Watch, Wait and Wonder" is a therapy
        }
        // "in Hubli and Dharwad", "near Fremont and Hayward": places joined by "and" are marked as one
        List<Candidate> places = merge(found).stream()
                .filter(c -> c.type() == IdentifierType.LOC)
                .toList();
        for (int i = 0; i + 1 < places.size(); i++) {
            Candidate a = places.get(i);
            Candidate b = places.get(i + 1);
            if (b.start() - a.end() < 8
                    && AND.matcher(text.substring(a.end(), b.start())).matches()) {
                found.add(new Candidate(a.start(), b.end(), IdentifierType.LOC, a.hint()));
            }
        }
        PlaceTails.extend(text, found);
        NameNeighbours.extend(text, found);
        ClinicalWords.excuse(text, found);
        SpanLabels.trim(text, found);
        CitationContext.excuse(text, tokens, found);
        return found;
    }

    /** Tokens outside named therapies and tools ("Circle of Security"), so no name run reaches into them. */
    private static List<Token> outsideFieldPhrases(String text, List<Token> tokens) {
        Matcher field = Vocabulary.FIELD_PHRASES.matcher(text);
        List<int[]> phrases = new ArrayList<>();
        while (field.find()) {
            phrases.add(new int[] {field.start(), field.end()});
        }
        if (phrases.isEmpty()) {
            return tokens;
        }
        return tokens.stream()
                .filter(t -> phrases.stream().noneMatch(p -> t.start() >= p[0] && t.end() <= p[1]))
                .toList();
    }

    private static boolean covered(List<Candidate> merged, Token token) {
        for (Candidate c : merged) {
            if (c.start() <= token.start() && token.end() <= c.end()) {
                return true;
            }
            if (c.start() > token.end()) {
                return false;
            }
        }
        return false;
    }

    /** The words of the names found: each mention of them elsewhere is the same person. */
    private static Set<String> nameWords(String text, List<Candidate> found) {
        Set<String> names = new HashSet<>();
        for (Candidate c : found) {
            if (c.type() == IdentifierType.NAME) {
                for (Token part : Texts.tokens(text.substring(c.start(), c.end()))) {
                    if (part.text().length() > 1
                            && !NameRecogniser.isTitle(part)
                            && !RecallLayer.safeEverywhere(part)) {
                        names.add(part.lower());
                    }
                }
            }
        }
        return names;
    }

    /**
     * A name found once is found everywhere: "Callum" at the start of a later sentence or comment is still Callum.
     * An ordinary word that is a name here (Hope, Grace) is caught when capitalised; a word known only as a name
     * (callum) in any case. Known identifiers of the thread are looked up through the map's key function, in
     * phrases of up to three words.
     */
    private static void everyMention(
            String text, List<Token> tokens, Set<String> names, PlaceholderMap map, List<Candidate> found) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!Character.isLetter(token.text().charAt(0))) {
                continue;
            }
            boolean ordinary = Lexicon.get().isCommonWord(token.lower()) || Vocabulary.isCommon(token.lower());
            // a lower-case ordinary word found as a name in this thread counts again where it stands in a name's
            // place ("sky clings to her nana"), not as a word ("watching the sky")
            boolean eligible = token.capitalised()
                    || !ordinary
                    || names.contains(token.lower())
                            && (NameRecogniser.namePosition(text, tokens, i, Texts.sentenceStart(text, token.start()))
                                    || nounNotUsedAsWord(text, tokens, i));
            if (!eligible) {
                continue;
            }
            if (names.contains(token.lower())) {
                found.add(new Candidate(token.start(), NameRecogniser.nameEnd(token), IdentifierType.NAME, "person"));
                continue;
            }
            if (map.isEmpty()) {
                continue;
            }
            for (int n = Math.min(3, tokens.size() - i); n >= 1; n--) {
                Token last = tokens.get(i + n - 1);
                String phrase = text.substring(token.start(), n == 1 ? NameRecogniser.nameEnd(last) : last.end());
                if (n > 1 && !PHRASE.matcher(phrase).matches()) {
                    continue;
                }
                java.util.Optional<String> known = map.placeholderOf(phrase);
                if (known.isPresent()) {
                    IdentifierType type = PlaceholderMap.typeOf(known.get());
                    found.add(new Candidate(
                            token.start(),
                            token.start() + phrase.length(),
                            type,
                            type == IdentifierType.NAME ? "person" : "known"));
                    break;
                }
            }
        }
    }

    /**
     * A noun this text uses as a name elsewhere ("since jade was 3") is the name again where it stands for a person:
     * after a word for a person, or set off by a comma; never after an article or possessive ("the jade ring").
     */
    private static boolean nounNotUsedAsWord(String text, List<Token> tokens, int i) {
        String lower = tokens.get(i).lower();
        Lexicon lexicon = Lexicon.get();
        if (lexicon.has(lower, Lexicon.FUNCTION)
                || lexicon.has(lower, Lexicon.VERB_3RD)
                || lexicon.has(lower, Lexicon.ADVERB)
                || lower.equals("will")
                || lower.equals("may")) {
            return false;
        }
        Token previous = i > 0 ? tokens.get(i - 1) : null;
        // "16yo girl jade, lives with": after a word for a person, or set off by a comma, it names them
        return lexicon.has(lower, Lexicon.NOUN)
                && previous != null
                && !ARTICLES.contains(previous.lower())
                && (Vocabulary.PERSON_NOUNS.contains(previous.lower())
                        || text.startsWith(",", tokens.get(i).end())
                                && !lexicon.has(previous.lower(), Lexicon.FUNCTION));
    }

    /** Text already replaced ("[Client A]", "[Phone]", "90+") is never an identifier again. */
    private static void dropPlaceholders(String text, List<Candidate> found) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            found.removeIf(c -> c.start() >= start && c.end() <= end);
        }
    }

    static List<Candidate> merge(List<Candidate> found) {
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
                merged.add(
                        new Candidate(last.start(), Math.max(last.end(), c.end()), stronger.type(), stronger.hint()));
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

    private static List<Detection> label(String text, List<Candidate> candidates, PlaceholderMap map) {
        List<Detection> detections = new ArrayList<>();
        for (Candidate c : candidates) {
            String surface = text.substring(c.start(), c.end());
            String role = c.type() == IdentifierType.NAME ? NameRecogniser.roleOf(text, c.start(), c.end()) : null;
            String replacement = c.hint().equals("known")
                    ? map.placeholderOf(surface).orElse(PlaceholderMap.generic(c.type(), "place"))
                    : map.placeholderFor(surface, c.type(), c.hint(), role);
            detections.add(new Detection(c.start(), c.end(), c.type(), replacement));
        }
        return List.copyOf(detections);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
