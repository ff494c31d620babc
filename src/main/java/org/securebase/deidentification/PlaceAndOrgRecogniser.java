package org.securebase.deidentification;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** LOC and ORG: the words that end a place's or an organisation's name, and numbered parts of addresses. */
final class PlaceAndOrgRecogniser {

    static final Set<String> STREET = Set.of("street", "st", "road", "rd", "avenue", "ave", "lane", "ln",
            "drive", "crescent", "cres", "court", "ct", "way", "boulevard", "blvd", "place", "pl", "trail", "park",
            "square", "sq", "hill", "terrace", "close", "grove", "gardens", "row", "mews", "parkway", "highway",
            "hwy", "circle", "walk", "green", "common", "bridge", "wharf", "quay", "estate", "parade", "esplanade",
            "promenade", "rise", "heights", "circuit", "motorway", "freeway", "expressway", "pike", "turnpike",
            "bay", "beach", "falls", "springs", "creek", "valley", "ridge", "point", "harbour", "harbor", "cove");
    static final Set<String> FACILITY = Set.of("hospital", "hospice", "clinic", "center", "centre",
            "shelter", "home", "house", "village", "prison", "jail", "penitentiary", "institute", "infirmary",
            "sanatorium", "unit", "ward", "residence", "apartments", "manor", "lodge", "hall", "campus", "facility",
            "refuge", "hostel", "camp", "asylum", "correctional", "detention", "surgery", "wing", "towers", "flats",
            // a housing estate is known by its name ("the bransholme estate")
            "estate",
            "barracks", "base", "children's", "childrens");
    static final Set<String> SCHOOL = Set.of("school", "primary", "academy", "college", "university",
            "elementary", "kindergarten", "nursery", "preschool", "high", "middle", "grammar", "seminary", "scoil",
            "gaelscoil", "coláiste", "colaiste", "hoërskool", "hoerskool", "laerskool", "escuela", "colegio",
            "lycée", "lycee", "école", "ecole", "gymnasium", "liceo", "istituto", "montessori", "sixth", "tafe",
            // the initials schools go by after their names: secondary school, collegiate, public school ("lakehead
            // heights ss", "Riverdale CI")
            "ss", "ci", "ps", "hs", "shs", "jhs", "cvi",
            "polytechnic", "juniors", "infants", "secondary", "collegiate", "intermediate", "senior", "junior", "prep",
            // Singapore's and Malaysia's short form of a secondary school ("fernvale ridge sec")
            "sec");
    static final Set<String> ORG_SUFFIX = Set.of("llp", "llc", "inc", "ltd", "pty", "plc", "gmbh", "corp",
            "corporation", "company", "co", "group", "foods", "bakery", "hotel", "restaurant", "cafe", "café", "bank",
            "church", "mosque", "synagogue", "temple", "chapel", "parish", "congregation", "gurdwara", "mandir",
            "masjid", "tabernacle", "fellowship", "assembly", "baptist", "methodist", "lutheran", "presbyterian",
            "pentecostal", "agency", "department", "services", "service", "health", "medical", "dental",
            "psychology", "associates", "partners", "practice", "foundation", "trust", "council", "ministries",
            "store", "stores", "market", "supermarket", "factory", "mill", "motors", "airlines", "club", "gym",
            "studio", "salon", "shop", "pharmacy", "chemist", "firm", "industries", "systems", "solutions",
            "network", "society", "league", "union", "board", "authority", "office", "police", "fire", "sons",
            "brothers", "bros", "hire", "carry", "classes", "coaching", "tuition", "battalion", "regiment",
            "brigade", "division", "infantry", "squadron", "platoon", "corps", "fleet", "rifles", "guards", "marines",
            "cavalry", "artillery", "rangers", "fc", "afc", "united", "rovers", "wanderers", "athletic", "pub", "inn",
            "arms", "tavern", "diner", "grill", "kitchen", "takeaway", "farm", "farms", "ranch", "winery",
            "brewery", "garage", "builders", "logistics", "transport", "laundry", "cleaners", "charity", "mission",
            "project", "collective", "centre", "consulting", "consultancy", "labs", "hub",
            // the trade a shop or café is named for ends its name ("grindhouse coffee", "Salt Roasters")
            "coffee", "roasters", "pizzeria", "bistro", "barbers", "fitness", "bookshop", "bookstore", "deli",
            // the heavy trades a contractor is named for ("pilbara iron haulage", "Northline Drilling")
            "haulage", "freight", "drilling", "mining", "construction", "trucking", "couriers", "engineering",
            "plumbing", "electrical", "roofing", "landscaping", "removals", "contracting", "contractors",
            // the abbreviations clubs write after their names ("penydarren rfc", "Clontarf GAA", "Hale CC")
            "rfc", "rlfc", "gaa", "cc", "bc", "hc", "sc", "cabs", "taxis", "thistle", "albion", "celtic",
            // bands and the trades of the high street
            "orchestra", "band", "choir", "ensemble", "security", "parlour", "parlor", "boutique", "tailors",
            "bakers", "butchers", "florist", "florists", "jewellers", "jewelers", "opticians", "cafeteria",
            // lenders and savings co-operatives ("oduduwa microfinance", "menengai shuttle sacco") and the corner
            // shops of the countries members write from ("kuya ben's sari-sari", "mama njeri's duka")
            "microfinance", "sacco", "co-op", "coop", "sari-sari", "spaza", "bodega", "kopitiam",
            "duka", "dépanneur", "depanneur", "tuckshop");
    static final Set<String> PLACE_CUES = Set.of("in", "near", "outside", "from", "to", "around", "across",
            "towards", "toward", "at", "into", "of", "between", "via", "through", "on", "off", "behind", "beside");
    static final Set<String> STRONG_PLACE_CUES = Set.of("in", "near", "outside", "around", "across",
            "towards", "toward", "into", "between", "via", "through", "above", "below", "beyond", "behind",
            "beside", "off");

