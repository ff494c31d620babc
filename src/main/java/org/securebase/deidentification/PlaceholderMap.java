package org.securebase.deidentification;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thread's identifiers and their placeholders, across its title, template fields and comments: the same person
 * keeps the same placeholder everywhere, two people never share one, and a person the text names by role gets the
 * role ("her grandson Leo" is [Grandson]). The client, named without a role, is [Client A]; other people are
 * [Person B], [Person C]...
 * <p>
 * The map is meant to be stored, so it never holds an identifier's text: each identifier is stored under
 * {@code keyOf(normalise(identifier))}, where the application passes a keyed hash (an HMAC). The same key function
 * answers whether a word of a later comment is one of this thread's identifiers. Not thread-safe: one map per
 * thread being checked.
 */
public final class PlaceholderMap {

    private static final Pattern LETTERED = Pattern.compile("\\[(?:Client|Person) ([A-Z]+)]");
    private static final Pattern TITLE = Pattern.compile("^(?:(?:mr|mrs|ms|miss|mx|dr|prof|rev|sgt)\\.?\\s+)+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s$");
    private static final Pattern EDGES = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");

    private final Function<String, String> keyOf;
    private final Map<String, String> entries;

    /** A fresh map that keys identifiers by their normalised text (for the command line and tests). */
    public PlaceholderMap() {
        this(PlaceholderMap::normalise, Map.of());
    }

    /**
     * @param keyOf   turns a normalised identifier into the stored key (the application passes an HMAC)
     * @param entries the thread's stored entries, key to placeholder
     */
    public PlaceholderMap(Function<String, String> keyOf, Map<String, String> entries) {
        this.keyOf = Objects.requireNonNull(keyOf);
        this.entries = new LinkedHashMap<>(entries);
    }

