package org.securebase.deidentification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The classes of language that narrow a person down when they meet in one thread. Each class is a pattern over a
 * kind of phrase, or a packaged list (Datafaker's professions, emergencies, towns), never a list of example cases.
 */
final class QuasiClasses {

    private QuasiClasses() {}

    private static final Set<String> NOT_OCCUPATIONS = Set.of(
            "model",
            "judge",
            "advocate",
            "coach",
            "writer",
            "interpreter",
            "human resources",
            "philosopher",
            "fiherman");

    private static final Set<String> NOT_WORKPLACES = Set.of(
            "residential building",
            "highway",
            "park",
            "forest",
            "riverbank",
            "coastline",
            "mountain trail",
            "rural road",
            "city square",
            "apartment complex",
            "parking garage");

    /** Organisation words from the recogniser that are premises with a trade; "group", "board", "union" are not. */
    private static final Set<String> TRADE_PREMISES = Set.of(
            "bakery",
            "hotel",
            "restaurant",
            "cafe",
            "café",
            "bank",
            "church",
            "mosque",
            "synagogue",
            "temple",
            "chapel",
            "parish",
            "council",
            "store",
            "supermarket",
            "factory",
            "mill",
            "gym",
            "salon",
            "shop",
            "pharmacy",
            "chemist",
            "firm",
            "police",
            "pub",
            "inn",
            "tavern",
            "diner",
            "takeaway",
            "farm",
            "ranch",
            "winery",
            "brewery",
            "garage",
            "laundry",
            "barbers",
            "bookshop",
            "deli",
            "pizzeria",
            "bistro");

    private static final String NUMBER = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})";
    // "may" is a month only written "May", and not as a question ("May I ask")
    private static final String MONTH =
            "(?:(?-i:May)(?!\\s+(?:I|we|you|he|she|they|it|be)\\b)|january|february|march|april|june|july|august|september|october|"
                    + "november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)";
    private static final String SEASON = "(?:spring|summer|autumn|fall|winter|christmas|easter|half[- ]term|new year)";
    private static final String ORDINAL = "(?:\\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|tenth|"
            + "twentieth|twenty-first|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth)";

    /**
     * A small place: a settlement named by its size (village, hamlet, small town), a community where everyone is
     * known, or a person or business that is "the only … in" a place. Few people fit any description there.
     */
    static final Pattern SMALL_PLACE = Pattern.compile("(?i)\\b(?:(?:small|little|tiny|remote|rural|isolated|sleepy)"
            + "\\s+(?:town|village|community|place|parish|settlement|island|hamlet)|villages?|hamlets?|on (?:the|a|an|"
            + "a small|a tiny) island|(?:close|tight)[- ]knit\\s+(?:community|town|village|place)|(?:farming|fishing|"
            + "mining|island|rural)\\s+(?:community|village|town)|every(?:one|body) knows every(?:one|body)|the only\\s+"
            + "(?:[\\p{L}'’-]+\\s+){1,3}(?:in|on|for|round|around)\\s+(?:the\\s+|our\\s+|their\\s+|this\\s+|that\\s+|"
            + "her\\s+|his\\s+)?(?:town|village|area|county|valley|island|district|region|community|miles|here|there))"
            + "\\b");

    /**
     * Rare events, one class each: what made the news once is findable for ever, and in a small place everyone
     * remembers it. A word followed by "of" is a figure of speech ("a flood of tears", "an explosion of anger").
     */
    static final List<Map.Entry<String, Pattern>> RARE_EVENTS = List.of(
            // disasters and emergencies: Datafaker's packaged list of emergencies, with the fire a house burns in
            Map.entry("a disaster", words(disasters(), "(?:house|barn|school|factory|flat|farm)\\s+fire|blaze|arson")),
            // accidents that kill or maim and are reported
            Map.entry(
                    "a serious accident",
                    Pattern.compile(
                            "(?i)\\b(?:(?:car|road|plane|train|boat|fatal|farm|climbing|diving)\\s+(?:crash|accident)"
                                    + "|crash(?:ed)?|collision|drown(?:ed|ing)?|hit[- ]and[- ]run|derail(?:ed|ment))\\b(?!\\s+of\\b)")),
            // crimes and the court: a matter of public record
            Map.entry(
                    "a crime or court case",
                    Pattern.compile("(?i)\\b(?:murder(?:ed)?|stabb(?:ed|ing)|shot dead|manslaughter|kidnapp(?:ed|ing)|"
                            + "court case|criminal trial|murder trial|on trial|inquest|convicted|sentenced|jailed|"
                            + "(?:was|got|been|were) arrested|prosecuted)\\b")),
            // public attention: the newspaper, the radio, a post that spread
            Map.entry(
                    "a news story",
                    Pattern.compile(
                            "(?i)\\b(?:newspapers?|local (?:paper|news|radio|tv|television)|in the (?:news|papers?)"
                                    + "|on (?:the )?(?:tv|television|radio)|front page|headlines?|went viral|press coverage|"
                                    + "made the news|news (?:story|report))\\b")),
            // an unusual fortune or distinction: a win, a prize, a record
            Map.entry(
                    "a win or an award",
                    Pattern.compile(
                            "(?i)\\b(?:lottery|jackpot|won (?:a|an|the) (?:[\\p{L}-]+\\s+)?(?:award|medal|prize|"
                                    + "championship|title|scholarship)|award[- ]winning|olympics?|olympian|paralympi\\w+|"
                                    + "world record|national champion)\\b")),
            // a multiple birth beyond twins, or twins named as a birth
            Map.entry(
                    "a multiple birth",
                    Pattern.compile(
                            "(?i)\\b(?:triplets|quadruplets|quads|quintuplets|conjoined twins|(?:had|gave birth to|"
                                    + "born as|having|expecting) twins)\\b")),
            // an illness so rare that it names its patient
            Map.entry(
                    "a rare illness",
                    Pattern.compile(
                            "(?i)\\b(?:rare\\s+(?:[\\p{L}-]+\\s+)?(?:disease|condition|syndrome|illness|disorder|"
                                    + "cancer|tumou?r|form of)|one in a million|only known case|orphan disease)\\b")));

    /** A family constellation: how many children, what kind of parenting, which losses and arrangements. */
    static final Pattern FAMILY = Pattern.compile("(?i)\\b(?:" + NUMBER + "\\s+(?:(?:young|small|grown(?:-up)?|"
            + "adult|older|younger|teenage)\\s+)?(?:children|kids|sons|daughters|boys|girls|siblings|brothers|sisters|"
            + "grandchildren|step-?children)|(?:mother|father|mum|mom|dad|parent)\\s+of\\s+" + NUMBER + "|only child|"
            + "(?:eldest|oldest|youngest) of\\s+" + NUMBER + "|middle child|twins?|triplets|quadruplets|"
            + "widow(?:ed|er)?|divorced|divorcee|remarried|single (?:mother|father|parent|mum|mom|dad)|"
            + "step-?(?:mother|father|mum|mom|dad|son|daughter|child|children|family|parent|brother|sister)|"
            + "adopted|adoptive|foster(?:ed|ing)?\\s+(?:care|parents?|child|children|carers?|home|mother|father)|"
            + "fostered|kinship care|special guardianship|custody|surrogacy|surrogate|"
            + "(?:lost|losing)\\s+(?:her|his|their)\\s+(?:husband|wife|partner|son|daughter|child|baby))\\b");

    /** A date or an age written in words the de-identification may pass: a month named, a season, an age. */
    static final Pattern DATE = Pattern.compile("(?i)\\b(?:(?:last|this|next|in|since|on|by|early|late|mid|until)"
            + "[- ]\\s*(?:the\\s+)?(?:" + MONTH + "|" + SEASON + ")|" + MONTH
            + "\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|"
            + "th)?\\s+(?:of\\s+)?" + MONTH + "|(?:in|since|during|of)\\s+(?:19[5-9]\\d|20[0-4]\\d)|aged?\\s+\\d{1,3}|"
            + "\\d{1,3}[- ]years?[- ]old|turned\\s+" + NUMBER + "|" + NUMBER
            + "[- ]years?[- ]old|in (?:her|his|their) (?:early |mid[- ]?|late )?"
            + "(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|" + ORDINAL
            + "\\s+(?:wedding\\s+)?(?:birthday|anniversary))\\b");

    /**
     * Someone saying they recognise the person. It counts strongly: it is the proof that the details have already
     * narrowed to one person, so it needs only one more detail beside it.
     */
    static final Pattern RECOGNITION = Pattern.compile("(?i)\\b(?:(?:i|we)\\s+(?:think\\s+|might\\s+|may\\s+|"
            + "probably\\s+|actually\\s+|do\\s+|already\\s+)?(?:know|recogni[sz]e|went to school with|used to work with|"
            + "worked with|live next (?:door )?to)\\s+(?:her|him|them|this (?:client|person|woman|man|girl|boy|family|"
            + "couple|lady|guy)|who (?:she|he|they|this) (?:is|are))|sounds (?:a lot )?like (?:someone|somebody|a "
            + "(?:woman|man|family|client|girl|boy|lady|guy|couple)) (?:i|we) know|(?:is|isn't) (?:she|he|this) the "
            + "(?:one|woman|man|girl|boy|lady|guy|mother|father) (?:who|from|at|that)|everyone (?:(?:round|around) "
            + "here )?knows (?:her|him|them|this family))\\b");

    /**
     * Premises where a person works and is seen by the public, named for their trade: the organisation words of
     * {@link PlaceAndOrgRecogniser} and Datafaker's places an emergency happens in, less the words this field uses
     * otherwise ("base", "practice", "home", "unit").
     */
    static final Pattern EMPLOYER = employers();

    /** A workplace stated as such, whatever it is: "works at the garden centre". */
    static final Pattern STATED_WORKPLACE = Pattern.compile("(?i)\\b(?:works?|worked|employed|shifts?)"
            + "\\s+(?:at|for)\\s+(?:the|a|an)\\s+((?:[\\p{L}'’-]+\\s+){0,2}[\\p{L}'’-]+)");

    /** An occupation stated as such, whatever it is: "works as a …", "is a … by trade". */
    static final Pattern STATED_OCCUPATION = Pattern.compile("(?i)\\b(?:works?|worked|working|job|trained|employed)"
            + "\\s+as\\s+(?:a|an)\\s+((?:[\\p{L}'’-]+\\s+)?[\\p{L}'’-]+)|\\b(?:a|an)\\s+([\\p{L}'’-]+)\\s+by trade\\b");

    /**
     * Datafaker's packaged professions, less those this field uses in another sense: the internal working
     * "model", to "judge", to "advocate", to "coach", the "writer" of a post, the session's "interpreter".
     */
    static final Pattern OCCUPATION = words(professions(), null);

    private static List<String> professions() {
        List<String> list = new ArrayList<>(PackagedLists.read("en/company.yml", "profession"));
        list.removeAll(NOT_OCCUPATIONS);
        list.add("fisherman"); // the packaged list spells it "fiherman"
        return list;
    }

    private static List<String> disasters() {
        // Datafaker's own list; "medical emergency" and "missing person" are kept, they make the news too
        return PackagedLists.read("en/emergency.yml", "nature");
    }

    private static Pattern employers() {
        Set<String> words = new HashSet<>();
        for (String place : PackagedLists.read("en/emergency.yml", "location")) {
            if (!NOT_WORKPLACES.contains(place)) {
                words.add(place);
            }
        }
        // the trades' premises among the recogniser's organisation and facility words
        for (String w : PlaceAndOrgRecogniser.ORG_SUFFIX) {
            if (TRADE_PREMISES.contains(w)) {
                words.add(w);
            }
        }
        words.addAll(List.of(
                "school",
                "primary school",
                "nursery",
                "college",
                "university",
                "academy",
                "hospital",
                "clinic",
                "surgery",
                "hospice",
                "care home",
                "nursing home",
                "prison",
                "police station",
                "fire station",
                "post office",
                "library",
                "barracks",
                "army",
                "navy",
                "mine",
                "quarry",
                "newsagent",
                "leisure centre",
                "garden centre"));
        String alternatives = words.stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?i)\\b(?:the|a|an|our|their|her|his|local|village|town|family|at|works? (?:at|for|in))"
                + "\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:" + alternatives + ")(?:'s)?\\b");
    }

    private static Pattern words(List<String> list, String extra) {
        String alternatives = list.stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q") + "(?:e?s)?")
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?i)\\b(?:" + alternatives + (extra == null ? "" : "|" + extra) + ")\\b(?!\\s+of\\b)");
    }
}