    // LOC: the facility word after a name, and the street it stands on ("Harbor House shelter",
    // "VA clinic on Hollister Road")
    private static final Pattern FACILITY_EXTENSION = Pattern.compile("\\s+(shelter|clinic|hospital|hospice|"
            + "center|centre|home|unit|ward|school|church|practice|office|camp|prison|jail|house|hostel|"
            + "nursing home|care home|retirement village)\\b"
            + "(\\s+(?:on|at|off)\\s+(?:\\d+\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?i:street|st|road|rd|avenue|ave|"
            + "lane|ln|drive|crescent|court|way|boulevard|blvd|place|trail|park|square|hill|terrace|close)\\b)?");
    private static final Pattern FACILITY_AFTER = Pattern.compile("\\s+(shelter|clinic|hospital|hospice|center|"
            + "centre|home|unit|ward|school|church|practice|office|camp|prison|jail|house|hostel|nursing home|"
            + "care home)\\b");
    static final Pattern HOUSE_NUMBER = Pattern.compile("\\d+[A-Za-z]?(?:[/-]\\d+)?,?\\s+$");
    // LOC: the number of a flat, unit, room, ward or bed in an address or a building ("Flat 12", "unit 214",
    // "Ward 4B", "bed 7"): only the number is marked
    private static final Pattern UNIT_NUMBER = Pattern.compile("\\b(?:(?i:flat|unit|apt|apartment|suite|room|rm|ward|"
            + "bed|cell|cabin|villa|lot|pod|wing|block|bungalow|cottage|bldg|building|site|pitch|berth|"
            + "house no|plot|zimmer|chambre|habitaci[oó]n|stanza|kamer|bunk|cubicle|bedspace|apto|appartement|depto|"
            + "departamento|app(?=\\.))\\.?|Level|Floor|House)"
            // the number, perhaps with a letter after a hyphen ("Bed 3-A")
            + "\\s*(?:no\\.?\\s*)?#?\\s*(\\d{1,5}[A-Za-z]?(?:[/-](?:\\d{1,4}[A-Za-z]?|[A-Za-z]\\b))?|[A-Z]\\d{0,4})"
            + "(?![\\w/%-]|\\.\\d)");
    // LOC: an address line, a house number and capitalised words before a comma and a town ("22 Canal Side,
    // Stockport", "7 Paradise Row, Hackney"), or after an address cue ("Addr: 4 The Coppice")
    private static final Pattern ADDRESS_LINE = Pattern.compile("\\b(?=\\d)(?:\\d{1,5}[A-Za-z]?,?\\s+(?:The\\s+)?\\p{Lu}[\\p{L}'’-]+"
            + "(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}(?=,\\s*\\p{Lu}\\p{Ll})"
            + "|(?<=(?i:addr|address|lives at|living at|moved to|staying at)[:.]?\\s{1,2})\\d{1,5}[A-Za-z]?,?\\s+(?:The\\s+)?"
            + "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})");
    // LOC: a town's postal district ("in Dublin 8", "from Paris 11"): a place word and a number of one or two digits
    private static final Pattern POSTAL_DISTRICT = Pattern.compile("(?=\\p{Lu})(?<=\\b(?i:in|near|from|to|at|around)\\s)"
            + "(\\p{Lu}\\p{Ll}{2,})\\s(\\d{1,2})\\b(?![%/.:,]?\\d)"
            // or between commas in an address, a town after it ("Trustline Microfinance, Wuse 2, Abuja")
            + "|(?<=,\\s)(\\p{Lu}\\p{Ll}{2,})\\s(\\d{1,2})(?=,\\s*\\p{Lu}\\p{Ll})");
    // LOC: a numbered road or its junction ("Highway 1", "Route 66", "I-95", "the M25", "SR 17", "Junction 15")
    // LOC: a house number and a compass point before a street ("4400 N Broadway", "12 West Elm")
    private static final Pattern COMPASS_ADDRESS = Pattern.compile("\\b\\d{1,5}\\s+(?:[NSEW]|NE|NW|SE|SW|North|South|"
            + "East|West)\\.?\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?");
    // LOC: an address line opened by its unit ("Suite 3, 112 Victoria Ave", "apt 12, Belgard Court", "Flat 2B 14
    // Mill Lane"): the whole line, unit word too, when a street word or a house number follows
    private static final Pattern UNIT_ADDRESS = Pattern.compile("\\b(?i:flat|unit|apt|apartment|suite|ste|room|"
            // the words for a flat in French, Portuguese and Spanish ("app. 3, 5412 Beaubien Est", "apto 1102")
            + "level|floor|app(?=\\.)|apto|appartement|depto|departamento|plot|house|no(?=\\.))\\.?\\s*#?\\d{1,5}[A-Za-z]?"
            + "(?:[/-]\\d{1,3}[A-Za-z]?)?,?\\s+(?:(\\d{1,5}[A-Za-z]?),?\\s+)?(?:(?:[NSEW]|NE|NW|SE|SW)\\.?\\s+)?"
            + "((?:The\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3})");
    // LOC: a street after a compass point written as a letter ("S. Blackstone Ave", "NW Lovejoy St")
    private static final Pattern COMPASS_STREET = Pattern.compile("\\b(?:[NSEW]|NE|NW|SE|SW)\\.?\\s+\\p{Lu}[\\p{L}'’-]+"
            + "(?:\\s+\\p{Lu}[\\p{L}'’-]+)?\\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Lane|Ln|Way|Parkway|"
            + "Pkwy|Place|Court|Ct|Terrace|Highway|Hwy)\\b");
    // LOC: a numbered street, in any case, with a compass point and a house number perhaps ("e 14th st", "West 42nd
    // Street", "210 5th Ave")
    private static final Pattern NUMBERED_STREET = Pattern.compile("(?i)\\b(?:\\d{1,5}\\s+)?(?:(?:[nsew]|ne|nw|se|sw|"
            + "north|south|east|west)\\.?\\s+)?\\d{1,3}(?:st|nd|rd|th)\\s+(?:street|st|avenue|ave|av|road|rd|boulevard|"
            + "blvd|lane|ln|terrace|parkway|pkwy)\\b");
    // ORG: a numbered station, company or lodge ("Station 14", "Engine 7", "Troop 12", "Local 32")
    // ORG: a family firm in any case ("feldman & sons", "Mthembu and Daughters", "reilly & co")
    private static final Pattern FAMILY_FIRM = Pattern.compile("(?i)\\b(?!(?:and|or|the|his|her|my|their)\\b)"
            + "[\\p{L}'’-]{3,}\\s+(?:&|and)\\s+(?:sons?|daughters?|co|partners|associates|brothers|bros|family)\\b"
            + "(?:\\s+(?:ltd|inc|llc|pty))?");
    private static final String UNIT_KINDS = "Commando|Para|Regiment|Battalion|Brigade|Division|Squadron|Signals?|"
            + "Rifles|Infantry|Cavalry|Artillery|Lancers|Hussars|Dragoons|Fusiliers|Marines|Field Ambulance|"
            + "Field Hospital|Engineers|Logistics Regiment";
    private static final Pattern NUMBERED_ORG = Pattern.compile("\\b(?:Station|Engine|Ladder|Troop|Post|Lodge|Precinct|"
            + "Squadron|Platoon|Pack|Local|Chapter|Battery)\\s+#?\\d{1,4}\\b"
            // ORG: the abbreviations units are written with, in any case ("3rd guards bn", "2 RAR Bn", "1 coy")
            + "|\\b\\d{1,3}(?:st|nd|rd|th)?\\s+(?:\\p{L}[\\p{L}'’]+\\s+){0,2}(?i:bn|bde|regt|coy|sqn|plt|bty)\\b"
            // ORG: a military unit written number first, with or without an ordinal ("42 Commando", "2 Para",
            // "16 Air Assault Brigade", "1st Signal Regiment"), also in the capitals units write themselves ("2 PARA")
            + "|\\b\\d{1,3}(?:st|nd|rd|th)?\\s+(?:\\p{L}[\\p{L}'’]+\\s+){0,3}(?:" + UNIT_KINDS + "|"
            + UNIT_KINDS.toUpperCase(java.util.Locale.ROOT) + "|" + UNIT_KINDS.toLowerCase(java.util.Locale.ROOT) + ")\\b"
            // ORG: a company by its phonetic letter, with its battalion ("charlie co 3-117th", "Bravo Company 2/7th")
            + "|\\b(?i:alpha|bravo|charlie|delta|echo|foxtrot|kilo|lima|oscar|sierra|tango|whiskey|zulu)\\s+"
            + "(?i:co|coy|company|troop|battery|platoon)\\b(?:,?\\s+\\d{1,3}(?:st|nd|rd|th)?(?:[-/]\\d{1,3}(?:st|nd|rd|th)?)?)?"
            // ORG: a battalion and its regiment in figures ("3-117th", "2/7th", "1-502nd Infantry")
            + "|\\b\\d{1,2}[-/]\\d{1,3}(?:st|nd|rd|th)\\b(?!\\s+(?i:grade|year|class|form|standard|floor))"
            + "(?:\\s+(?i:infantry|inf|cavalry|cav|regiment|regt|field artillery))?"
            // ORG: any unit after serving in it ("served with 3 RAR", "deployed with 1 RGR")
            + "|(?<=\\b(?i:served|serving|serves|deployed|posted|enlisted)\\s(?i:with|in)\\s(?:(?i:the)\\s)?)"
            + "\\d{1,3}(?:st|nd|rd|th)?\\s+\\p{Lu}[\\p{L}'’]*(?:\\s+\\p{Lu}[\\p{L}'’]*){0,3}");
    // ORG: a business named the French way, "chez" and its owner's name ("dépanneur chez lulu", "Chez Marcel")
    private static final Pattern CHEZ = Pattern.compile("(?i)\\b(?:(?:dépanneur|depanneur|restaurant|resto|café|cafe|"
            + "bistro|salon|boulangerie|pâtisserie|patisserie|bar|garage|épicerie|epicerie|casse-croûte)\\s+)?"
            + "chez\\s+[\\p{L}'’-]{2,}");
    // LOC: a ward, wing or house named for a saint, with its possessive ("St Brigid's ward", "St. Jude's wing")
    private static final Pattern SAINTS_FACILITY = Pattern.compile("\\b(?:St\\.?|Saint|st\\.?)\\s+[\\p{L}-]+['’]s?"
            + "(?=\\s+(?i:ward|wing|unit|house|lodge|hall|court|villa|cottage|block|annexe|annex)\\b)");
    // LOC: a postal address without a street: a post-office box or bag, a rural route or delivery number ("P.O. Box
    // 441", "Private Bag 3012", "RR 2", "RD 3")
    private static final Pattern POSTAL_ADDRESS = Pattern.compile("\\b(?:(?i:p\\.?\\s?o\\.?\\s?box|post office box|"
            + "private bag|locked bag)\\s*#?\\d{1,6}|(?:RR|RD|R\\.R\\.|R\\.D\\.)\\s?#?\\d{1,3})\\b");
    // ORG: a church or school named with a religious opener, after going to it ("goes to first reformed", "goes to
    // st bride's", "attends holy trinity")
    private static final Pattern RELIGIOUS_NAME = Pattern.compile("(?i)\\b(?:goes|go|going|went|gone|attends|attend|"
            + "attended|attending|sings at|worships at|member of|married at|baptised at|baptized at)\\s+(?:to\\s+)?"
            + "((?:st\\.?|saint|first|holy|sacred|blessed|our lady of|christ|good shepherd|immaculate|grace|"
            + "emmanuel|emanuel|bethel|zion|calvary|shiloh|trinity|all saints|corpus christi)(?:\\s+[\\p{L}'’-]+){1,2})"
            + "(?=\\s*(?:[,.;:)!?]|$)|\\s+(?:when|but|and|on|every|each|in|since|where|w|with|for|most|as)\\b)");
    private static final Pattern ROAD_NUMBER = Pattern.compile("\\b(?:(?i:highway|hwy|route|rte|interstate|"
            + "state route|county road|motorway|road|junction|jct|exit)\\s*\\d{1,4}[A-Z]?|I-\\d{1,3}|(?<=\\b(?i:the|on|off)\\s)"
            + "[AMN]\\d{1,4}(?:\\([AM]\\))?)\\b");

