package org.securebase.accounts;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Password rules after NIST SP 800-63B: at least 12 characters, no composition rules, and no password that is
 * common or easy to guess. zxcvbn's packaged frequency lists (common passwords, words, names, keyboard patterns)
 * decide "easy to guess"; the member's own name and email count as guessable too.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes, and Spring Security refuses to hash more rather than ignore the rest. */
    public static final int MAX_BYTES = 72;

    private static final int MIN_SCORE = 3;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** The problem with this password in words, or empty when it is acceptable. */
    public Optional<String> problem(String password, String... personalWords) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Please choose a password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(
                    "Use at least " + MIN_LENGTH + " characters; a phrase of a few words is easy to remember.");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Use at most " + MAX_BYTES + " characters (fewer with accented letters or other "
                    + "scripts): a longer password cannot be stored safely.");
        }
        List<String> inputs = new ArrayList<>(List.of("securebase", "secure", "base", "therapy", "therapist"));
        for (String word : personalWords) {
            if (word != null && !word.isBlank()) {
                inputs.addAll(List.of(word.toLowerCase().split("[\\s@.]+")));
            }
        }
        Strength strength = zxcvbn.measure(password, inputs);
        if (strength.getScore() < MIN_SCORE) {
            return Optional.of(
                    "This password is too common or too easy to guess. " + "Try a longer phrase of unrelated words.");
        }
        return Optional.empty();
    }
}
