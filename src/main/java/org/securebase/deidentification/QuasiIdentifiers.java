package org.securebase.deidentification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The case as a whole: details that are each harmless can, together, point to one person ("a teacher at the
 * village school in Ambleside"). Finds the classes of such details in a thread's texts and says when a new text
 * completes a combination that narrows a person down. Plain Java, thread-safe; one instance serves every request.
 */
public final class QuasiIdentifiers {

    /** The classes of detail, each named as the reason will name it. */
    public enum Kind {
        PLACE("a place"),
        SMALL_PLACE("a small place"),
        RARE_EVENT("a rare event"),
        OCCUPATION("an occupation"),
        EMPLOYER("an employer type"),
        FAMILY("a family constellation"),
        DATE("a date or an age"),
        RECOGNITION("a colleague saying they recognise the person");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** One detail as written, and its class. */
    public record Mention(Kind kind, String text) {}

    /** One text of the thread; a recognition statement counts only from someone other than the case's author. */
    public record Contribution(String text, boolean byCaseAuthor) {}

    /** The details that together narrow a person down, and the reason in plain words. */
    public record Finding(List<Mention> parts, String reason) {}

    /** The combinations checked, in the order the reason prefers them. */
    private static final List<List<Kind>> COMBINATIONS = List.of(
            List.of(Kind.SMALL_PLACE, Kind.RARE_EVENT),
            List.of(Kind.OCCUPATION, Kind.EMPLOYER, Kind.PLACE),
            List.of(Kind.FAMILY, Kind.DATE));

    private static final Set<String> STRONG_CUES = PlaceAndOrgRecogniser.STRONG_PLACE_CUES;
    private static final Set<String> WEAK_CUES = Set.of("from", "at", "to");
    private static final List<String> TOWN_ENDINGS = PackagedLists.read("en/address.yml", "city_suffix");
    private static final Set<String> TOWN_PREFIXES = Set.copyOf(PackagedLists.read("en/address.yml", "city_prefix"));
    private static final Set<String> TOWNS = towns();
    private static final Pattern SERVICE = Pattern.compile("(?i)\\b(?:her|his|their|my|our|your)\\s+$");

    private final Deidentifier deidentifier = new Deidentifier();

    /** Every detail of every class in one text. */
    public List<Mention> find(String text, boolean byCaseAuthor) {
        String t = text == null ? "" : text;
        List<Mention> found = new ArrayList<>();
        add(found, Kind.SMALL_PLACE, QuasiClasses.SMALL_PLACE, t);
        for (Map.Entry<String, Pattern> event : QuasiClasses.RARE_EVENTS) {
            Matcher m = event.getValue().matcher(t);
            while (m.find()) {
                found.add(new Mention(Kind.RARE_EVENT, event.getKey() + ": " + m.group()));
            }
        }
        List<int[]> jobs = occupations(found, t);
        Matcher employer = QuasiClasses.EMPLOYER.matcher(t);
        while (employer.find()) {
            int start = employer.start();
            int end = employer.end();
            // "police officer" is one occupation, not an occupation and an employer
            if (jobs.stream().noneMatch(j -> j[0] < end && start < j[1])) {
                found.add(new Mention(Kind.EMPLOYER, employer.group()));
            }
        }
        groups(found, Kind.EMPLOYER, QuasiClasses.STATED_WORKPLACE, t, 1);
        add(found, Kind.FAMILY, QuasiClasses.FAMILY, t);
        add(found, Kind.DATE, QuasiClasses.DATE, t);
        if (!byCaseAuthor) {
            add(found, Kind.RECOGNITION, QuasiClasses.RECOGNITION, t);
        }
        // dates and ages as the de-identification reads them; its places and organisations are not used: what it
        // found the member has replaced or marked as not identifying, and its organisations are names, not types
        for (Detection d : deidentifier.detect(t)) {
            if (d.type() == IdentifierType.DATE || d.type() == IdentifierType.AGE) {
                found.add(new Mention(Kind.DATE, d.textIn(t)));
            }
        }
        places(found, t);
        return found;
    }

    /**
     * Whether {@code added} completes a combination in the thread ({@code earlier} and {@code added} together) to
     * which {@code added} itself brings at least one part: a thread that was already clear holds no later comment.
     */
    public Optional<Finding> check(List<Contribution> earlier, Contribution added) {
        Map<Kind, List<Mention>> all = new EnumMap<>(Kind.class);
        for (Contribution c : earlier) {
            collect(all, find(c.text(), c.byCaseAuthor()));
        }
        Map<Kind, List<Mention>> fresh = new EnumMap<>(Kind.class);
        collect(fresh, find(added.text(), added.byCaseAuthor()));
        collect(all, fresh.values().stream().flatMap(List::stream).toList());
        if (fresh.containsKey(Kind.RECOGNITION) || all.containsKey(Kind.RECOGNITION)) {
            // the recognition and one more detail of any other class, one of them in the new text
            for (Kind other : Kind.values()) {
                if (other != Kind.RECOGNITION
                        && all.containsKey(other)
                        && (fresh.containsKey(Kind.RECOGNITION) || fresh.containsKey(other))) {
                    return Optional.of(finding(all, List.of(Kind.RECOGNITION, other)));
                }
            }
        }
        for (List<Kind> combination : COMBINATIONS) {
            if (combination.stream().allMatch(all::containsKey)
                    && combination.stream().anyMatch(fresh::containsKey)) {
                return Optional.of(finding(all, combination));
            }
        }
        return Optional.empty();
    }

    private static Finding finding(Map<Kind, List<Mention>> all, List<Kind> combination) {
        List<Mention> parts = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (Kind kind : combination) {
            // a named place says more than "the village" that also stands for one
            Mention first = all.get(kind).stream()
                    .filter(m -> m.kind() == kind)
                    .findFirst()
                    .orElse(all.get(kind).getFirst());
            parts.add(first);
            named.add(kind.words() + " (" + first.text().strip() + ")");
        }
        String list = named.size() == 2
                ? named.get(0) + " and " + named.get(1)
                : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.getLast();
        String reason = combination.contains(Kind.RECOGNITION)
                ? list + " together suggest the client can be recognised"
                : list + " together may identify the client";
        return new Finding(parts, Character.toUpperCase(reason.charAt(0)) + reason.substring(1));
    }

    /** A small place is a place too, so "occupation, employer, place" is met by "the village". */
    private static void collect(Map<Kind, List<Mention>> into, List<Mention> mentions) {
        for (Mention m : mentions) {
            into.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m);
            if (m.kind() == Kind.SMALL_PLACE) {
                into.computeIfAbsent(Kind.PLACE, k -> new ArrayList<>()).add(m);
            }
        }
    }

    /**
     * An occupation from the packaged list, unless it is someone who serves the person ("her doctor", "his
     * teacher"): that is a relation to care, not the person's own work.
     */
    private static List<int[]> occupations(List<Mention> found, String t) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = QuasiClasses.OCCUPATION.matcher(t);
        while (m.find()) {
            if (!SERVICE.matcher(t.substring(Math.max(0, m.start() - 8), m.start()))
                    .find()) {
                found.add(new Mention(Kind.OCCUPATION, m.group()));
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        Matcher stated = QuasiClasses.STATED_OCCUPATION.matcher(t);
        while (stated.find()) {
            int g = stated.group(1) != null ? 1 : 2;
            found.add(new Mention(Kind.OCCUPATION, stated.group(g)));
            spans.add(new int[] {stated.start(g), stated.end(g)});
        }
        return spans;
    }

    /**
     * A town the de-identification passed: one of Datafaker's packaged towns, or, after a place word ("in",
     * "near", "from"), a word that is not an ordinary English word and is either known as a proper noun or ends
     * like an English town ("-ton", "-bury", "-side"), in any case ("moved to ambleside"). Counties, states and
     * countries are left out: they do not narrow anyone down.
     */
    private static void places(List<Mention> found, String t) {
        Lexicon lexicon = Lexicon.get();
        Gazetteer gazetteer = Gazetteer.get();
        List<Token> tokens = Texts.tokens(t);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String lower = token.text().toLowerCase(Locale.ROOT);
            String cue = i > 0 ? tokens.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
            boolean prefixed = TOWN_PREFIXES.contains(cue) && i > 1;
            if (prefixed) {
                // "in East Rafael", "from port eileneview": the town's prefix stands between the cue and the name
                cue = tokens.get(i - 2).text().toLowerCase(Locale.ROOT);
            }
            boolean afterCue = STRONG_CUES.contains(cue) || WEAK_CUES.contains(cue);
            boolean strong = STRONG_CUES.contains(cue) || prefixed && afterCue;
            String pair = i + 1 < tokens.size()
                    ? lower + " " + tokens.get(i + 1).text().toLowerCase(Locale.ROOT)
                    : "";
            // a packaged town counts even where a county, a state or a word shares its name ("Galway", "Cork"),
            // and in lower case after a place word unless it is an ordinary word ("from limerick")
            String telling = TOWNS.contains(lower) ? lower : pair.substring(pair.indexOf(' ') + 1);
            boolean listed = TOWNS.contains(lower) || TOWNS.contains(pair);
            boolean town = listed && (token.capitalised() || afterCue && !lexicon.isCommonWord(telling));
            if (!town
                    && (lower.length() < 4
                            || !token.letters()
                            || lexicon.isCommonWord(lower)
                            || gazetteer.isRegion(lower))) {
                if (prefixed && afterCue && token.capitalised()) {
                    found.add(new Mention(Kind.PLACE, tokens.get(i - 1).text() + " " + token.text()));
                }
                continue;
            }
            boolean unknown = afterCue
                    && (endsLikeTown(lower)
                            || prefixed
                            || lexicon.isProperOnly(lower) && (strong || !gazetteer.firstNames.contains(lower))
                            || strong && token.capitalised() && !lexicon.isKnown(lower));
            if (town || unknown) {
                found.add(new Mention(
                        Kind.PLACE,
                        TOWNS.contains(pair)
                                ? t.substring(token.start(), tokens.get(i + 1).end())
                                : token.text()));
            }
        }
    }

    private static boolean endsLikeTown(String word) {
        for (String ending : TOWN_ENDINGS) {
            if (word.length() >= ending.length() + 3 && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Mention> found, Kind kind, Pattern pattern, String t) {
        groups(found, kind, pattern, t, -1);
    }

    private static void groups(List<Mention> found, Kind kind, Pattern pattern, String t, int group) {
        Matcher m = pattern.matcher(t);
        while (m.find()) {
            String text = group < 0 ? m.group() : m.group(group);
            found.add(new Mention(kind, text == null ? m.group() : text));
        }
    }

    /** Datafaker's packaged towns in the English-speaking and European locales, single words in Latin script. */
    private static Set<String> towns() {
        Set<String> towns = new LinkedHashSet<>();
        for (String file : List.of(
                "en-IE.yml",
                "en-NZ.yml",
                "en-ZA.yml",
                "en-UG.yml",
                "en-NG.yml",
                "en-IN.yml",
                "en-MS.yml",
                "en-NEP.yml",
                "en-au-ocker.yml",
                "de.yml",
                "fr.yml",
                "es.yml",
                "it.yml",
                "nl.yml",
                "pt.yml",
                "pl.yml",
                "sv.yml",
                "nb-NO.yml",
                "da-DK.yml",
                "fi-FI.yml")) {
            for (String key : List.of("city", "city_name", "cities", "city_names", "suburb", "town")) {
                for (String town : PackagedLists.read(file, key)) {
                    if (town.matches("[\\p{IsLatin}'’-]+(?: [\\p{IsLatin}'’-]+)?")) {
                        towns.add(town);
                    }
                }
            }
        }
        return towns;
    }
}