    // LOC: streets named the continental way, the kind of street first ("Rue de la Paix", "Avenida Paulista",
    // "Boulevard d'Assas", "Via Roma") or last in one word ("Siebelplatz", "Paul-Klee-Str.", "Helmestraße"),
    // with a house number before or after
    private static final String STREET_FIRST = "(?:\\b(?:Rue|Avenue|Boulevard|Bd|Place|Allée|Impasse|Chemin|Quai|Voie|Passage|"
            + "Route|Calle|Avenida|Av\\.|Paseo|Plaza|Carrer|Camino|Via|Viale|Piazza|Corso|Vicolo|Rua|Travessa|Largo|"
            + "Praça|Estrada|Ulica|ul\\.|Aleja|Straat|Laan|Plein|Weg|Gracht|Kade|Strada|Sokak|Caddesi|Đường|Phố|Ramal|"
            + "Senda|Prolongación|Contrada|Incrocio|Rotonda|Borgo)\\b|\\b(?:ul|al|pl|os)\\.),?\\s+(?:(?:du|de|des|la|le|les|"
            + "d'|l'|del|della|dei|di|da|do|dos|das|van|der|den|het|y|e)\\s*)*\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:de|du|la|des|del|di|da|do)\\s+)?"
            + "\\p{Lu}[\\p{L}'’-]*){0,3}";
    private static final String NUMBER = "\\b\\d{1,4}[a-z]?";
    // LOC: streets named the continental way, the kind of street first ("Rue de la Paix", "Avenida Paulista",
    // "Boulevard d'Assas", "Via Roma") or last in one word ("Siebelplatz", "Paul-Klee-Str.", "Helmestraße");
    // suffixes that end English words too ("-ring", "-weg", "-tie") only with a house number
    private static final Pattern CONTINENTAL_STREET = Pattern.compile("(?=[\\d\\p{Lu}uapo])(?:(?:" + NUMBER + ",?\\s+)?(?:" + STREET_FIRST
            + "|\\b\\p{Lu}[\\p{L}-]{2,}(?i:straße|strasse|str\\.|str\\b|platz|gasse|allee|chaussee)(?![\\p{L}]))"
            + "(?:\\s+\\d{1,4}[a-z]?\\b)?|" + NUMBER + ",?\\s+\\p{Lu}[\\p{L}-]{2,}(?i:weg|ring|damm|ufer|markt|graben|"
            + "steig|pfad|laan|straat|plein|gracht|vej|gade|gatan|vägen|veien|gata|katu|tie|utca|ulica|park|plantsoen|hof|"
            + "dreef|singel|kade|steeg|pad)\\b)");

