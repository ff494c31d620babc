package org.securebase.deidentification;

import java.util.Locale;
import java.util.Set;

/**
 * Words that look like names but belong to the field or to ordinary English: attachment and therapy vocabulary,
 * the authors clinicians cite, and capitalised words that are never identifiers on their own.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** Theorists whose names are never a client's in this field: always a citation. */
    static final Set<String> THEORISTS = lower("Bowlby", "Ainsworth", "Wallin", "Schore", "Siegel", "Mikulincer",
            "Fonagy", "Bateman", "Porges", "Tronick", "Winnicott", "Lanius", "Crittenden", "Sroufe", "Fraiberg",
            "Kohut", "Freud", "Gottman", "Linehan", "Minuchin", "Satir", "Yalom", "Fosha", "Lyons-Ruth", "Hesse",
            "Ogden", "Jernberg", "Shapiro", "Bartholomew", "Hazan", "Kobak", "Zeanah", "Dozier", "Beebe", "Safran",
            "Muran", "Kolk", "Golding");

    /** Authors whose surnames are also ordinary surnames: a citation only with a cue ("as Johnson writes"). */
    static final Set<String> AUTHORS = lower("Main", "Johnson", "Shaver", "Holmes", "Hughes", "Target", "Stern",
            "Slade", "Levine", "Perry", "Herman", "Cooper", "Hoffman", "Powell", "Marvin", "Solomon", "George",
            "Kaplan", "Steele", "Cassidy", "Klein", "Rogers", "Bowen", "Brown", "Dana", "Lieberman", "Booth",
            "Horowitz", "Maté", "Mate");

    /** Therapy names, bodies and the field's own capitalised words. */
    static final Set<String> FIELD = lower(
            // the shorthand of clinical notes and of texting that no dictionary holds ("appt", "hx", "obvs", "yous")
            "appt", "appts", "hx", "dx", "tx", "sx", "rx", "mse", "halluc", "obvs", "defo", "yous", "youse", "tbh",
            "ngl", "rn", "bc", "cos", "coz", "pls", "plz", "thx", "govt", "dept", "mgmt", "meds", "psych", "psychs",
            "EFT", "DDP", "EMDR", "MBT", "DBT", "CBT", "ACT", "IFS", "AEDP", "PACE",
            "Theraplay", "Circle", "Security", "COS", "Strange", "Situation", "Adult", "Attachment", "Interview",
            "AAI", "PTSD", "CPTSD", "ADHD", "ASD", "OCD", "BPD", "DSM", "ICD", "NHS", "VA", "EAP", "SSRI", "CAMHS",
            "Sensorimotor", "Psychotherapy", "Therapy", "Safe", "Haven", "Secure", "Base", "Dyadic",
            "Developmental", "Emotionally", "Focused", "Mentalization", "Mentalisation", "Based", "Treatment",
            "Polyvagal", "Lego", "Zoom", "Teams", "Skype", "Google", "Facebook", "Instagram", "TikTok", "WhatsApp",
            "Tylenol", "Prozac", "Xanax", "Ritalin", "Internet", "Christmas", "Easter", "Thanksgiving", "Ramadan",
            "Eid", "Hanukkah", "Diwali", "New", "Year", "Mother's", "Father's", "Day", "God", "Bible", "Quran",
            "English", "Spanish", "French", "German", "Polish", "Arabic", "Muslim", "Christian", "Jewish",
            "Catholic", "Hindu", "Buddhist", "Sikh", "Black", "White", "Asian", "Latina", "Latino", "Latinx",
            "Indigenous", "LGBTQ", "LGBTQ+", "OK", "TV", "PhD", "MD", "MSW", "LCSW", "LPC", "LMFT", "PsyD", "RN",
            "Master", "Series", "Treating", "Trauma", "Ego-Soul-Axis", "Soulful", "Relationship", "Part",
            "Parts", "Self", "Inner", "Child", "Medicare", "Medicaid", "Centrelink", "NDIS", "Universal", "Credit",
            "Marine", "Marines", "Army", "Navy", "Air", "Force", "RAF", "Veteran", "Veterans", "Snapchat", "Snap",
            "Reddit", "Discord", "Tinder", "Hinge", "Bumble", "YouTube", "Twitter", "Netflix", "Roblox", "Fortnite",
            "Minecraft", "Xbox", "PlayStation", "FaceTime", "iMessage", "Messenger", "Spotify", "Hx", "Dx", "Rx",
            "Sx", "Tx", "Fx", "Pt", "Tel", "Mob", "Addr", "Ref", "DOB", "Ph", "Fwiw", "Tbh", "Imo", "Lol", "Re",
            "Hi", "Hey", "Kia", "Ora", "Aadhaar", "PPSN", "OHIP", "RAMQ", "Centrelink", "G'day", "Namaste", "Bonjour", "Dear", "Cheers");

    /** Named therapies and tools written in title case: never identifiers, whatever their words. */
    static final java.util.regex.Pattern FIELD_PHRASES = java.util.regex.Pattern.compile("(?i)\\b(?:Watch,? Wait,? "
            + "(?:and|&) Wonder|Circle of Security(?: Parenting)?|Hold Me Tight|Strange Situation(?: Procedure)?|"
            + "Adult Attachment Interview|Safe and Sound Protocol|Still[- ]Face(?: Paradigm| experiment)?|"
            + "Internal Family Systems|Internal Working Models?|Secure Base|Safe Haven|Emotionally Focused "
            + "(?:Therapy|Couples Therapy)|Mentali[sz]ation[- ]Based (?:Treatment|Therapy)|Dyadic Developmental "
            + "Psychotherapy|Child[- ]Parent Psychotherapy|Parent[- ]Child Interaction Therapy|Video Interaction "
            + "Guidance|Marschak Interaction Method|Cognitive Processing Therapy|Prolonged Exposure|Compassion[- ]"
            + "Focused Therapy|Acceptance and Commitment Therapy|Good Lives Model|Power Threat Meaning Framework|"
            + "Narrative Exposure Therapy|Trauma[- ]Focused CBT|Solution[- ]Focused (?:Brief )?Therapy|Motivational "
            + "Interviewing|Schema Therapy|Sensorimotor Psychotherapy|Somatic Experiencing|Polyvagal Theory|"
            + "Window of Tolerance|Four S's|Dialectical Behaviou?r Therapy|Cognitive Behaviou?ral Therapy)\\b");

    /** Capitalised at the start of a sentence but ordinary words (some are also first names in the dictionaries). */
    static final Set<String> COMMON = lower("I", "A", "An", "The", "This", "That", "These", "Those", "He", "She",
            "They", "We", "You", "It", "His", "Her", "Their", "Our", "My", "Your", "Its", "Him", "Them", "Me", "Us",
            "And", "But", "Or", "So", "If", "When", "While", "After", "Before", "Since", "Because", "Although",
            "Though", "As", "At", "In", "On", "Of", "For", "From", "With", "Without", "To", "By", "About", "Into",
            "Over", "Under", "Then", "Now", "Also", "Still", "Just", "Only", "Even", "Any", "Some", "All", "Both",
            "Each", "Every", "No", "Not", "Yes", "How", "What", "Why", "Where", "Who", "Which", "Whose", "Is", "Are",
            "Was", "Were", "Has", "Have", "Had", "Do", "Does", "Did", "Can", "Could", "Should", "Would", "Will",
            "May", "Might", "Must", "Shall", "Let", "Here", "There", "Today", "Yesterday", "Tomorrow", "Tonight",
            "Last", "Next", "First", "Second", "Third", "One", "Two", "Three", "Four", "Five", "Six", "Seven",
            "Eight", "Nine", "Ten", "Young", "Old", "Older", "Younger", "Man", "Woman", "Boy", "Girl", "Client",
            "Clients", "Patient", "Couple", "Family", "Parents", "Mother", "Father", "Mom", "Mum", "Dad", "Teen",
            "Teenage", "Child", "Children", "Weekly", "Daily", "Using", "Working", "Being", "Having", "Hope", "Grace",
            "Faith", "Joy", "Love", "Art", "Mark", "Bill", "Rose", "Summer", "Autumn", "Spring", "Winter", "Guy",
            "Dawn", "Sunny", "Max", "Frank", "Ray", "Rich", "Sky", "Holly", "Ivy", "Lily", "Iris", "Violet",
            "Ruby", "Pearl", "Amber", "Chance", "Chase", "Drew", "Eve", "Gene", "Harmony", "Hunter", "Jewel",
            "King", "Lane", "Miles", "Misty", "Penny", "Reed", "Rocky", "Royal", "Sage", "Sandy", "Star", "Page",
            "Sister", "Brother", "Doctor", "Dr", "Thank", "Thanks", "Please", "Sorry", "Dear", "Hi", "Hello",
            "Any", "Many", "Most", "Much", "More", "Less", "Few", "Several", "Other", "Another", "Such", "Same",
            "Very", "Really", "Perhaps", "Maybe", "Once", "Twice", "Often", "Sometimes", "Never", "Always",
            "Recently", "Later", "Earlier", "Early", "Late", "Later", "Initially", "Finally", "However",
            "Meanwhile", "Instead", "Otherwise", "Therefore", "Thus", "Like", "Unlike", "Between", "During",
            "Within", "Across", "Around", "Through", "Toward", "Towards", "Upon", "Per", "Via", "Bless", "Am",
            "Nothing", "Everything", "Something", "Anything", "Someone", "Everyone", "Anyone", "Nobody", "Somebody",
            "Anybody", "Everybody", "None", "Neither", "Either", "Whether", "Whatever", "Whenever", "Wherever",
            "Session", "Sessions", "Therapist", "Supervisor", "Trainee", "Group", "School", "Work", "Home",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mr", "Mrs", "Ms",
            "Miss", "Note", "Update", "Question", "Background", "History", "Presenting", "Concern", "Plan",
            "Goals", "Goal", "Risk", "Assessment", "Diagnosis", "Formulation", "Intervention", "Interventions",
            "Outcome", "Summary", "Context", "Issue", "Issues", "Help", "Advice", "Thoughts", "Ideas", "Step",
            "Steps", "Warm", "Cold", "Good", "Bad", "Great", "Little", "Big", "New", "Long", "Short", "Small",
            "Large", "High", "Low", "Retired", "Married", "Single", "Divorced", "Widowed", "Separated",
            // chat shorthand no dictionary holds, which would otherwise pass for a nickname
            "idk", "omg", "btw", "fyi", "iirc", "smh", "ngl", "irl", "atm", "jk", "ikr", "tho", "rly", "cuz", "coz",
            "pls", "plz", "thx", "ty", "ur", "ya", "yep", "nah", "yeh", "yea", "ok", "okay", "lol", "imo", "imho",
            "tbh", "fwiw", "afaik", "asap", "aka", "etc", "vs", "ie", "eg", "re", "bc", "b/c", "w/", "lmao", "ofc");

    /** Nouns that describe a person without naming them ("Boy, 9", "Man, 45"). */
    static final Set<String> PERSON_NOUNS = lower("boy", "girl", "man", "woman", "lad", "lass", "gentleman", "lady",
            "bloke", "guy", "kid", "teen", "child", "baby", "toddler", "infant", "resident", "client", "patient",
            "veteran", "student", "mum", "dad", "mother", "father", "son", "daughter", "sister", "brother");

    /** Authors cited by full name whose surnames are also ordinary surnames. */
    static final Set<String> CITED_FULL_NAMES = lower("Sue Johnson", "Susan Johnson", "Dan Siegel", "Daniel Siegel",
            "Dan Hughes", "Daniel Hughes", "Mary Main", "Bruce Perry", "Judith Herman", "Peter Levine", "Brene Brown",
            "Brené Brown", "Gabor Mate", "Gabor Maté", "Deb Dana", "Jeremy Holmes", "Daniel Stern", "Arietta Slade",
            "Mary Target", "Howard Steele", "Miriam Steele", "Kent Hoffman", "Glen Cooper", "Bert Powell",
            "Kim Golding", "Phillip Shaver", "Phil Shaver", "Jude Cassidy", "Alicia Lieberman", "Bob Marvin",
            "Robert Marvin", "Judith Solomon", "Carol George", "Nancy Kaplan", "Amir Levine", "Rachel Heller",
            "Stan Tatkin", "Janina Fisher", "Pat Ogden", "Richard Schwartz", "Dick Schwartz", "Allan Schore",
            "Stephen Porges", "Peter Fonagy", "Anthony Bateman", "John Bowlby", "Mary Ainsworth", "Carl Rogers",
            "Irvin Yalom", "Marsha Linehan", "John Gottman", "Julie Gottman", "Esther Perel", "Kristin Neff",
            "Paul Gilbert", "Jeffrey Young", "Louis Cozolino", "Lou Cozolino", "Tina Payne Bryson", "Ed Tronick",
            "Edward Tronick", "Beatrice Beebe", "Karlen Lyons-Ruth", "Diana Fosha", "David Wallin", "Alan Sroufe",
            "Bessel van der Kolk", "Donald Winnicott", "Melanie Klein", "Anna Freud", "Heinz Kohut", "Harry Harlow");

    static boolean isCitedFullName(String phrase) {
        return phrase.indexOf(' ') > 0 && CITED_FULL_NAMES.contains(phrase.toLowerCase(Locale.ROOT));
    }

    static boolean isTheorist(String word) {
        return THEORISTS.contains(possessiveless(word));
    }

    static boolean isAuthor(String word) {
        return AUTHORS.contains(possessiveless(word)) || isTheorist(word);
    }

    private static String possessiveless(String word) {
        return bare(word);
    }

    static boolean isField(String word) {
        return FIELD.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isCommon(String word) {
        return COMMON.contains(bare(word));
    }

    /** Lower case, without a possessive 's or a final full stop. */
    static String bare(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("'s") || lower.endsWith("’s")) {
            lower = lower.substring(0, lower.length() - 2);
        }
        while (lower.endsWith(".") || lower.endsWith("'")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        return lower;
    }

    private static Set<String> lower(String... words) {
        return java.util.Arrays.stream(words).map(w -> w.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
