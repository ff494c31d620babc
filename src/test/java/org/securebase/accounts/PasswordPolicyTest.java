package org.securebase.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password1234",
                "123456789012",
                "qwertyuiopas",
                "iloveyou1234",
                "aaaaaaaaaaaaaaaa",
                "passwordpassword",
                "letmein12345"
            })
    void refusesCommonAndPatternedPasswords(String password) {
        assertThat(policy.problem(password))
                .hasValueSatisfying(p -> assertThat(p).contains("too common"));
    }

    @Test
    void refusesShortPasswordsWithoutCompositionRules() {
        assertThat(policy.problem("Xy7$kQ2!"))
                .hasValueSatisfying(p -> assertThat(p).contains("12 characters"));
    }

    @Test
    void acceptsALongPhraseWithoutDigitsOrSymbols() {
        assertThat(policy.problem("violet harbour quietly remembers")).isEmpty();
    }

    @Test
    void refusesThePersonsOwnNameAndEmail() {
        assertThat(policy.problem("margaretwhitfield", "margaret.whitfield@example.org", "Margaret Whitfield"))
                .isPresent();
    }

    @Test
    void refusesEmptyAndOversizedPasswords() {
        assertThat(policy.problem("")).isPresent();
        assertThat(policy.problem("x".repeat(129)))
                .hasValueSatisfying(p -> assertThat(p).contains("at most"));
    }

    /** Whatever the policy accepts, the password encoder can hash: bcrypt takes at most 72 bytes. */
    @Test
    void everyAcceptedPasswordCanBeStored() {
        var encoder =
                org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String longest = "violet harbour quietly remembers the amber lanterns of a northern pier!!";
        assertThat(longest.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(72);
        assertThat(policy.problem(longest)).isEmpty();
        assertThat(encoder.matches(longest, encoder.encode(longest))).isTrue();
        assertThat(policy.problem(longest + "x"))
                .hasValueSatisfying(p -> assertThat(p).contains("at most 72"));
        String accented = "é".repeat(37);
        assertThat(policy.problem(accented)).as("74 bytes in 37 letters").isPresent();
    }
}