    private PlaceAndOrgRecogniser() {
    }

    // ORG: the team someone plays for, in any case ("plays league for tokoroa pirates", "plays for aberavon quins")
    private static final Pattern TEAM = Pattern.compile("(?i)\\bplay(?:s|ed|ing)?\\s+(?:(?:league|football|rugby|"
            + "netball|cricket|hockey|soccer|hurling|camogie|gaelic|basketball|baseball|softball|bowls|darts|pool|"
            + "volleyball|water polo|ice hockey|footy|ball)\\s+)?(?:for|with)\\s+(?:the\\s+)?"
            + "((?-i:[\\p{Ll}\\d][\\p{L}\\d'’&-]*)(?:\\s+(?-i:[\\p{Ll}\\d][\\p{L}\\d'’&-]*)){0,3}?)"
            + "(?=\\s*(?:[,.;:)!?]|$)|\\s+(?:on|at|in|every|each|since|and|but|when|who|under|now|most|this|last|"
            + "till|until|because|so)\\b)");
    // ORG: an employer in lower case after a verb of work ("works at bombardier", "works down tata steel",
    // "banker for zenith", "works at the co-op"); a kind of workplace ("works at home", "at a bank") is none
    private static final Pattern LOWER_EMPLOYER = Pattern.compile("(?i)\\b(?:works?|worked|working|employed|"
            + "banker|manager|cashier|nurse|driver|cleaner|engineer|clerk|teller|labourer|laborer|packer)\\s+"
            + "(?:at|for|down|with)\\s+(?:the\\s+)?((?-i:\\p{Ll}[\\p{L}'’&-]*)(?:\\s+(?-i:\\p{Ll}[\\p{L}'’&-]*))?)"
            + "(?=\\s*(?:[,.;:)!?]|$)|\\s+(?:in|on|as|since|for|and|but|now|nights|days|part|full|most|\\d))");
    private static final Set<String> WORKPLACES = Set.of("home", "night", "nights", "weekends", "work", "school",
            "uni", "college", "hospital", "office", "shop", "bank", "factory", "warehouse", "restaurant", "cafe",
            "bar", "pub", "hotel", "supermarket", "farm", "site", "church", "nursery", "clinic", "gym", "salon",
            "garage", "store", "mine", "mill", "plant", "council", "agency", "practice", "herself", "himself",
            "themselves", "myself", "family", "business", "company", "firm", "charity", "centre", "center", "same",
            "local", "moment", "minute", "time", "least", "most", "all", "it", "them", "us", "me", "her", "him",
            "free", "cash", "money", "months", "years", "weeks", "hours", "ages", "council's", "army", "navy",
            "police", "government", "state", "nhs", "trust", "board", "university", "airport", "port", "docks");

    // ORG: a workplace named after the work done there, in lower case ("drives for tayside bread", "works the bar at
    // the red kite", "does mornings at the crusty cob bakery", "welder at riverside fab", "retired from greasy creek
    // coal"): a cue of work (a verb of work, or a person named by their trade) and up to four words before a pause
    private static final Pattern WORKPLACE_AFTER = Pattern.compile("(?i)\\b([\\p{L}-]+)\\s+(?:(?:the|a)\\s+(?:bar|counter|"
            + "till|tills|desk|door|kitchen|floor|books|night shift|day shift)\\s+|(?:mornings|nights|days|evenings|"
            + "weekends|shifts|lates|earlies|doubles|rooms|night shift|day shift|trucks|cars|insurance)\\s+)?"
            + "(at|for|with|down|from)\\s+(the\\s+)?((?-i:\\p{Ll}[\\p{L}'’&-]*)(?:\\s+(?:&\\s+)?(?-i:\\p{Ll}[\\p{L}'’&-]*)){0,3}?)"
            + "(?=\\s*(?:[,.;:)!?]|$)|\\s+(?:in|on|as|since|for|and|but|now|til|till|until|near|w|with|out|off|after|"
            + "before|when|where|so|because|bc|most|every|each|all|this|last|next|full|part|\\d)\\b)");
    private static final Set<String> WORK_VERBS = Set.of("works", "work", "worked", "working", "employed", "drives",
            "drove", "driving", "cleans", "cleaned", "serves", "served", "waitresses", "volunteers", "volunteered",
            "interns", "temps", "manages", "managed", "runs", "ran", "sells", "sold", "teaches", "taught", "does",
            "did", "job", "shifts", "placement", "retired", "apprenticed", "labours", "labors");
    // what a place of work is called by its kind, not its name: "works at the front desk", "at the chip shop"
    private static final Set<String> GENERIC_WORK = Set.of("desk", "counter", "till", "tills", "reception", "door",
            "front", "back", "gate", "kitchen", "floor", "ward", "wards", "unit", "weekend", "weekends", "moment",
            "chip", "corner", "post", "petrol", "gas", "job", "call", "dole", "fish", "meat", "steel", "paper",
            "coffee", "building", "construction", "car", "wash", "depot", "yard", "plant", "works", "docks", "port",
            "airport", "station", "stations", "checkout", "checkouts", "deli", "bakery", "place", "places", "site",
            "sites", "end", "top", "bottom", "start", "same", "local", "big", "small", "new", "old", "main", "nearby",
            "other", "family", "home", "care", "nursing", "residential", "day", "night", "nights", "days", "least",
            "most", "time", "times", "uni", "school", "college", "hospital", "army", "navy", "police", "council");

