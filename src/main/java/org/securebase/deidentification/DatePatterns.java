package org.securebase.deidentification;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** DATE and AGE: days tied to a person, and ages over 89 in digits or words. */
final class DatePatterns {

    static final Set<String> MONTHS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december");
    static final Set<String> WEEKDAYS = Set.of(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            // the short forms notes use that are no one's name ("same time Thurs", "group Weds")
            "tues",
            "tue",
            "weds",
            "wed",
            "thurs",
            "thur",
            "thu",
            "fri");

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final String ANY_CASE_MONTH = "(?i:january|february|march|april|june|july|august|september|"
            + "october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)|May"
            // "may" in lower case is the month only before an ordinal day ("due may 3rd"), never the modal
            + "|(?i:may)(?=\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)\\b)"
            // and after an ordinal day and "of" ("the 3rd of may"): no modal stands there
            + "|(?<=\\d(?:st|nd|rd|th)\\s(?:of\\s)?)(?i:may)";
    // DATE: month names of the other languages vignettes are written in (French, German, Dutch and Afrikaans,
    // Spanish, Italian, Portuguese), only ever read next to a day or a year ("4 janvier", "März 2023", "5 Maart"),
    // so a name such as Julie or a word such as Mars alone stays what it is; looked up from the number, so texts
    // pay for them only where a day or a year stands
    private static final Set<String> FOREIGN_MONTHS = Set.of(
            // Polish months in the genitive, as a date writes them ("2 listopada 2023")
            "stycznia",
            "lutego",
            "marca",
            "kwietnia",
            "maja",
            "czerwca",
            "lipca",
            "sierpnia",
            "września",
            "wrzesnia",
            "października",
            "pazdziernika",
            "listopada",
            "grudnia",
            "janvier",
            "février",
            "fevrier",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "aout",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
            "decembre",
            "januar",
            "februar",
            "märz",
            "marz",
            "juni",
            "juli",
            "oktober",
            "dezember",
            "januarie",
            "januari",
            "februarie",
            "februari",
            "maart",
            "mei",
            "junie",
            "julie",
            "augustus",
            "desember",
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "setiembre",
            "octubre",
            "noviembre",
            "diciembre",
            "gennaio",
            "febbraio",
            "aprile",
            "maggio",
            "giugno",
            "luglio",
            "settembre",
            "ottobre",
            "dicembre",
            "janeiro",
            "fevereiro",
            "março",
            "marco",
            "maio",
            "junho",
            "julho",
            "setembro",
            "outubro",
            "novembro",
            "dezembro");
    private static final Pattern DAY_THEN_WORD = Pattern.compile("(?<![\\w/.])(?:[1-9]|[12]\\d|3[01])\\.?\\s+"
            + "(?:de\\s+)?(\\p{L}+)(?:,?\\s+(?:de\\s+)?(?:19|20)\\d\\d\\b)?");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b|(?<=\\s)['’]\\d\\d\\b");
    private static final Pattern WORD_BEFORE_YEAR = Pattern.compile("(\\p{L}+)\\.?,?\\s+(?:de\\s+)?$");
    private static final String WEEKDAY = "(?i:mon|tues?|weds?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?i:day)?";
    private static final String ON_WEEKDAY = "(?:" + WEEKDAY + "\\.?,?\\s+(?:the\\s+)?)?";

    // DATE: numeric day/month/year in any order of the usual three, or ISO
    private static final Pattern NUMERIC_DATE =
            Pattern.compile("\\b(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2})\\b");
    // DATE: day and month in digits without a year, when a part is written with a leading zero ("14/02", "03/7")
    // or a day word comes before ("on 3/4", "due 12/6"); a score ("8/10"), fraction or "24/7" has neither
    private static final Pattern DAY_MONTH_DIGITS = Pattern.compile("(?=\\d)(?<![\\w/.:$£€])(?:(?=0|\\d\\d?/0)"
            + "(?:(?:0?[1-9]|[12]\\d|3[01])/(?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\\d|3[01]))"
            + "|(?<=(?i:on|until|till|by|due|dated|since) )(?:[1-9]|[12]\\d|3[01])/(?:[1-9]|1[12]))"
            + "(?![\\w/]|\\.\\d)");
    // DATE: day and month in digits without a year after a weekday ("Tues 5/14", "weds 21/2"): the weekday makes
    // the pair a day
    private static final Pattern WEEKDAY_DIGITS = Pattern.compile("\\b" + WEEKDAY + "\\.?,?\\s+(?:the\\s+)?"
            + "(?:[1-9]|[12]\\d|3[01])/(?:[1-9]|[12]\\d|3[01])(?![\\w/]|\\.\\d)");
    // DATE: day and month in digits without a year, no leading zero: after a word that schedules or records an
    // event ("cancelled 2/10", "booked 12/28", "court date is 3/19", "admitted 4/2"), or where one part can only be
    // a day (13-31) and the other a month, and no score cue or usual measure's total says otherwise ("left 12/19",
    // "back 23/3")
    private static final Pattern BARE_DAY_MONTH =
            Pattern.compile("(?<![\\w/.:$£€-])(\\d{1,2})/(\\d{1,2})" + "(?![\\w/%]|\\.\\d)");
    private static final Pattern EVENT_CUE = Pattern.compile("(?i)\\b(?:cancell?ed|canceled|booked|missed|"
            + "rescheduled|admitted|discharged|arrested|released|seen|born|died|started|ended|date|dated|appt|"
            + "appointment|visit|review|hearing|court|intake|deadline|next)\\s*(?:is|was|:|-|for|on|the)?\\s*$");
    private static final Pattern SCORE_CUE = Pattern.compile("(?i)(?:scor\\w*|rated?|rating|out of|total|from|"
            + "\\b(?-i:\\p{Lu}{2,})[- ]?\\d*|\\d|ratio|odds|dose)\\s*(?:of|was|is|at|=|:)?\\s*$");
    // DATE: month then day, any case ("March 14", "oct 3", "Friday, Sept. 8th, 2023")
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + ON_WEEKDAY + "(?:(?i:last|next|this|early|late|"
            + "mid)[- ])?(?:" + ANY_CASE_MONTH
            + ")\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?|(?i:the)\\s+\\d{1,2}(?:st|nd|rd|th))"
            // "march the 9th": with "the", only an ordinal day
            + "\\b(?:,?\\s+\\d{4})?");
    // DATE: day then month ("11 March", "4th of July", "Thursday 6th June"); "the 2nd of May" is one expression,
    // its "the" with it
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + ON_WEEKDAY + "(?:(?i:the)\\s+(?=\\d{1,2}"
            + "(?:st|nd|rd|th)\\s+of\\s))?\\d{1,2}(?:st|nd|rd|th)?\\s+"
            + "(?:of\\s+)?(?:" + ANY_CASE_MONTH + ")\\b(?:,?\\s+\\d{4})?");
    // DATE: a month made specific ("last February", "early June 2021")
    private static final Pattern RELATIVE_MONTH =
            Pattern.compile("\\b(?i:last|next|this|early|late|mid)[- ]" + MONTH + "\\b(?:\\s+\\d{4})?");
    // DATE: month and year
    // DATE: month and year, the year in full or cut to two digits after an apostrophe ("Oct '23")
    private static final Pattern MONTH_YEAR =
            Pattern.compile("\\b(?:" + ANY_CASE_MONTH + ")\\.?,?\\s+" + "(?:\\d{4}\\b|['’]\\d{2}\\b)");
    // DATE: day and month in the German way, each closed by a dot ("am 12.9.", "bis 3.10."), after a word that
    // says when; a decimal at a sentence's end ("went up to 2.3.") has no such word
    private static final Pattern DOTTED_DAY_MONTH =
            Pattern.compile("(?=\\d)(?<=\\b(?i:am|on|bis|ab|vom|seit|until|till|"
                    + "by|due|next|appointment|appt|termin)\\s)(?:0?[1-9]|[12]\\d|3[01])\\.(?:0?[1-9]|1[0-2])\\.(?!\\d)"
                    // with two digits each, the closing dot says date wherever it stands ("her birthday is 05.08.")
                    + "|(?<![\\d.])(?:0[1-9]|[12]\\d|3[01])\\.(?:0[1-9]|1[0-2])\\.(?!\\d)");
    // DATE: day and month with a dot and no closing one ("birthday coming up 31.10"), the month in two digits,
    // after a word that says when: a dose or a score ("up to 2.5") has no two-digit month
    private static final Pattern DOTTED_DAY_MONTH_BARE = Pattern.compile(
            "(?=\\d)(?<=\\b(?i:on|by|due|until|till|birthday|born|up|since|from|dob|date)\\s)(?:0?[1-9]|[12]\\d|3[01])"
                    + "\\.(?:0[1-9]|1[0-2])(?![\\d.])");
    // DATE: a named occasion no list holds with its year ("Hogmanay 2022", "Matariki 2023"): a capitalised word
    // that is no ordinary English word, before a year, inside a sentence
    private static final Pattern OCCASION_YEAR =
            Pattern.compile("(?<=[\\p{Ll},;] )(\\p{Lu}\\p{Ll}{3,}(?:-\\p{Lu}\\p{Ll}+)*)\\s+(?:19|20)\\d\\d\\b");
    // DATE: a month named as when something happened ("in June", "since March"), not June the person
    private static final Pattern CUED_MONTH = Pattern.compile("\\b(?i:in|since|until|till|by|during|from|of|"
            + "before|after|every|each)\\s+(" + MONTH + "|(?i:january|february|march|april|june|july|august|september|"
            + "october|november|december))\\b(?!\\s+\\p{Lu})");
    // DATE: a holiday with its year ("Christmas Eve 2022", "New Year's Eve 2023"); without a year it is no date
    private static final Pattern HOLIDAY_YEAR = Pattern.compile(
            "\\b(?:(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|day|week|weekend)\\s+(?i:after|before)\\s+)?"
                    // a day counted from the holiday goes with it: "the Saturday after Thanksgiving 2019"
                    + "(?i:christmas(?: eve| day)?|boxing day|new year['’]?s?"
                    + "(?: eve| day)?|easter(?: sunday| monday)?|good friday|thanksgiving|halloween|diwali|eid(?: al-\\w+)?|"
                    + "hanukkah|ramadan|passover|rosh hashanah|yom kippur|(?:lunar|chinese) new year|valentine['’]?s day|"
                    + "mother['’]?s day|father['’]?s day|anzac day|australia day|canada day|independence day|memorial day|"
                    + "labou?r day|remembrance day|st\\.? patrick['’]?s day|bonfire night|waitangi day|heritage day|"
                    + "freedom day|juneteenth|"
                    // festivals and national days of the communities members write from
                    + "carnival|mardi gras|pride|hajj|umrah|vaisakhi|baisakhi|holi|navratri|durga puja|onam|pongal|"
                    + "hari raya(?: aidilfitri| haji)?|deepavali|chuseok|t[eế]t|nowruz|kwanzaa|purim|sukkot|shavuot|"
                    + "eid[- ]ul[- ]\\w+|fête nationale|saint-jean(?:-baptiste)?|st[.-]? ?jean(?:-baptiste)?|"
                    + "emancipation day|heroes['’]? day|jamhuri day|madaraka day|mashujaa day|republic day|"
                    + "victory day|matariki|hogmanay|notting hill carnival|crop over|jouvert|j['’]ouvert|cny|"
                    + "(?:mid-?autumn|moon|dragon boat|lantern) festival)"
                    // the long weekend a holiday makes keeps its year: "labor day weekend 2021"
                    + "(?:\\s+(?i:weekend|week))?\\s+(?:of\\s+|in\\s+)?(?:19|20)\\d\\d\\b");
    // DATE: any named day with its year, a saint's, a national or a family one ("St David's Day 2024",
    // "Founders Day 2019", "Harvest Night 2022")
    private static final Pattern NAMED_DAY_YEAR = Pattern.compile("\\b(?:(?:St\\.?|Saint)\\s+)?\\p{Lu}[\\p{L}'’]+"
            + "(?:\\s+\\p{Lu}[\\p{L}'’]+)?\\s+(?:Day|Eve|Night|Week|Weekend)\\s+(?:of\\s+|in\\s+)?(?:19|20)\\d\\d\\b");
    // DATE: the same in casual lower case ("st david's day 2024", "gypsy day 2019", "sports day weekend 2022"):
    // one or two words before day, eve, night or weekend and a year; leading words that cannot name a day are
    // trimmed in code ("died gypsy day 2019")
    private static final Pattern NAMED_DAY_YEAR_ANY_CASE = Pattern.compile("(?i)(?<![\\p{L}'’-])((?:(?:st\\.?|saint)"
            + "[\\s-]+)?\\p{L}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*)?)[\\s-]+(?:day|eve|night|weekend)"
            + "(?:\\s+weekend)?\\s+(?:of\\s+|in\\s+)?(?:19|20)\\d\\d\\b");
    // words before "day" that make an ordinary span of time rather than a named day: "every day 2021" is no date
    private static final Set<String> NOT_A_DAY_NAME = Set.of(
            "every", "each", "one", "first", "last", "next", "that", "this", "same", "whole", "entire", "other",
            "school", "work", "working", "week", "some", "any", "all", "a", "the", "his", "her", "their", "my", "our",
            "good", "bad", "long", "hard", "big", "new", "old");
    // DATE: a season with its year ("the winter of 2021", "summer 2015", "late autumn of 2019")
    private static final Pattern SEASON_YEAR = Pattern.compile("(?i)\\b(?:(?:early|late|mid)[- ])?(?:winter|summer|"
            + "spring|autumn|fall)\\s+(?:of\\s+|in\\s+)?(?:19|20)\\d\\d\\b");
    // DATE: an ordinal day, with a weekday or "the"/"on" ("Friday the 3rd", "Thursday 6th", "on the 21st")
    private static final Pattern ORDINAL_DAY = Pattern.compile("\\b(?:(" + WEEKDAY + ")\\.?,?\\s+(?:the\\s+)?"
            + "|(?i:on|by|until|till|since|from|before|after|the|til)\\s+(?:the\\s+)?)"
            + "((?:[12]?\\d|3[01])(?:st|nd|rd|th))\\b");

    // AGE: 90-119 in digits, not a count of something, a dose, a score or a sum ("96", "a 97-year-old", "96yo")
    private static final Pattern AGE_DIGITS = Pattern.compile("(?<![\\d/.:$£€#'’-])\\b(9\\d|1[01]\\d)"
            // the age-and-sex shorthand of a note ("Pt 101M", "103F") counts as an age too
            + "(?:\\s*(?:-\\s*)?(?i:years?|yrs?|y)(?:[- ]?(?i:old|o))?\\b|(?i:yo|y/o|yr|yrs)\\b|[MFmf]\\b|\\b)"
            + "(?![\\d/:%]|\\.\\d|-(?!year|yr|y\\b))");
    // AGE: 90-99 and 100+ in words ("ninety-four", "a hundred and one")
    private static final Pattern AGE_WORDS = Pattern.compile("(?i)\\b(?:ninety(?:[- ](?:one|two|three|four|five|six|"
            + "seven|eight|nine))?|(?:a|one)\\s+hundred(?:\\s+and\\s+(?:one|two|three|four|five|six|seven|eight|nine|"
            + "ten))?(?=[- ]year)|centenarian|nonagenarian)(?:[- ]years?[- ]old)?\\b");
    // AGE: a hundred and more in words after a verb or noun of age ("is a hundred and one", "turned a hundred")
    private static final Pattern AGE_HUNDRED = Pattern.compile("(?i)(?<=\\b(?:is|was|turned|turns|turning|aged|age|"
            + "reached|reaches|of|be)\\s)(?:(?:a|one)\\s+)?hundred(?:\\s+and\\s+(?:one|two|three|four|five|six|seven|"
            + "eight|nine|ten|eleven|twelve|a\\s+half))?\\b(?!\\s+(?:and\\s+)?(?:\\p{L}+\\s+)?(?:percent|per|times|"
            + "pounds|dollars|euros|rand|people|miles|metres|meters|km|kg|quid|bucks|grand|thousand|million))");
    // AGE: a person's decade over 89 ("in her nineties", "his late 90s")
    private static final Pattern AGE_DECADE =
            Pattern.compile("(?i)\\b(?:her|his|their)\\s+((?:early|mid|late)[- ]?)?" + "(?:nineties|90s|90's|100s)\\b");

    private DatePatterns() {}

    /** "st david's day 2024" in any case: the span starts at the first word that can name the day. */
    private static void namedDayWithYear(String text, List<Candidate> found) {
        Matcher day = NAMED_DAY_YEAR_ANY_CASE.matcher(text);
        while (day.find()) {
            int start = day.start(1);
            for (String word : day.group(1).split("\\s+")) {
                String lower = word.toLowerCase(Locale.ROOT);
                boolean saint = lower.startsWith("st") && lower.length() <= 3 || lower.equals("saint");
                if (!saint
                        && (NOT_A_DAY_NAME.contains(lower)
                                || Lexicon.get().has(lower, Lexicon.FUNCTION)
                                || Lexicon.get().has(lower, Lexicon.VERB_3RD)
                                        && !Lexicon.get().has(lower, Lexicon.NOUN))) {
                    start = text.indexOf(word, start) + word.length();
                    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                        start++;
                    }
                } else {
                    break;
                }
            }
            String rest = text.substring(start, day.end()).toLowerCase(Locale.ROOT);
            if (!rest.matches("(?s)(?:day|eve|night|weekend)\\b.*")) {
                found.add(new Candidate(start, day.end(), IdentifierType.DATE, "date"));
            }
        }
    }

    static void find(String text, List<Candidate> found) {
        ContactAndIdPatterns.add(found, NUMERIC_DATE, text, IdentifierType.DATE, "date");
        ContactAndIdPatterns.add(found, MONTH_DAY, text, IdentifierType.DATE, "date");
        Matcher digits = DAY_MONTH_DIGITS.matcher(text);
        while (digits.find()) {
            if (!countFollows(text, digits.end(), false)) {
                found.add(new Candidate(digits.start(), digits.end(), IdentifierType.DATE, "date"));
            }
        }
        if (text.indexOf('/') >= 0) {
            ContactAndIdPatterns.add(found, WEEKDAY_DIGITS, text, IdentifierType.DATE, "date");
            bareDayMonth(text, found);
        }
        ContactAndIdPatterns.add(found, DAY_MONTH, text, IdentifierType.DATE, "date");
        if (text.contains("Day ") || text.contains("Eve ") || text.contains("Night ") || text.contains("Week")) {
            ContactAndIdPatterns.add(found, NAMED_DAY_YEAR, text, IdentifierType.DATE, "date");
        }
        namedDayWithYear(text, found);
        ContactAndIdPatterns.add(found, SEASON_YEAR, text, IdentifierType.DATE, "date");
        ContactAndIdPatterns.add(found, RELATIVE_MONTH, text, IdentifierType.DATE, "date");
        ContactAndIdPatterns.add(found, MONTH_YEAR, text, IdentifierType.DATE, "date");
        if (text.indexOf('.') >= 0) {
            ContactAndIdPatterns.add(found, DOTTED_DAY_MONTH, text, IdentifierType.DATE, "date");
            ContactAndIdPatterns.add(found, DOTTED_DAY_MONTH_BARE, text, IdentifierType.DATE, "date");
        }
        Matcher occasion = OCCASION_YEAR.matcher(text);
        while (occasion.find()) {
            String word = occasion.group(1).toLowerCase(Locale.ROOT);
            if (!Lexicon.get().isCommonWord(word) && !MONTHS.contains(word)) {
                found.add(new Candidate(occasion.start(), occasion.end(), IdentifierType.DATE, "date"));
            }
        }
        foreignMonths(text, found);
        ContactAndIdPatterns.add(found, HOLIDAY_YEAR, text, IdentifierType.DATE, "date");
        Matcher month = CUED_MONTH.matcher(text);
        while (month.find()) {
            found.add(new Candidate(month.start(1), month.end(1), IdentifierType.DATE, "date"));
        }
        Matcher ordinal = ORDINAL_DAY.matcher(text);
        while (ordinal.find()) {
            if (!countFollows(text, ordinal.end(), true)) {
                int start = ordinal.group(1) != null ? ordinal.start(1) : ordinal.start(2);
                found.add(new Candidate(start, ordinal.end(), IdentifierType.DATE, "date"));
            }
        }
        Matcher age = AGE_DIGITS.matcher(text);
        while (age.find()) {
            // "112 Victoria Ave": a house number, not an age
            if ((age.group().length() > 3 || !countFollows(text, age.end(), false))
                    && !PlaceAndOrgRecogniser.streetFollows(text, age.end())) {
                found.add(new Candidate(age.start(1), age.end(1), IdentifierType.AGE, "age"));
            }
        }
        Matcher words = AGE_WORDS.matcher(text);
        while (words.find()) {
            if (words.group().contains("year") || !countFollows(text, words.end(), false)) {
                int end = words.start()
                        + words.group().replaceAll("(?i)[- ]years?[- ]old$", "").length();
                found.add(new Candidate(words.start(), end, IdentifierType.AGE, "age"));
            }
        }
        Matcher hundred = AGE_HUNDRED.matcher(text);
        while (Deidentifier.lower(text).contains("hundred") && hundred.find()) {
            if (!countFollows(text, hundred.end(), false)) {
                found.add(new Candidate(hundred.start(), hundred.end(), IdentifierType.AGE, "age"));
            }
        }
        Matcher decade = AGE_DECADE.matcher(text);
        while (decade.find()) {
            found.add(new Candidate(
                    decade.end()
                            - decade.group().replaceAll("(?s).*?(\\S+)$", "$1").length(),
                    decade.end(),
                    IdentifierType.AGE,
                    "age"));
        }
    }

    /** A day or a year with a month of another language beside it: "4 janvier", "5 de marzo", "März 2023". */
    private static void foreignMonths(String text, List<Candidate> found) {
        Matcher day = DAY_THEN_WORD.matcher(text);
        while (day.find()) {
            if (FOREIGN_MONTHS.contains(Deidentifier.lower(day.group(1)))) {
                found.add(new Candidate(day.start(), day.end(), IdentifierType.DATE, "date"));
            }
        }
        Matcher year = YEAR.matcher(text);
        while (year.find()) {
            Matcher word = WORD_BEFORE_YEAR.matcher(text.substring(Math.max(0, year.start() - 20), year.start()));
            if (word.find() && FOREIGN_MONTHS.contains(Deidentifier.lower(word.group(1)))) {
                int start = year.start() - (word.end() - word.start(1));
                found.add(new Candidate(start, year.end(), IdentifierType.DATE, "date"));
            }
        }
    }

    private static final Pattern UNIT_BEFORE =
            Pattern.compile("(?i)\\b(?:flat|unit|apt|apartment|suite|room|block|house|no\\.?)\\s*#?\\s*$");
    private static final Set<Integer> SCORE_TOTALS = Set.of(20, 21, 24, 27, 30);

    private static void bareDayMonth(String text, List<Candidate> found) {
        Matcher m = BARE_DAY_MONTH.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            boolean monthDay = a >= 1 && a <= 12 && b >= 1 && b <= 31;
            boolean dayMonth = b >= 1 && b <= 12 && a >= 1 && a <= 31;
            if (!monthDay && !dayMonth || m.group().equals("24/7") || countFollows(text, m.end(), false)) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 30), m.start());
            if (UNIT_BEFORE.matcher(before).find()) {
                continue; // "Flat 2/1": a flat on the second floor, first door, as Glasgow writes it
            }
            boolean cued = EVENT_CUE.matcher(before).find();
            // one part only a day and the other a month, and not the total of a usual measure's score
            boolean onlyDate = (a > 12 && b <= 12 || b > 12 && a <= 12 && !SCORE_TOTALS.contains(b))
                    && !SCORE_CUE.matcher(before).find();
            // recall first: both parts could be a month, so it is a date unless its shape is positively something
            // else: a fraction (1/2, 3/4), a score out of ten, or the notes' durations (3/7 days, 6/12 months)
            boolean knownOther = a < b && (b <= 5 || b == 10 || b == 7 || b == 12)
                    || b == 10
                    || SCORE_CUE.matcher(before).find();
            if (cued || onlyDate || monthDay && dayMonth && !knownOther) {
                found.add(new Candidate(m.start(), m.end(), IdentifierType.DATE, "date"));
            }
        }
    }

    private static final Pattern NEXT_WORD = Pattern.compile("\\s*(?:-\\s*)?([\\p{L}%]+)");
    private static final Set<String> NOT_A_COUNT = Set.of(
            "of", "and", "or", "at", "to", "in", "on", "when", "so", "but", "for", "is", "was", "year", "years", "yr",
            "yrs", "yo", "old", "this", "that", "i", "we", "she", "he", "they", "her", "his", "after", "before",
            "until", "then", "because", "who", "which", "with");

    private static final Set<String> UNITS = Set.of(
            "mg", "mcg", "ml", "kg", "lb", "lbs", "km", "cm", "mm", "mins", "min", "hrs", "hr", "secs", "sec",
            "percent", "pc", "quid", "bucks", "dollars", "pounds", "euros", "rupees", "rand", "times", "x", "pts",
            "points", "kms", "miles", "mph", "bpm", "wpm", "iq");

    /** A noun right after a number or ordinal makes it a count or rank ("96 sessions", "the 3rd session"). */
    static boolean countFollows(String text, int end, boolean ordinal) {
        Matcher m = NEXT_WORD.matcher(text);
        m.region(end, text.length());
        if (!m.lookingAt()) {
            return false;
        }
        String word = m.group(1);
        if (word.equals("%")) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (NOT_A_COUNT.contains(lower) || MONTHS.contains(lower) || Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        // "96 sessions" (a plural noun), "the 3rd session" (an ordinal and any noun)
        return UNITS.contains(lower)
                || lower.length() > 2 // a particle after a number ("ninety-five na") counts nothing
                        && Lexicon.get().has(lower, ordinal ? Lexicon.NOUN : Lexicon.PLURAL)
                        && !Lexicon.get().has(lower, Lexicon.FUNCTION);
    }
}
