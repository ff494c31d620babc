package org.securebase.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

/**
 * The authenticator secret at rest: what the column holds is not the secret, sign-in with a computed code still
 * works, a secret stored plain by an earlier version is encrypted at the next start, and the key's configuration.
 */
@DatabaseTest
class TotpSecretsTest {

    @Autowired
    TotpSecrets secrets;

    @Autowired
    SecondFactors factors;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestSecondFactors testFactors;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private String stored(long id) {
        return jdbc.queryForObject("select totp_secret from account where id = :id", Map.of("id", id), String.class);
    }

    @Test
    void theStoredColumnIsNotTheSecretAndACodeFromItStillSignsIn() {
        long supervisor = accounts.active(TestAccounts.unique("Encrypted Secret"), Role.SUPERVISOR);
        factors.enrolWithKey(supervisor, TestSecondFactors.KEY);
        String column = stored(supervisor);
        assertThat(column)
                .isNotEqualTo(TestSecondFactors.KEY)
                .startsWith(TotpSecrets.PREFIX)
                .doesNotContain("TEST");
        assertThat(secrets.open(column)).isEqualTo(TestSecondFactors.KEY);
        assertThat(secrets.seal(TestSecondFactors.KEY))
                .as("a fresh IV each time")
                .isNotEqualTo(column);

        accounts.signInWithPasswordOnly(supervisor);
        factors.verify(testFactors.nextCode(accounts.emailOf(supervisor)));
        assertThat(factors.factorGivenRecently()).isTrue();
    }

    @Test
    void aSecretEnrolledInTheAppIsStoredEncrypted() {
        long therapist = accounts.active(TestAccounts.unique("Encrypted Enrolment"), Role.THERAPIST);
        accounts.signInAs(therapist);
        SecondFactors.Enrolment enrolment = factors.startEnrolment();
        factors.confirmEnrolment(enrolment.secret(), TestSecondFactors.codeNow(enrolment.secret()));
        assertThat(stored(therapist)).isNotEqualTo(enrolment.secret()).startsWith(TotpSecrets.PREFIX);
        assertThat(secrets.open(stored(therapist))).isEqualTo(enrolment.secret());
    }

    @Test
    void aPlainSecretFromAnEarlierVersionIsEncryptedAtTheNextStartAndStillSignsIn() {
        long admin = accounts.active(TestAccounts.unique("Plain Secret"), Role.ADMIN);
        jdbc.update(
                "update account set totp_secret = :key, totp_last_step = 0 where id = :id",
                Map.of("key", TestSecondFactors.KEY, "id", admin));

        // read as it is until then
        accounts.signInWithPasswordOnly(admin);
        factors.verify(testFactors.nextCode(accounts.emailOf(admin)));

        assertThat(secrets.encryptPlainSecrets()).isPositive();
        assertThat(stored(admin)).isNotEqualTo(TestSecondFactors.KEY).startsWith(TotpSecrets.PREFIX);
        assertThat(secrets.encryptPlainSecrets()).as("nothing twice").isZero();

        accounts.signInWithPasswordOnly(admin);
        factors.verify(testFactors.nextCode(accounts.emailOf(admin)));
    }

    @Test
    void theKeyComesFromConfigurationWithADevelopmentKeyOnlyForTheDemoAndTheTests() {
        MockEnvironment production = new MockEnvironment();
        assertThat(TotpSecrets.cipher(production, "", ""))
                .as("no key: not encrypted, loudly")
                .isNull();
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        assertThat(TotpSecrets.cipher(demo, "", "")).isNotNull();
        assertThatThrownBy(() -> TotpSecrets.cipher(production, "too short", "0123456789abcdef"))
                .hasMessageContaining("at least 32");
        assertThatThrownBy(() -> TotpSecrets.cipher(production, "a".repeat(64), ""))
                .hasMessageContaining("securebase.secrets.salt");
        assertThatThrownBy(() -> TotpSecrets.cipher(production, "a".repeat(64), "not hex at all!!"))
                .hasMessageContaining("securebase.secrets.salt");

        var one = TotpSecrets.cipher(production, "k".repeat(40), "0123456789abcdef");
        var other = TotpSecrets.cipher(production, "l".repeat(40), "0123456789abcdef");
        byte[] sealed = one.encrypt("SECRET".getBytes());
        assertThat(new String(one.decrypt(sealed))).isEqualTo("SECRET");
        assertThatThrownBy(() -> other.decrypt(sealed))
                .as("another key cannot read it")
                .isInstanceOf(Exception.class);
    }
}