    /**
     * "drives for tayside bread": a workplace's name after a cue of work. The cue is a verb of work, one of
     * Datafaker's professions, or a noun that names a person by what they do ("welder", "dispenser", "teller",
     * "waitress", "foreman"); the name is two to four words of which one at least says which place, not what kind.
     */
    private static void workplacesAfterWork(String text, List<Candidate> found) {
        Matcher m = WORKPLACE_AFTER.matcher(text);
        Lexicon lexicon = Lexicon.get();
        while (m.find()) {
            String cue = m.group(1).toLowerCase(Locale.ROOT);
            String preposition = m.group(2).toLowerCase(Locale.ROOT);
            boolean agent = lexicon.has(cue, Lexicon.NOUN) && !lexicon.has(cue, Lexicon.ADJECTIVE)
                    && !lexicon.has(cue, Lexicon.ADVERB) && !lexicon.has(cue, Lexicon.FUNCTION)
                    && cue.matches(".{3,}(?:er|or|ist|ess|man|ian|ie|ant|ent)") && !NameRecogniser.isRoleWord(cue);
            boolean work = WORK_VERBS.contains(cue) || agent || QuasiClasses.OCCUPATION.matcher(cue).matches();
            // "works with teens", "working with grief": who or what the work is with, not where
            boolean withWhom = preposition.equals("with") && !agent;
            if (!work || withWhom || preposition.equals("from") && !cue.equals("retired")) {
                continue;
            }
            String[] words = m.group(4).split("\\s+");
            String first = words[0].toLowerCase(Locale.ROOT);
            if (words.length < 2 || lexicon.has(first, Lexicon.FUNCTION) || lexicon.has(first, Lexicon.ADVERB)
                    || first.endsWith("ing") || NameRecogniser.isRoleWord(first)) {
                continue; // one word is the older rules' to judge; "a", "home", "running" start no name
            }
            boolean which = java.util.Arrays.stream(words).map(w -> w.toLowerCase(Locale.ROOT))
                    .anyMatch(w -> !w.equals("&") && !GENERIC_WORK.contains(w) && !WORKPLACES.contains(w)
                            && !GENERIC_KINDS.contains(w) && !KIND_OF_INSTITUTION.contains(w)
                            && !FACILITY.contains(w) && !INSTITUTION.contains(w) && !ORG_SUFFIX.contains(w)
                            && !SCHOOL.contains(w) && !lexicon.has(w, Lexicon.FUNCTION)
                            && !DatePatterns.WEEKDAYS.contains(w) && !DatePatterns.MONTHS.contains(w)
                            && !Gazetteer.get().isRegion(w) && !Vocabulary.isField(w));
            if (which) {
                found.add(new Candidate(m.start(4), m.end(4), IdentifierType.ORG, "employer"));
            }
        }
    }

    /** Teams played for and employers worked at, written in lower case. */
    static void lowerCaseTeamsAndEmployers(String text, List<Candidate> found) {
        String lower = Deidentifier.lower(text);
        if (lower.contains("play")) {
            Matcher team = TEAM.matcher(text);
            while (team.find()) {
                String name = team.group(1);
                String[] words = name.split("\\s+");
                boolean ordinary = Arrays.stream(words).allMatch(w -> Lexicon.get().isCommonWord(w));
                // "plays netball for the galahs": a plural after "the" is a team's name
                boolean namedTeam = team.group().toLowerCase(Locale.ROOT).contains(" the ")
                        && Lexicon.get().has(words[0], Lexicon.PLURAL);
                if ((words.length > 1 || !ordinary || namedTeam) && !WORKPLACES.contains(words[words.length - 1])
                        && !Lexicon.get().has(words[0], Lexicon.FUNCTION)) {
                    found.add(new Candidate(team.start(1), team.end(1), IdentifierType.ORG, "organisation"));
                }
            }
        }
        workplacesAfterWork(text, found);
        Matcher employer = LOWER_EMPLOYER.matcher(text);
        while (employer.find()) {
            String name = employer.group(1);
            String[] words = name.split("\\s+");
            String last = words[words.length - 1];
            if (!WORKPLACES.contains(words[0]) && !WORKPLACES.contains(last) && !GENERIC_KINDS.contains(last)
                    && !Lexicon.get().has(words[0], Lexicon.FUNCTION) && !Lexicon.get().has(words[0], Lexicon.ADVERB)
                    && !(Lexicon.get().has(words[0], Lexicon.ADJECTIVE) && !Lexicon.get().has(words[0], Lexicon.NOUN))
                    && !NameRecogniser.isRoleWord(words[0]) && !words[0].endsWith("ing")) {
                found.add(new Candidate(employer.start(1), employer.end(1), IdentifierType.ORG, "employer"));
            }
        }
    }

