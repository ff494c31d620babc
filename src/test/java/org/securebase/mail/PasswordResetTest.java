package org.securebase.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.TestAccounts;
import org.securebase.audit.AuditTrail;
import org.securebase.security.AccountStatus;
import org.securebase.security.Role;
import org.securebase.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
class PasswordResetTest {

    static final String NEW_PASSWORD = "copper kettle under winter moss";

    @Autowired
    PasswordResets resets;

    @Autowired
    PasswordResetRepository rows;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestMail mail;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuditTrail audit;

    @Autowired
    TransactionTemplate tx;

    private String token(String email) {
        mail.deliver();
        String link = mail.to(email).getFirst().link("reset-password");
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    @Test
    void a_known_and_an_unknown_address_get_the_same_answer_and_only_the_known_one_a_mail() {
        long id = accounts.active("Reset Known", Role.THERAPIST);
        String email = accounts.emailOf(id);
        long t0 = System.nanoTime();
        String known = resets.request(email, "client-a");
        long t1 = System.nanoTime();
        String unknown = resets.request("nobody-" + email, "client-a");
        long t2 = System.nanoTime();
        assertThat(known).isEqualTo(unknown).isEqualTo(PasswordResets.SENT);
        assertThat((t1 - t0) / 1_000_000).isGreaterThanOrEqualTo(PasswordResets.ANSWER_TIME.toMillis());
        assertThat((t2 - t1) / 1_000_000).isGreaterThanOrEqualTo(PasswordResets.ANSWER_TIME.toMillis());
        mail.deliver();
        assertThat(mail.to(email)).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Set a new SecureBase password");
            assertThat(m.body()).contains("http://localhost:8080/reset-password?token=");
        });
        assertThat(mail.to("nobody-" + email)).isEmpty();
    }

    @Test
    void suspended_and_pending_accounts_get_no_link() {
        long suspended = accounts.create("Reset Suspended", Role.THERAPIST, AccountStatus.SUSPENDED);
        long pending = accounts.create("Reset Pending", Role.THERAPIST, AccountStatus.PENDING);
        resets.request(accounts.emailOf(suspended), "client-b");
        resets.request(accounts.emailOf(pending), "client-b");
        mail.deliver();
        assertThat(mail.to(accounts.emailOf(suspended))).isEmpty();
        assertThat(mail.to(accounts.emailOf(pending))).isEmpty();
    }

    @Test
    void the_link_sets_a_password_once_and_only_its_hash_is_stored() {
        long id = accounts.active("Reset Once", Role.THERAPIST);
        String email = accounts.emailOf(id);
        resets.request(email, "client-c");
        String token = token(email);
        assertThat(rows.findByTokenHash(token)).isEmpty();
        assertThat(rows.findByTokenHash(OneTimeLink.hash(token))).isPresent();

        assertThat(resets.usable(token)).isTrue();
        assertThatThrownBy(() -> resets.reset(token, "password", "password"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("newPassword"));
        assertThat(resets.usable(token))
                .as("a refused password does not use the link up")
                .isTrue();
        assertThatThrownBy(() -> resets.reset(token, NEW_PASSWORD, NEW_PASSWORD + "x"))
                .isInstanceOf(InvalidInputException.class);

        resets.reset(token, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(encoder.matches(NEW_PASSWORD, accounts.load(id).getPasswordHash()))
                .isTrue();
        assertThat(accounts.load(id).getCredentialsChangedAt()).isNotNull();
        assertThat(resets.usable(token)).isFalse();
        assertThatThrownBy(() -> resets.reset(token, "another long passphrase here", "another long passphrase here"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).fieldErrors().get("token"))
                        .isEqualTo(PasswordResets.EXPIRED));
        mail.deliver();
        assertThat(mail.to(email))
                .extracting(TestMail.Received::subject)
                .contains("Your SecureBase password was changed");
        long admin = accounts.active("Reset Auditor", Role.ADMIN);
        accounts.signInAs(admin);
        try {
            assertThat(audit.search("Reset Once", 0, 20))
                    .anyMatch(l -> l.action().equals("account.password-reset"));
        } finally {
            accounts.signOut();
        }
    }

    @Test
    void an_expired_link_is_refused() {
        long id = accounts.active("Reset Expired", Role.THERAPIST);
        String email = accounts.emailOf(id);
        resets.request(email, "client-d");
        String token = token(email);
        long row = rows.findByTokenHash(OneTimeLink.hash(token)).orElseThrow().getId();
        tx.executeWithoutResult(t -> rows.expire(row, Instant.now().minusSeconds(1)));
        assertThat(resets.usable(token)).isFalse();
        assertThatThrownBy(() -> resets.reset(token, NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOf(InvalidInputException.class);
        assertThat(encoder.matches(TestAccounts.PASSWORD, accounts.load(id).getPasswordHash()))
                .isTrue();
    }

    @Test
    void requests_are_limited_per_address_and_per_client() {
        String address = "limited-" + System.nanoTime() + "@example.org";
        for (int i = 0; i < PasswordResets.PER_ADDRESS_PER_HOUR; i++) {
            resets.request(address, "client-e" + i);
        }
        assertThatThrownBy(() -> resets.request(address, "client-e-other"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Too many");
        String client = "client-f-" + System.nanoTime();
        for (int i = 0; i < PasswordResets.PER_CLIENT_PER_HOUR; i++) {
            resets.request("someone" + i + "-" + client + "@example.org", client);
        }
        assertThatThrownBy(() -> resets.request("one-more-" + client + "@example.org", client))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Too many");
    }
}