    /** Lower case, Unicode NFC, no title, possessive or surrounding punctuation, single spaces. */
    public static String normalise(String identifier) {
        String s = Normalizer.normalize(identifier, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .strip()
                .replace('’', '\'');
        s = SPACES.matcher(s).replaceAll(" ");
        s = TITLE.matcher(s).replaceFirst("");
        s = POSSESSIVE.matcher(s).replaceFirst("");
        return EDGES.matcher(s).replaceAll("");
    }

    /** Key to placeholder, for saving with the thread. */
    public Map<String, String> entries() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** The placeholder this thread gave the identifier, if any. */
    public Optional<String> placeholderOf(String identifier) {
        String normalised = normalise(identifier);
        return normalised.isEmpty() ? Optional.empty() : Optional.ofNullable(entries.get(keyOf.apply(normalised)));
    }

    /** Whether the word or phrase is an identifier already known in this thread. */
    public boolean isKnown(String identifier) {
        return placeholderOf(identifier).isPresent();
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The placeholder for a detection; a new identifier is entered in the map. */
    String placeholderFor(String surface, IdentifierType type, String hint, String role) {
        if (type == IdentifierType.AGE) {
            return "90+";
        }
        if (type == IdentifierType.DATE) {
            return "[Date]";
        }
        String normalised = normalise(surface);
        if (normalised.isEmpty()) {
            return generic(type, hint);
        }
        if (type != IdentifierType.NAME) {
            return entries.computeIfAbsent(keyOf.apply(normalised), k -> generic(type, hint));
        }
        String[] parts = normalised.split(" ");
        // the whole name, else its first word ("Ruth Abernathy" then "Ruth"); a surname alone matches
        // through its own key ("Abernathy"), but "Summer Whitlock" is not "Dawn Whitlock"
        String known = entries.get(keyOf.apply(normalised));
        if (known == null) {
            known = entries.get(keyOf.apply(parts[0]));
        }
        String placeholder = known != null ? known : newPerson(role);
        entries.putIfAbsent(keyOf.apply(normalised), placeholder);
        for (String part : parts) {
            if (part.length() > 1) {
                entries.putIfAbsent(keyOf.apply(part), placeholder);
            }
        }
        return placeholder;
    }

    private String newPerson(String role) {
        String label = role == null ? null : roleLabel(role);
        if (label != null && !label.equals("Client")) {
            String plain = "[" + label + "]";
            // a second sister is [Sister B], a third [Sister C]
            long same = entries.values().stream()
                    .distinct()
                    .filter(v -> v.equals(plain) || v.startsWith("[" + label + " "))
                    .count();
            return same == 0 ? plain : "[" + label + " " + letters((int) same) + "]";
        }
        boolean client = entries.values().stream().anyMatch(v -> v.startsWith("[Client "));
        return (client ? "[Person " : "[Client ") + nextLetter() + "]";
    }

    /** The next letter no placeholder of this thread uses yet: A, B, ... Z, AA, AB... */
    private String nextLetter() {
        int used = 0;
        for (String value : entries.values()) {
            Matcher m = LETTERED.matcher(value);
            if (m.matches()) {
                used = Math.max(used, index(m.group(1)) + 1);
            }
        }
        return letters(used);
    }

    private static int index(String letters) {
        int n = 0;
        for (char c : letters.toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }

    private static String letters(int index) {
        StringBuilder s = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            n--;
            s.insert(0, (char) ('A' + n % 26));
            n /= 26;
        }
        return s.toString();
    }

    static String roleLabel(String role) {
        String r = role.toLowerCase(Locale.ROOT).replace('é', 'e');
        return switch (r) {
            case "mum", "mom", "mam", "mother" -> "Mother";
            case "dad", "father" -> "Father";
            case "nan", "nana", "nanna", "gran", "granny", "grandma", "ouma", "nonna", "abuela", "grandmother" ->
                "Grandmother";
            case "grandad", "granddad", "grandpa", "oupa", "nonno", "abuelo", "grandfather" -> "Grandfather";
            case "bf" -> "Boyfriend";
            case "gf" -> "Girlfriend";
            case "gp" -> "GP";
            case "ex" -> "Ex-partner";
            case "aunty", "auntie" -> "Aunt";
            case "neighbor" -> "Neighbour";
            case "dog", "cat", "puppy", "kitten", "horse", "pony", "pet", "rabbit", "hamster" -> "Pet";
            case "client", "patient", "pt" -> "Client";
            default -> {
                StringBuilder label = new StringBuilder();
                for (String word : r.split(" ")) {
                    label.append(label.isEmpty() ? "" : " ")
                            .append(Character.toUpperCase(word.charAt(0)))
                            .append(word.substring(1));
                }
                yield label.toString();
            }
        };
    }

    static String generic(IdentifierType type, String hint) {
        return switch (type) {
            case NAME -> "[Person]";
            case LOC ->
                switch (hint) {
                    case "street" -> "[Street]";
                    case "address" -> "[Address]";
                    case "hospital" -> "[Hospital]";
                    case "shelter" -> "[Shelter]";
                    case "prison" -> "[Prison]";
                    case "city" -> "[City]";
                    default -> "[Place]";
                };
            case ORG ->
                switch (hint) {
                    case "school" -> "[School]";
                    case "employer" -> "[Employer]";
                    default -> "[Organisation]";
                };
            case DATE -> "[Date]";
            case AGE -> "90+";
            case CONTACT ->
                switch (hint) {
                    case "email" -> "[Email]";
                    case "url" -> "[URL]";
                    case "ip" -> "[IP address]";
                    case "handle" -> "[Handle]";
                    default -> "[Phone]";
                };
            case ID -> "[ID]";
        };
    }

    /** The kind of identifier a stored placeholder stands for. */
    static IdentifierType typeOf(String placeholder) {
        return switch (placeholder) {
            case "[Street]", "[Address]", "[Hospital]", "[Shelter]", "[Prison]", "[City]", "[Place]" ->
                IdentifierType.LOC;
            case "[School]", "[Employer]", "[Organisation]" -> IdentifierType.ORG;
            case "[Email]", "[URL]", "[IP address]", "[Handle]", "[Phone]" -> IdentifierType.CONTACT;
            case "[ID]" -> IdentifierType.ID;
            case "[Date]" -> IdentifierType.DATE;
            case "90+" -> IdentifierType.AGE;
            default -> IdentifierType.NAME;
        };
    }
}
