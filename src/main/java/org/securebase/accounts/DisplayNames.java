package org.securebase.accounts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Display names a member chooses must not pass for someone else's: a name that matches another member's once
 * case, accents, spacing, punctuation and look-alike letters are set aside is refused, and so is a role word
 * (staff names carry a role badge instead, which no one can type).
 */
@Component
public class DisplayNames {

    private static final Pattern ROLE_WORDS =
            Pattern.compile("\\b(admin|administrator|moderator|supervisor|staff|securebase)\\b");
    /** Letters from other scripts that look like Latin ones, and digits that look like letters. */
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
            Map.entry('а', 'a'),
            Map.entry('е', 'e'),
            Map.entry('о', 'o'),
            Map.entry('р', 'p'),
            Map.entry('с', 'c'),
            Map.entry('у', 'y'),
            Map.entry('х', 'x'),
            Map.entry('і', 'l'),
            Map.entry('ј', 'j'),
            Map.entry('ѕ', 's'),
            Map.entry('һ', 'h'),
            Map.entry('к', 'k'),
            Map.entry('м', 'm'),
            Map.entry('н', 'h'),
            Map.entry('т', 't'),
            Map.entry('в', 'b'),
            Map.entry('ο', 'o'),
            Map.entry('α', 'a'),
            Map.entry('ε', 'e'),
            Map.entry('ι', 'l'),
            Map.entry('κ', 'k'),
            Map.entry('ν', 'v'),
            Map.entry('ρ', 'p'),
            Map.entry('τ', 't'),
            Map.entry('υ', 'u'),
            Map.entry('χ', 'x'),
            Map.entry('0', 'o'),
            Map.entry('1', 'l'),
            Map.entry('i', 'l'));

    private final AccountRepository accounts;

    public DisplayNames(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /**
     * What is wrong with this name for this account ({@code null} for a new one), if anything. A name the account
     * already has is never refused, so older look-alikes are not forced to change.
     */
    public Optional<String> problem(String name, Long accountId, String currentName) {
        if (name.isEmpty()) {
            return Optional.of("Please choose a display name.");
        }
        if (name.length() > 60) {
            return Optional.of("Use at most 60 characters.");
        }
        if (!name.matches(org.securebase.shared.Inputs.SINGLE_LINE)) {
            return Optional.of("Use a single line of text.");
        }
        String key = key(name);
        if (currentName != null && key.equals(key(currentName))) {
            return Optional.empty();
        }
        if (key.equals(key(Account.FORMER_MEMBER))) {
            return Optional.of("This name is kept for closed accounts. Please choose another.");
        }
        if (key.isEmpty()) {
            return Optional.of("Use at least one letter or digit.");
        }
        if (ROLE_WORDS
                .matcher(Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT))
                .find()) {
            return Optional.of(
                    "Leave role words out of your name: supervisors and administrators are shown with " + "a badge.");
        }
        boolean taken = accounts.findAllDisplayNames().stream()
                .anyMatch(other -> !other[0].equals(accountId) && key.equals(key((String) other[1])));
        return taken
                ? Optional.of("This name is too close to another member's. Please add something that tells "
                        + "you apart, such as a surname or your town.")
                : Optional.empty();
    }

    /** The name with case, accents, spacing, punctuation and look-alike characters set aside. */
    public static String key(String name) {
        String decomposed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(Character::isLetterOrDigit).forEach(cp -> {
            Character lookAlike = cp < Character.MIN_SUPPLEMENTARY_CODE_POINT ? LOOK_ALIKES.get((char) cp) : null;
            key.appendCodePoint(lookAlike != null ? lookAlike : cp);
        });
        return key.toString();
    }
}