    static void numberedPlaces(String text, List<Candidate> found) {
        Matcher unit = UNIT_NUMBER.matcher(text);
        while (unit.find()) {
            unitAddress(text, unit.start(), found);
            String word = unit.group().toLowerCase(Locale.ROOT);
            String number = unit.group(1);
            // "ward 3 times", "room 2 of 5": a count, not a room
            if (DatePatterns.countFollows(text, unit.end(), false) || word.startsWith("block") && number.length() < 2) {
                continue;
            }
            // a house known by its number alone, as in remote communities ("House 41"), is named by both words
            int start = unit.group().startsWith("House") ? unit.start() : unit.start(1);
            found.add(new Candidate(start, unit.end(1), IdentifierType.LOC,
                    word.startsWith("ward") || word.startsWith("bed") ? "hospital" : "address"));
        }
        ContactAndIdPatterns.add(found, ROAD_NUMBER, text, IdentifierType.LOC, "street");
        ContactAndIdPatterns.add(found, CONTINENTAL_STREET, text, IdentifierType.LOC, "street");
        ContactAndIdPatterns.add(found, COMPASS_ADDRESS, text, IdentifierType.LOC, "address");
        ContactAndIdPatterns.add(found, COMPASS_STREET, text, IdentifierType.LOC, "street");
        if (ORDINAL_NUMBER.matcher(text).find()) {
            ContactAndIdPatterns.add(found, NUMBERED_STREET, text, IdentifierType.LOC, "street");
        }
        Matcher district = POSTAL_DISTRICT.matcher(text);
        while (district.find()) {
            String place = (district.group(1) != null ? district.group(1) : district.group(3)).toLowerCase(Locale.ROOT);
            if (!Lexicon.get().isCommonWord(place) && !Vocabulary.isCommon(place) && !Vocabulary.isField(place)
                    && !DatePatterns.MONTHS.contains(place) && !DatePatterns.WEEKDAYS.contains(place)
                    && !DatePatterns.countFollows(text, district.end(), false)) {
                found.add(new Candidate(district.start(), district.end(), IdentifierType.LOC, "city"));
            }
        }
        Matcher line = ADDRESS_LINE.matcher(text);
        while (line.find()) {
            String words = line.group().replaceAll("^[\\d\\p{L}]*\\d[\\p{L}]*,?\\s+", "").toLowerCase(Locale.ROOT);
            String firstWord = words.split("\\s+")[0];
            // "12 March, Tuesday", "3 Weeks, Then": a date or a count, not an address
            if (DatePatterns.MONTHS.contains(firstWord) || DatePatterns.WEEKDAYS.contains(firstWord)
                    || Lexicon.get().has(firstWord, Lexicon.PLURAL) || Lexicon.get().has(firstWord, Lexicon.FUNCTION)
                    && !firstWord.equals("the")) {
                continue;
            }
            found.add(new Candidate(line.start(), line.end(), IdentifierType.LOC, "address"));
        }
        ContactAndIdPatterns.add(found, NUMBERED_ORG, text, IdentifierType.ORG, "organisation");
        if (Deidentifier.lower(text).contains("chez")) {
            ContactAndIdPatterns.add(found, CHEZ, text, IdentifierType.ORG, "organisation");
        }
        ContactAndIdPatterns.add(found, SAINTS_FACILITY, text, IdentifierType.LOC, "hospital");
        ContactAndIdPatterns.add(found, POSTAL_ADDRESS, text, IdentifierType.LOC, "address");
        Matcher religious = RELIGIOUS_NAME.matcher(text);
        while (religious.find()) {
            found.add(new Candidate(religious.start(1), religious.end(1), IdentifierType.ORG, "organisation"));
        }
        Matcher firm = FAMILY_FIRM.matcher(text);
        while (firm.find()) {
            String head = firm.group().split("\\s+")[0];
            // "mum and daughters" are people: a lower-case ordinary word or a role is no family's name
            boolean ordinaryHead = Character.isLowerCase(head.charAt(0))
                    && (Lexicon.get().isCommonWord(head) || NameRecogniser.isRoleWord(head));
            if (!ordinaryHead) {
                found.add(new Candidate(firm.start(), firm.end(), IdentifierType.ORG, "employer"));
            }
        }
    }

    /** The last word of an institution's name written in lower case ("dunmore community college"). */
    private static final Set<String> INSTITUTION = Set.of("college", "university", "uni", "academy", "school",
            "primary", "secondary", "hospital", "infirmary", "clinic", "hospice", "church", "chapel", "mosque",
            "temple", "synagogue", "parish", "cathedral", "prison", "jail", "centre", "center", "practice",
            "surgery", "institute", "seminary", "polytechnic", "gaol",
            // the homes placements and care are named for ("ashdown lodge", "prairie view manor", "the shalva house")
            "lodge", "manor", "house", "grange", "villa", "homes", "residence", "colliery",
            // and where the youngest are cared for and the homeless sheltered ("little acorns daycare", "willow
            // house shelter")
            "daycare", "nursery", "creche", "crèche", "kindy", "kindergarten", "preschool", "shelter", "refuge",
            "hostel");
    /** Shortened names of schools and hospitals: "riverside high", "mercy general". */
    private static final Set<String> SHORT_INSTITUTION = Set.of("high", "general", "memorial", "prep");
    private static final Set<String> SAINTS = Set.of("st", "saint", "ste", "san", "santa", "sao", "são");

    /**
     * ORG and LOC written in lower case, as casual posts do: an institution or organisation word ending a chain of
     * words of which at least one is no ordinary word ("dunmore community college", "st. brendan's college",
     * "durbanville rugby club", "ubuntu fresh foods"); or "high"/"general" right after a place preposition and a noun ("went to riverside high",
     * "works at mercy general"), the short form of a school's or hospital's name.
     */
    static void lowerCaseInstitutions(String text, List<Token> tokens, List<Candidate> found) {
        Lexicon lexicon = Lexicon.get();
        for (int i = 1; i < tokens.size(); i++) {
            Token kind = tokens.get(i);
            String word = kind.lower();
            boolean institution = INSTITUTION.contains(word) || kind.lowerCase() && ORG_SUFFIX.contains(word);
            boolean shortForm = SHORT_INSTITUTION.contains(word) && kind.lowerCase();
            if (!institution && !shortForm) {
                continue;
            }
            int first = i;
            boolean named = false;
            while (first - 1 >= 0 && first > i - 4 && Texts.adjacent(text, tokens.get(first - 1), tokens.get(first))) {
                Token before = tokens.get(first - 1);
                String lower = RecallLayer.stem(before.text());
                boolean ordinary = ordinary(before);
                if (!before.letters() || lexicon.has(lower, Lexicon.FUNCTION) || PLACE_CUES.contains(lower)
                        || ordinary && (lexicon.has(lower, Lexicon.VERB_3RD) || !lexicon.has(lower, Lexicon.NOUN)
                        && !lexicon.has(lower, Lexicon.ADJECTIVE) && !SAINTS.contains(lower))) {
                    break; // "Frankston has good services": a verb ends the name
                }
                // only a name written in lower case: a capitalised one is a run of its own, and the lower-case kind
                // word after it is no part of it ("Lourdes primary")
                named |= !ordinary && before.lowerCase();
                first--;
            }
            // the chain starts at its first word that is no ordinary word, or at a saint's title before one
            while (first < i && ordinary(tokens.get(first)) && !SAINTS.contains(tokens.get(first).lower())) {
                first++;
            }
            if (ordinaryWordsNamed(text, tokens, i, found)) {
                continue;
            }
            if (first < i && named) {
                IdentifierType type = SCHOOL.contains(word) || word.equals("uni") || ORG_SUFFIX.contains(word)
                        ? IdentifierType.ORG : IdentifierType.LOC;
                String hint = type == IdentifierType.ORG ? SCHOOL.contains(word) || word.equals("uni") ? "school"
                        : "organisation" : facilityHint(word);
                found.add(new Candidate(tokens.get(first).start(), kind.end(), type, hint));
                continue;
            }
            // "we met at walker community college": after a place word and with no determiner, two or more words
            // before the institution word, the first a noun, make a name ("at medical school" and "at sixth form
            // college" are kinds of school)
            if (institution && kind.lowerCase() && i >= 3) {
                int start = i - 1;
                while (start - 1 >= 0 && i - start < 3 && Texts.adjacent(text, tokens.get(start - 1), tokens.get(start))
                        && tokens.get(start - 1).lowerCase() && tokens.get(start - 1).letters()
                        && !lexicon.has(tokens.get(start - 1).lower(), Lexicon.FUNCTION)
                        && !PLACE_CUES.contains(tokens.get(start - 1).lower())) {
                    start--;
                }
                Token head = tokens.get(start);
                Token cue = start >= 1 ? tokens.get(start - 1) : null;
                // an adjective may open the name ("at holy rosary academy") unless it says what kind of school it
                // is ("at private boarding school", "at local secondary school")
                boolean headOpensName = lexicon.has(head.lower(), Lexicon.NOUN)
                        && !lexicon.has(head.lower(), Lexicon.ADJECTIVE)
                        || lexicon.has(head.lower(), Lexicon.ADJECTIVE) && !KIND_OF_INSTITUTION.contains(head.lower())
                                && tokens.subList(start + 1, i).stream().allMatch(t -> lexicon.has(t.lower(), Lexicon.NOUN)
                                        && !KIND_OF_INSTITUTION.contains(t.lower()) && !SCHOOL.contains(t.lower()));
                if (i - start >= 2 && cue != null && Set.of("at", "to", "from", "attends", "attended").contains(cue.lower())
                        && Texts.adjacent(text, cue, head) && headOpensName && !lexicon.has(head.lower(), Lexicon.VERB_3RD)
                        && tokens.subList(start, i).stream().allMatch(Token::lowerCase)) {
                    found.add(new Candidate(head.start(), kind.end(), SCHOOL.contains(word) ? IdentifierType.ORG
                            : IdentifierType.LOC, SCHOOL.contains(word) ? "school" : facilityHint(word)));
                    continue;
                }
            }
            if (shortForm && i >= 2 && kind.lowerCase()) {
                Token noun = tokens.get(i - 1);
                Token cue = tokens.get(i - 2);
                boolean nextIsNoun = i + 1 < tokens.size() && Texts.adjacent(text, kind, tokens.get(i + 1))
                        && lexicon.has(tokens.get(i + 1).lower(), Lexicon.NOUN)
                        && !lexicon.has(tokens.get(i + 1).lower(), Lexicon.FUNCTION);
                if (Set.of("at", "to", "from", "attends", "attended", "left").contains(cue.lower()) && cue.lowerCase()
                        && Texts.adjacent(text, cue, noun) && Texts.adjacent(text, noun, kind) && noun.letters()
                        && lexicon.has(noun.lower(), Lexicon.NOUN) && !lexicon.has(noun.lower(), Lexicon.ADJECTIVE)
                        && !lexicon.has(noun.lower(), Lexicon.FUNCTION) && !nextIsNoun) {
                    found.add(new Candidate(noun.start(), kind.end(), word.equals("general") || word.equals("memorial")
                            ? IdentifierType.LOC : IdentifierType.ORG, word.equals("general") || word.equals("memorial")
                            ? "hospital" : "school"));
                }
            }
        }
    }

