package org.securebase.deidentification;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CONTACT and ID: shapes of contact details, record numbers, codes and handles. */
final class ContactAndIdPatterns {

    // CONTACT: e-mail addresses
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    // CONTACT: web addresses with a scheme or www.
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)]");
    // CONTACT: a web address without a scheme, known by its top-level domain ("blessingwrites.co.za",
    // "calm-rooms.com/contact")
    private static final Pattern DOMAIN = Pattern.compile("(?i)(?<![\\w@.-])[a-z0-9][a-z0-9-]*+(?:\\.[a-z0-9-]++)++"
            + "(?![@\\w])(?:/[^\\s<>\"]*[^\\s<>\".,;:!?)])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("(?i).*\\.(?:com|net|org|info|io|me|blog|site|online|app|"
            + "biz|xyz|co|ac|gov|edu|uk|za|au|nz|ie|ca|in|us|de|fr|es|it|nl|ng|ke|sg|ph|pk)(?:\\.(?:uk|za|au|nz|in|ng|ke|sg|"
            + "ph|pk))?");
    // CONTACT: an e-mail address spelt out to dodge filters ("jane dot doe at gmail dot com", "jdoe [at] mail.com":
    // a bracketed at with a written dot)
    private static final Pattern SPELT_EMAIL = Pattern.compile("(?i)\\b[\\w-]+(?:\\s*(?:\\.|dot|\\[dot])\\s*[\\w-]+)*"
            + "\\s*(?:\\bat\\b|\\[at]|\\(at\\))\\s*[\\w-]+(?:\\s*(?:\\bdot\\b|\\[dot]|\\(dot\\)|\\.)\\s*(?:com|net|org|co|uk|ie|"
            + "au|za|nz|ca|in|edu|gov|io|me|info)){1,2}\\b");
    // LOC: postcodes: UK ("SW1A 1AA", "M14 5RT") and Irish Eircodes ("D08 VF8H", "H91 XK27")
    private static final Pattern POSTCODE = Pattern.compile(
            "\\b(?:[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}" + "|[AC-FHKNPRTV-Y]\\d{2}\\s?[AC-FHKNPRTV-Y\\d]{4})\\b");
    // CONTACT: dotted IPv4 addresses
    private static final Pattern IP = Pattern.compile("\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b");
    // CONTACT: an IPv4 address copied with spaces around its dots ("10 .4 .22 .193", "192. 168. 0. 12")
    private static final Pattern SPACED_IP =
            Pattern.compile("(?<![\\d.])\\d{1,3}(?: ?\\. ?\\d{1,3}){3}(?![\\d]|\\.\\d)");
    // CONTACT: a phone number's extension, part of the number ("... ext 204", "x3312", "extension 12")
    private static final Pattern EXTENSION = Pattern.compile("(?i),?\\s*(?:ext|extn|extension|x)\\.?\\s*\\d{1,5}\\b");
    // CONTACT or ID: digit groups separated by spaces, dots or hyphens, 7+ digits in all, optional +country, the
    // trunk zero in brackets ("+27 (0)82 555 0173") and (area) code; the last group may be a single digit
    // (Medicare-style "2953 61874 2")
    private static final Pattern DIGIT_GROUPS = Pattern.compile("(?<![\\w/-])(?:\\+\\d{1,3}[ .-]?|1[ .-](?=\\d{3}))?"
            + "(?:\\(0\\)\\s?)?"
            + "(?:\\(\\d{2,5}\\)[ .-]?)?\\d{2,6}(?:[ .-]\\d{1,10}){1,4}(?![\\w/-]|\\.\\d)");
    // CONTACT: a phone number with a slash after its area code, as written in German-speaking countries
    // ("0209 / 555 73 10", "030/1234567"): a leading zero and 8+ digits in all
    private static final Pattern AREA_SLASH_PHONE =
            Pattern.compile("(?<![\\w/.-])0\\d{2,5}\\s?/\\s?\\d{2,8}(?:[ .-]\\d{1,8}){0,4}(?![\\w/-]|\\.\\d)");
    // ID: digit groups closed by a short slash suffix, an issue or a position on a card ("2428 77813 2/1")
    private static final Pattern GROUPS_SLASH_SUFFIX =
            Pattern.compile("(?<![\\w/.-])\\d{2,6}(?:[ -]\\d{1,8}){1,4}/\\d{1,2}(?![\\w/]|\\.\\d)");
    // ID: a reference of letter and digit segments joined by slashes or hyphens, the letters perhaps set off by a
    // space ("EAP/KZN/40217", "WBK-22/0871", "CAD 4471/17DEC"); a serial of three or more digits in it, unlike a
    // measure with its score ("CORE-10/40") or a date after a label ("DOB 06/11/1983")
    private static final Pattern SEGMENTED_ID = Pattern.compile("(?<![\\w/.-])(?:[A-Z]{1,8}(?:[/-]|\\s(?=\\d)))"
            + "(?:[A-Z]{1,8}(?:[/-]|\\s(?=\\d))){0,3}\\d[\\dA-Z]{0,8}(?:[/-][A-Z\\d]{1,8}){0,4}(?![\\w/]|[.-]\\w)");
    // ID: a vehicle's registration plate, letters then digits then letters, as many countries write them
    // ("KCX 512Q", "SHB 7712 K", "AB 123 CD", "KA 01 AB 1234"); a measure and its item ("PHQ 9") has no trailing part
    private static final Pattern PLATE =
            Pattern.compile("\\b[A-Z]{2,3}[ -]?\\d{1,4}[ -]?[A-Z]{1,3}(?:[ -]?\\d{3,4})?\\b" + "(?![/-]\\w)");
    // CONTACT: a handle named by its platform ("snapchat caoimhe.x.bmun", "insta: jay.k_22") or a Discord tag
    // ("reedcodes#4471")
    private static final Pattern PLATFORM_HANDLE = Pattern.compile("(?i)\\b(?:snapchat|snap|insta|instagram|tiktok|"
            + "discord|telegram|twitter|threads|bluesky|facebook|fb|kik|skype|wechat|line|signal)\\s*(?:handle|name|"
            + "username|id|account)?\\s*(?:is|:|-)?\\s*(@?[a-z0-9][\\w.]{2,29}[a-z0-9_])(?![\\w@])"
            + "|(?<![\\w#])[\\w.]{2,32}#\\d{4}\\b");
    // ID: a court or process number of many numeric segments ("0048812-33.2021.8.19.0001"), not an IP address
    private static final Pattern MANY_SEGMENTS =
            Pattern.compile("(?<![\\w.-])\\d{3,}(?:[.-]\\d{1,6}){3,}(?![\\w]|[.-]\\d)");
    // ID: US social security numbers
    private static final Pattern SSN = Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b");
    // ID: letter prefix and digits ("K1198342", "NSW-2231-08876", "RB-20391")
    private static final Pattern CODE =
            Pattern.compile("\\b[A-Z]{1,6}[-#]?\\d[\\dA-Z-]{2,}\\b|\\b[A-Z]{1,4}\\d{4,}\\b");
    // ID: digits with trailing letters, in one piece or in groups (national insurance, PPS, health cards:
    // "7614532KA", "1234-567-890-AB")
    private static final Pattern TRAILING_LETTERS = Pattern.compile(
            "\\b\\d{2,}(?:[ -]\\d{2,}){0,4}-?[A-Z]{1,3}\\b" + "|\\b\\d{2,}(?:[ -]\\d{2,}){1,4} [A-Z]{1,2}\\b");
    // ID: a file, case or court number written with slashes, a year or a letter prefix and a serial ("2024/0183",
    // "CP/2021/0044", "SW/44/2019/7", "GW/CAMHS/22-318", court numbers of many segments "14/1/4/2-0388/23"): 6+ digits
    // in all or a letter prefix; not a date, a score
    // ("7/10"), "24/7",
    // a ratio or an academic year ("2019/20", "2019/2020")
    private static final Pattern SLASH_ID = Pattern.compile(
            "(?=[A-Z\\d])(?<![\\w/.-])(?:[A-Z]{1,8}/){0,3}\\d{1,6}(?:[/-][A-Z\\d]{1,8}){1,7}" + "(?![\\w/]|\\.\\d)");
    // ID: letters and digit groups with spaces ("QQ 12 34 56 C" national insurance, "TREM 2111 0198" health card)
    private static final Pattern SPACED_CODE =
            Pattern.compile("\\b[A-Z]{1,4}(?:[ -]?\\d{2,6}){2,5}(?:[ -]?[A-Z]{1,2})?\\b");
    // NAME: initials for a person ("J.R.", "A.K.M."), not the usual abbreviations
    private static final Pattern INITIALS = Pattern.compile("\\b(?!(?:U\\.S|U\\.K|E\\.U|A\\.M|P\\.M|D\\.C|N\\.Z|U\\.N|"
            + "I\\.E|E\\.G|Q\\.V|N\\.B|P\\.S)\\.(?![A-Z]\\.))[A-Z]\\.\\s?[A-Z]\\.(?:\\s?[A-Z]\\.)?");
    // NAME: initials of a double first name ("J-F" for Jean-François, "M-C")
    private static final Pattern HYPHEN_INITIALS = Pattern.compile("\\b\\p{Lu}-\\p{Lu}\\b(?![-.\\d])");
    // NAME: what a person is called, quoted in brackets right after their name ('Kwabena Asante-Mensah ("KB")')
    private static final Pattern BRACKET_NICKNAME = Pattern.compile(
            "(?<=\\p{Lu}[\\p{L}'’-]{1,30}\\s?)\\(\\s*[\"“']([\\p{L}][\\p{L} .'’-]{0,20}?)[\"”']\\s*[),]");
    // labels that name an identifier's type and are not part of it ("PPSN 8834217TA", "PHN 9123 456 789")
    private static final java.util.Set<String> CUE_WORDS = java.util.Set.of(
            "mrn", "ur", "urn", "nhs", "chi", "pps", "sin", "id", "ref", "no", "dob", "tel", "ph", "mob", "fax", "ohip",
            "ssn", "hosp", "ppsn", "phn", "tfn", "ird", "nino", "nin", "hcn", "ihi", "upi", "bsn", "cpr", "pesel",
            "ramq", "msp", "ahcip", "file", "case");
    // ID: a long unbroken number of 6+ digits (record, unit record, file numbers)
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![\\d.,$£€])\\b\\d{6,}\\b(?![.,]\\d)");
    // ID: a number or code after a hash sign or "No." ("prisoner #A44712", "file no. 4471")
    private static final Pattern HASH_OR_NO =
            Pattern.compile("(?:#|\\b(?i:no)\\.\\s?)\\s?([A-Z]{0,3}-?\\d[\\dA-Z-]{1,})");
    // ID: a code after a word that names a record ("MRN 0048291", "policy number AB-1234")
    private static final Pattern CUED_ID = Pattern.compile("(?i)\\b(?:MRN|UR|URN|medical record|record|case|account|"
            + "licen[cs]e|badge|booking|claim|member|patient|client|NHS|CHI|PPS|OHIP|Medicare|Medicaid|insurance|"
            + "policy|reference|ref|ID|social security|SSN|SIN|passport|student|employee|file|inmate|prisoner|"
            + "hosp|hospital|registration|reg|card|health card|aadhaar|ppsn|ramq|nino|ni|"
            // school and college records ("roll no", "admission number", "UPN") and national identity numbers
            // by their names in the countries our members write from (CNIC, NRIC, MyKad, NIN, TFN, PAN, SSS, TIN)
            + "roll|enrol(?:l)?ment|admission|matric|pupil|learner|UPN|ULN|index|serial|CNIC|NRIC|MyKad|IC|NIN|"
            + "BVN|TFN|IRD|PAN|SSS|TIN|KRA|PhilHealth|national ID|identity|Ghana card|"
            // the numbers armed and uniformed services give their members ("force number", "service no.")
            + "force|service|army|regimental|warrant|persal)"
            + "\\s*(?:number|no\\.?|#|ID|num)?\\s*(?:is|was|:|of)?"
            // the value: letters, digits, hyphens and slashes with a digit in it ("BB/3C/27", "7B-2231"), or
            // letters then digits as a plate is written ("reg PCK 4417")
            + "\\s*((?=[A-Z/-]*\\d)[A-Z0-9][A-Z0-9/-]{2,}(?<![/-])(?:\\s\\d{1,}){0,3}"
            + "|(?-i:[A-Z]{2,4})\\s\\d{2,5}(?:\\s(?-i:[A-Z]{1,3})\\b)?)");
    // ID: a registration plate after the word for it, in any case ("plate nxb 4127", "rego ogb 417 kj", "(plate
    // CKRT 409)"): letters then digits, perhaps letters after
    private static final Pattern CUED_PLATE = Pattern.compile("(?i)\\b(?:plates?|rego|number plate|licen[cs]e plate|"
            + "reg(?:istration)?(?: no\\.?| number)?)\\s*(?:is|was|:|#)?\\s*((?!(?:is|was|no|number)\\b)[a-z]{1,4}"
            + "[ -]?\\d{1,4}(?:[ -]?[a-z]{1,3}\\b)?)(?![\\w/])");
    // CONTACT: an internal extension or a pager, the number alone ("extension 4471", "page me at 4417", "bleep 2213")
    private static final Pattern EXTENSION_ALONE = Pattern.compile(
            "(?i)\\b(?:(?:page|bleep|call|text|ring)\\s+me\\s+"
                    + "(?:at|on)|pager|bleep(?:er)?|ext|extn|extension)\\.?\\s*(?:number|no\\.?|#|:|is)?\\s*(\\d{3,5})\\b(?![.,/]\\d)");
    // CONTACT (handle): @names, words with underscores, digits or inner capitals ("xXShadowWolfXx")
    private static final Pattern HANDLE =
            Pattern.compile("(?<![\\w@.])@?[A-Za-z][A-Za-z0-9_.]{2,}[A-Za-z0-9_](?![\\w@])");
    private static final Pattern ID_CUE_BEFORE = Pattern.compile("\\b(nhs|record|case|account|id|claim|policy|"
            + "member|patient|reference|ref|insurance|licen[cs]e|badge|booking|ssn|social security|medicare|"
            + "medicaid|ohip|pps|chi|sin|passport|file|ur|mrn|hosp)\\b");
    private static final Pattern CONTACT_CUE_BEFORE = Pattern.compile(
            "\\b(phone|cell|mobile|mob|tel|" + "telephone|fax|call|ring|text|whatsapp|number|reach|contact|on)\\b");

    private ContactAndIdPatterns() {}

    static void find(String text, List<Candidate> found) {
        add(found, EMAIL, text, IdentifierType.CONTACT, "email");
        add(found, URL, text, IdentifierType.CONTACT, "url");
        Matcher domain = DOMAIN.matcher(text);
        while (domain.find()) {
            String host = domain.group().replaceAll("/.*$", "");
            if (TOP_LEVEL.matcher(host).matches()) {
                found.add(new Candidate(domain.start(), domain.end(), IdentifierType.CONTACT, "url"));
            }
        }
        String lowerText = text.toLowerCase(Locale.ROOT);
        Matcher spelt = SPELT_EMAIL.matcher(text);
        // the pattern is tried only where a spelt-out dot or [at] can be: most texts have none
        while ((lowerText.contains(" dot ") || lowerText.contains("[at]") || lowerText.contains("(at)"))
                && spelt.find()) {
            if (spelt.group().toLowerCase(Locale.ROOT).matches("(?s).*\\bdot\\b.*|.*\\[at].*|.*\\(at\\).*")) {
                found.add(new Candidate(spelt.start(), spelt.end(), IdentifierType.CONTACT, "email"));
            }
        }
        Matcher postcode = POSTCODE.matcher(text);
        while (postcode.find()) {
            if (postcode.group().chars().filter(Character::isLetter).count() >= 2) {
                found.add(new Candidate(postcode.start(), postcode.end(), IdentifierType.LOC, "address"));
            }
        }
        add(found, IP, text, IdentifierType.CONTACT, "ip");
        Matcher spacedIp = SPACED_IP.matcher(text);
        while (spacedIp.find()) {
            boolean octets = java.util.Arrays.stream(spacedIp.group().split(" ?\\. ?"))
                    .allMatch(o -> Integer.parseInt(o) <= 255);
            if (octets && spacedIp.group().contains(" ")) {
                found.add(new Candidate(spacedIp.start(), spacedIp.end(), IdentifierType.CONTACT, "ip"));
            }
        }
        add(found, SSN, text, IdentifierType.ID, "id");
        Matcher groups = DIGIT_GROUPS.matcher(text);
        while (groups.find()) {
            String digits = groups.group().replaceAll("\\D", "");
            if (digits.length() >= 7
                    && !yearRange(groups.group())
                    && !NUMERIC_DATE.matcher(groups.group()).matches()) {
                String before = text.substring(Math.max(0, groups.start() - 30), groups.start())
                        .toLowerCase(Locale.ROOT);
                boolean cuedId = ID_CUE_BEFORE.matcher(before).find();
                boolean contact = !cuedId
                        && (groups.group().startsWith("+")
                                || groups.group().startsWith("(")
                                || CONTACT_CUE_BEFORE.matcher(before).find()
                                || digits.length() >= 10 && digits.startsWith("0"));
                Matcher extension = EXTENSION.matcher(text).region(groups.end(), text.length());
                boolean extended = extension.lookingAt();
                contact |= extended;
                found.add(new Candidate(
                        groups.start(),
                        extended ? extension.end() : groups.end(),
                        contact ? IdentifierType.CONTACT : IdentifierType.ID,
                        contact ? "phone" : "id"));
            }
        }
        Matcher areaSlash = AREA_SLASH_PHONE.matcher(text);
        while (text.indexOf('/') >= 0 && areaSlash.find()) {
            if (areaSlash.group().replaceAll("\\D", "").length() >= 8) {
                found.add(new Candidate(areaSlash.start(), areaSlash.end(), IdentifierType.CONTACT, "phone"));
            }
        }
        add(found, CODE, text, IdentifierType.ID, "id");
        add(found, PLATE, text, IdentifierType.ID, "id");
        group(found, CUED_PLATE, text, IdentifierType.ID, "id");
        group(found, EXTENSION_ALONE, text, IdentifierType.CONTACT, "phone");
        Matcher trailing = TRAILING_LETTERS.matcher(text);
        while (trailing.find()) {
            if (trailing.group().replaceAll("\\D", "").length() >= 6) {
                found.add(new Candidate(trailing.start(), trailing.end(), IdentifierType.ID, "id"));
            }
        }
        add(found, LONG_NUMBER, text, IdentifierType.ID, "id");
        Matcher slash = SLASH_ID.matcher(text);
        while (slash.find()) {
            String code = slash.group();
            int digits = code.replaceAll("\\D", "").length();
            boolean prefixed = Character.isLetter(code.charAt(0));
            if (code.contains("/")
                    && (digits >= 6 || prefixed && digits >= 4)
                    && !NUMERIC_DATE.matcher(code).matches()
                    && !academicYear(code)) {
                found.add(new Candidate(slash.start(), slash.end(), IdentifierType.ID, "id"));
            }
        }
        if (text.indexOf('/') >= 0) {
            add(found, GROUPS_SLASH_SUFFIX, text, IdentifierType.ID, "id");
            segmentedIds(text, found);
        }
        Matcher spaced = SPACED_CODE.matcher(text);
        while (spaced.find()) {
            String prefix = spaced.group().replaceAll("[^A-Z].*$", "");
            // "MRN 00729341", "NHS 721 409 3381": the cue word is not part of the number
            if (spaced.group().replaceAll("\\D", "").length() >= 6
                    && !CUE_WORDS.contains(prefix.toLowerCase(Locale.ROOT))) {
                found.add(new Candidate(spaced.start(), spaced.end(), IdentifierType.ID, "id"));
            }
        }
        add(found, INITIALS, text, IdentifierType.NAME, "person");
        Matcher hyphened = HYPHEN_INITIALS.matcher(text);
        while (hyphened.find()) {
            if (!hyphened.group().equals("A-Z")) {
                found.add(new Candidate(hyphened.start(), hyphened.end(), IdentifierType.NAME, "person"));
            }
        }
        Matcher nickname = BRACKET_NICKNAME.matcher(text);
        while (nickname.find()) {
            String named = text.substring(0, nickname.start()).strip().replaceAll("(?s).*?([\\p{L}'’-]+)$", "$1");
            boolean person = !RecallLayer.safeCapitalised(new Token(0, named.length(), named), false);
            if (person
                    && !Vocabulary.isField(nickname.group(1))
                    && !Vocabulary.isField(nickname.group(1).toLowerCase(Locale.ROOT))) {
                found.add(new Candidate(nickname.start(1), nickname.end(1), IdentifierType.NAME, "person"));
            }
        }
        group(found, HASH_OR_NO, text, IdentifierType.ID, "id");
        Matcher cued = CUED_ID.matcher(text);
        while (cued.find()) {
            // "Client is 24M": an age with a sex after the cue, not a number of the client's
            if (cued.group(1).chars().anyMatch(Character::isDigit)
                    && !cued.group(1).matches("\\d{1,2}[MFmf]")) {
                found.add(new Candidate(cued.start(1), cued.end(1), IdentifierType.ID, "id"));
            }
        }
        Matcher platform = PLATFORM_HANDLE.matcher(text);
        while (platform.find()) {
            int start = platform.group(1) != null ? platform.start(1) : platform.start();
            String handleText = text.substring(start, platform.end());
            // "on snap every night", "fb is full of it": a handle has a digit, a dot or an underscore, or is no word
            if (handleText.matches(".*[\\d._#].*")
                    || !Lexicon.get().isKnown(handleText.toLowerCase(java.util.Locale.ROOT))) {
                found.add(new Candidate(start, platform.end(), IdentifierType.CONTACT, "handle"));
            }
        }
        Matcher segments = MANY_SEGMENTS.matcher(text);
        while (segments.find()) {
            if (segments.group().replaceAll("\\D", "").length() >= 12) {
                found.add(new Candidate(segments.start(), segments.end(), IdentifierType.ID, "id"));
            }
        }
        Matcher handle = HANDLE.matcher(text);
        while (handle.find()) {
            String h = handle.group();
            String core = h.startsWith("@") ? h.substring(1) : h;
            boolean mixed = Character.isLowerCase(core.charAt(0))
                    && core.chars().skip(1).anyMatch(Character::isUpperCase)
                    && core.chars().filter(Character::isUpperCase).count() >= 2;
            boolean coded = core.contains("_")
                    || (core.chars().anyMatch(Character::isDigit)
                            && core.chars().filter(Character::isLetter).count() >= 3);
            // "PHQ9", "GAD7", "Covid19": a measure or a word with its number, not a handle
            boolean measure = core.matches("[A-Z]{2,5}-?\\d{1,2}")
                    || core.matches("[A-Za-z]{3,}\\d{1,2}") && Lexicon.get().isKnown(core.replaceAll("\\d+$", ""));
            if (h.startsWith("@") || mixed || (coded && !measure && !core.matches("\\d+(st|nd|rd|th)"))) {
                found.add(new Candidate(handle.start(), handle.end(), IdentifierType.CONTACT, "handle"));
            }
        }
    }

    private static final Pattern SERIAL = Pattern.compile("\\d{3}");

    private static void segmentedIds(String text, List<Candidate> found) {
        Matcher m = SEGMENTED_ID.matcher(text);
        while (m.find()) {
            String code = m.group();
            int start = m.start();
            int space = code.indexOf(' ');
            if (space > 0 && CUE_WORDS.contains(code.substring(0, space).toLowerCase(Locale.ROOT))) {
                code = code.substring(space + 1); // "DOB 06/11/1983", "REF 2231/44": the label is no part of it
                start += space + 1;
            }
            int digits = code.replaceAll("\\D", "").length();
            if (code.contains("/")
                    && digits >= (space > 0 ? 6 : 4)
                    && SERIAL.matcher(code).find()
                    && !NUMERIC_DATE.matcher(code).matches()
                    && !academicYear(code)) {
                found.add(new Candidate(start, m.end(), IdentifierType.ID, "id"));
            }
        }
    }

    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})");

    private static final Pattern ACADEMIC_YEAR = Pattern.compile("(?:19|20)\\d\\d/(?:(?:19|20)\\d\\d|\\d\\d)");

    /** "2019/20", "2019/2020": a school or financial year, the second year following the first. */
    private static boolean academicYear(String code) {
        if (!ACADEMIC_YEAR.matcher(code).matches()) {
            return false;
        }
        String[] years = code.split("/");
        int first = Integer.parseInt(years[0]);
        int second = Integer.parseInt(years[1]);
        return second == first + 1 || second == (first + 1) % 100;
    }

    private static boolean yearRange(String s) {
        return s.matches("(?:19|20)\\d\\d\\s*[-–]\\s*(?:19|20)?\\d\\d");
    }

    static void add(List<Candidate> found, Pattern pattern, String text, IdentifierType type, String hint) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new Candidate(m.start(), m.end(), type, hint));
        }
    }

    private static void group(List<Candidate> found, Pattern pattern, String text, IdentifierType type, String hint) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new Candidate(m.start(1), m.end(1), type, hint));
        }
    }
}
