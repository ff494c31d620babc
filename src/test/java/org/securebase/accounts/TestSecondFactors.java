package org.securebase.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Test staff's second factor: every supervisor and admin that {@link TestAccounts} creates is enrolled with
 * {@link #KEY}, so a test signs them in through the code page with a code it computes, as a member's phone would.
 * Codes are never accepted twice, so {@link #nextCode} reads the last accepted time step from the database and
 * gives the next one (waiting when a test signs one account in more than twice in 30 seconds).
 */
@Component
public class TestSecondFactors {

    /** The authenticator key of every test staff account (Base32). */
    public static final String KEY = "TESTSECUREBASETESTSECUREBASETEST";

    private final NamedParameterJdbcTemplate jdbc;
    private final SecondFactors factors;
    private final PasswordEncoder encoder;
    private final TotpSecrets secrets;

    public TestSecondFactors(
            NamedParameterJdbcTemplate jdbc, SecondFactors factors, PasswordEncoder encoder, TotpSecrets secrets) {
        this.jdbc = jdbc;
        this.factors = factors;
        this.encoder = encoder;
        this.secrets = secrets;
    }

    /** Whether this password is the account's, so that signing in with it leads past the login page. */
    public boolean passwordIsRight(String email, String password) {
        List<String> hashes = jdbc.queryForList(
                "select password_hash from account where email = :email",
                Map.of("email", Emails.normalise(email)),
                String.class);
        return !hashes.isEmpty() && encoder.matches(password, hashes.getFirst());
    }

    /** Enrols the account with {@link #KEY}, stored encrypted as the app stores it, without recovery codes. */
    public void enrol(long accountId) {
        jdbc.update(
                "update account set totp_secret = :key, totp_enrolled_at = :at, totp_last_step = 0 where id = :id",
                Map.of("key", secrets.seal(KEY), "at", Timestamp.from(Instant.now()), "id", accountId));
    }

    /** Enrols with {@link #KEY} and returns ten recovery codes, as an enrolment would show them. */
    public List<String> enrolWithRecoveryCodes(long accountId) {
        return factors.enrolWithKey(accountId, KEY);
    }

    /** Whether signing in as this email leads to the code page (or to enrolment). */
    public boolean required(String email) {
        Long id = jdbc.queryForObject(
                "select id from account where email = :email", Map.of("email", Emails.normalise(email)), Long.class);
        return id != null && AccountActorsAccess.required(jdbc, id);
    }

    public boolean enrolled(String email) {
        Integer n = jdbc.queryForObject(
                "select count(*) from account where email = :email and totp_secret is not null",
                Map.of("email", Emails.normalise(email)),
                Integer.class);
        return n != null && n > 0;
    }

    /** A code for {@link #KEY} that the app has not accepted for this account yet. */
    public String nextCode(String email) {
        Long last = jdbc.queryForObject(
                "select totp_last_step from account where email = :email",
                Map.of("email", Emails.normalise(email)),
                Long.class);
        return codeAfter(KEY, last == null ? Long.MIN_VALUE : last);
    }

    /** The code for the first time step after {@code lastStep} that is no more than one step ahead of now. */
    public static String codeAfter(String key, long lastStep) {
        long now = SecondFactors.stepAt(Instant.now());
        long step = Math.max(now, lastStep + 1);
        while (step > SecondFactors.stepAt(Instant.now()) + 1) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return SecondFactors.codeAt(key, step);
    }

    /** The code an app shows now for this key. */
    public static String codeNow(String key) {
        return SecondFactors.codeAt(key, SecondFactors.stepAt(Instant.now()));
    }

    /** Mirrors the rule of {@code AccountActors} for tests that only have the database. */
    static final class AccountActorsAccess {
        private AccountActorsAccess() {}

        static boolean required(NamedParameterJdbcTemplate jdbc, long id) {
            Integer n = jdbc.queryForObject(
                    "select count(*) from account a where a.id = :id and a.status = 'ACTIVE' and (a.role <> 'THERAPIST'"
                            + " or a.totp_secret is not null or exists (select 1 from consultation_group g where"
                            + " g.requires_second_factor = true and (g.open_to_all = true or exists (select 1 from"
                            + " group_member m where m.group_id = g.id and m.account_id = a.id)))"
                            + " or exists (select 1 from user_entities u join user_credentials c on"
                            + " c.user_entity_user_id = u.id where u.account_id = a.id))",
                    Map.of("id", id),
                    Integer.class);
            return n != null && n > 0;
        }
    }
}