    // the words that say what kind of school or hospital one is, not which: "at private boarding school"
    private static final Set<String> KIND_OF_INSTITUTION = Set.of("local", "private", "public", "state", "catholic",
            "christian", "islamic", "jewish", "muslim", "hindu", "anglican", "religious", "special", "boarding",
            "independent", "international", "community", "military", "medical", "nursing", "dental", "art", "music",
            "drama", "performing", "comprehensive", "free", "charter", "alternative", "mainstream", "residential",
            "day", "night", "evening", "girls", "boys", "mixed", "single-sex", "new", "old", "former", "previous",
            "current", "same", "different", "another", "other", "big", "small", "nearby", "main", "general",
            "psychiatric", "mental", "secure", "forensic", "federal", "national", "regional", "district", "county",
            "city", "rural", "urban", "village", "language", "bible", "sunday", "summer", "online", "graduate",
            "postgraduate", "undergraduate", "technical", "vocational", "business", "law", "police", "training",
            "teaching", "children's", "childrens", "women's", "womens", "veterans", "top", "good", "bad", "elite");
    // kinds that ordinary words before them describe rather than name: "community support services"
    private static final Set<String> GENERIC_KINDS = Set.of("services", "service", "support", "care", "health",
            "department", "office", "police", "fire", "council", "board", "authority", "agency", "network", "project",
            "mission", "charity", "union", "society", "league", "group", "team", "company", "corporation", "practice",
            "hub", "centre", "center", "classes", "coaching", "tuition", "trust", "foundation", "partners",
            "associates", "division", "school", "college", "hospital", "clinic", "unit", "ward", "university");
    private static final Pattern MEMBERSHIP = Pattern.compile("(?i)\\b(?:plays|played|playing|member|joined|"
            + "attends|attended|goes|married|wedding|baptised|christened|worships|services)\\b");

    /**
     * "nurse at holy infant medical", "her wedding at shady grove baptist": two or three ordinary words between
     * "at", "for" or "with" after a cue of work or membership and an institution word, with no article, are the
     * institution's name; "works at mental health services" is a kind of service, not a name.
     */
    private static boolean ordinaryWordsNamed(String text, List<Token> tokens, int i, List<Candidate> found) {
        Token kind = tokens.get(i);
        if (!kind.lowerCase() || !ORG_SUFFIX.contains(kind.lower()) && !INSTITUTION.contains(kind.lower())
                || GENERIC_KINDS.contains(kind.lower())) {
            return false;
        }
        Lexicon lexicon = Lexicon.get();
        int start = i;
        while (start - 1 >= 0 && i - start < 3 && Texts.adjacent(text, tokens.get(start - 1), tokens.get(start))) {
            Token before = tokens.get(start - 1);
            String lower = RecallLayer.stem(before.text());
            if (!before.lowerCase() || !before.letters() || lexicon.has(lower, Lexicon.FUNCTION)
                    || PLACE_CUES.contains(lower) || lexicon.has(lower, Lexicon.VERB_3RD)
                    || ORG_SUFFIX.contains(lower) || INSTITUTION.contains(lower)) {
                break;
            }
            start--;
        }
        if (i - start < 2 || start < 1) {
            return false;
        }
        Token cue = tokens.get(start - 1);
        String before = text.substring(Math.max(0, cue.start() - 40), cue.start());
        boolean field = tokens.subList(start, i).stream().allMatch(t -> Vocabulary.isField(t.lower())
                || Vocabulary.isField(t.text() + " " + kind.lower()));
        if (!Set.of("at", "for", "with", "w").contains(cue.lower()) || !Texts.adjacent(text, cue, tokens.get(start))
                || !(employer(before) || MEMBERSHIP.matcher(before).find()) || field) {
            return false;
        }
        found.add(new Candidate(tokens.get(start).start(), kind.end(), IdentifierType.ORG, "organisation"));
        return true;
    }

    /** An ordinary word, safe on its own: a common English word, a field term, a region. */
    private static boolean ordinary(Token token) {
        String lower = RecallLayer.stem(token.text());
        return Lexicon.get().isCommonWord(lower) || Vocabulary.isCommon(lower) || RecallLayer.safeEverywhere(token)
                || kindWord(token) || NameRecogniser.isRoleWord(lower); // "pentecostal church", "gp surgery"
    }

    /** Words that end a place or organisation's name: "High School", "Retirement Village", "Cash and Carry". */
    static boolean kindWord(Token token) {
        String lower = token.lower();
        return SCHOOL.contains(lower) || FACILITY.contains(lower) || isStreet(lower)
                || ORG_SUFFIX.contains(lower) || token.text().endsWith("'s") && FACILITY.contains(token.text()
                .toLowerCase(Locale.ROOT));
    }

    private static final Pattern NUMBER_AFTER = Pattern.compile("\\.?\\s*#?\\d");

    /** A kind word with its number: "Ward 4B", "Room 12", "Highway 1". */
    static boolean numberFollows(String text, Token token) {
        return (FACILITY.contains(token.lower()) || STREET.contains(token.lower()) || Set.of("flat", "room", "suite",
                "apt", "apartment", "bed", "route", "bay", "level", "floor", "block",
                // the words for a room where members write in other languages or settings ("Zimmer 208", "cell 14")
                "zimmer", "chambre", "habitación", "habitacion", "stanza", "kamer", "cell", "cabin", "bunk", "cubicle",
                "pod", "bedspace").contains(token.lower()))
                && NUMBER_AFTER.matcher(text).region(token.end(), text.length()).lookingAt();
    }

    private static final Pattern ORDINAL_NUMBER = Pattern.compile("\\d(?i:st|nd|rd|th)\\b");

    /** The whole address line when a unit opens one ("Suite 3, 112 Victoria Ave"). */
    private static void unitAddress(String text, int from, List<Candidate> found) {
        Matcher line = UNIT_ADDRESS.matcher(text).region(from, text.length());
        if (!line.lookingAt()) {
            return;
        }
        String[] words = line.group(2).split("\\s+");
        if (line.group(1) != null || words.length > 1 && isStreet(Vocabulary.bare(words[words.length - 1]))) {
            found.add(new Candidate(line.start(), line.end(), IdentifierType.LOC, "address"));
        }
    }

    private static final Pattern STREET_NAME_AFTER =
            Pattern.compile("\\s+(?:(?:[NSEW]|NE|NW|SE|SW)\\.?\\s+)?(?:\\p{Lu}[\\p{L}'’-]+\\s+){1,3}(\\p{L}+)");

    /** A street's name and kind word right after a position: the number before it is a house number. */
    static boolean streetFollows(String text, int end) {
        Matcher m = STREET_NAME_AFTER.matcher(text).region(end, text.length());
        return m.lookingAt() && STREET.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    static boolean isStreet(String lower) {
        return STREET.contains(lower) || Gazetteer.get().isStreetSuffix(lower);
    }

    static boolean facilityAfter(String text, Token token) {
        Matcher m = FACILITY_AFTER.matcher(text);
        m.region(token.end(), text.length());
        return m.lookingAt();
    }

    /** Extends a place or organisation over a facility word and its street; returns the new end or -1. */
    static int facilityExtension(String text, int end, String[] hint) {
        Matcher facility = FACILITY_EXTENSION.matcher(text);
        facility.region(end, text.length());
        if (!facility.lookingAt()) {
            return -1;
        }
        hint[0] = facilityHint(facility.group(1).toLowerCase(Locale.ROOT));
        return facility.end();
    }

    static String facilityHint(String word) {
        return switch (word) {
            case "hospital", "hospice", "clinic", "infirmary", "unit", "ward", "sanatorium", "children's",
                 "childrens", "surgery" -> "hospital";
            case "shelter", "refuge", "hostel" -> "shelter";
            case "prison", "jail", "penitentiary", "correctional", "detention" -> "prison";
            case "school" -> "school";
            default -> "facility";
        };
    }

    private static final Pattern EMPLOYER = Pattern.compile("(?i)\\b(?:works|work|worked|working|employed|employer|"
            + "job|shifts|shift|resident|engineer|paralegal|manager|nurse|teacher|teaches|taught|placement|"
            + "volunteers|volunteer|intern|interns|trainee|drives|runs|owns|apprentice|apprenticeship)\\b");

    static boolean employer(String before) {
        // or any of Datafaker's professions before "at" ("barista at third wave roasters")
        return EMPLOYER.matcher(before).find() || QuasiClasses.OCCUPATION.matcher(before).find();
    }

    /** The placeholder hint for a run of capitalised words, from its last word, or null when it is no place. */
    static String[] classify(List<Token> run, String phrase, String before) {
        Token head = run.getFirst();
        String lastWord = run.getLast().lower();
        if (SCHOOL.contains(lastWord) && run.size() > 1 || SCHOOL.contains(head.lower()) && run.size() > 1
                || run.stream().anyMatch(t -> t.lower().equals("school"))) {
            return new String[] {"ORG", "school"};
        }
        // the kind of street last ("Gorse Lane") or, in Romance languages, first ("Calle Mayor", "Via Roma")
        if (run.size() > 1 && (isStreet(lastWord) || Gazetteer.get().isStreetSuffix(head.lower()))) {
            return new String[] {"LOC", "street"};
        }
        if (FACILITY.contains(lastWord) && run.size() > 1 || FACILITY.contains(run.getLast().text()
                .toLowerCase(Locale.ROOT)) && run.size() > 1) {
            return new String[] {"LOC", facilityHint(run.getLast().text().toLowerCase(Locale.ROOT))};
        }
        if (ORG_SUFFIX.contains(lastWord) || phrase.contains("&") || phrase.matches(".*\\p{L}['’]s\\s+\\p{Lu}.*")
                || run.size() > 1 && run.stream().anyMatch(t -> ORG_SUFFIX.contains(t.lower()))) {
            return new String[] {"ORG", employer(before) ? "employer" : "organisation"};
        }
        if (run.size() > 1 && run.stream().anyMatch(t -> FACILITY.contains(t.lower()))) {
            return new String[] {"LOC", "facility"};
        }
        return null;
    }
}
