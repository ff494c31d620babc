package org.securebase.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.AccountService;
import org.securebase.accounts.TestAccounts;
import org.securebase.audit.AuditTrail;
import org.securebase.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** A new email waits for a link sent to it; the old address is told at once. */
@DatabaseTest
class EmailChangeTest {

    @Autowired
    EmailChangeMails changes;

    @Autowired
    EmailChangeLinkRepository links;

    @Autowired
    AccountService service;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestMail mail;

    @Autowired
    AuditTrail audit;

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailSettings settings;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private EmailChangeMails at(Duration later) {
        return new EmailChangeMails(
                service, links, outbox, settings, transactions, Clock.offset(Clock.systemUTC(), later));
    }

    /** Signs in a new active member and asks to move them to a new address; returns the member's id. */
    private long memberAsking(String name, String newEmail) {
        long id = accounts.active(name, Role.THERAPIST);
        accounts.signInAs(id);
        ask(id, newEmail);
        return id;
    }

    private void ask(long id, String newEmail) {
        service.updateProfile(accounts.load(id).getDisplayName(), newEmail, TestAccounts.PASSWORD);
    }

    private List<TestMail.Received> mailsTo(String email) {
        mail.deliver();
        return mail.to(email);
    }

    private String token(String email) {
        String link = mailsTo(email).getLast().link(EmailChangeMails.PATH);
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private static String fresh(String name) {
        return TestAccounts.unique(name).replaceAll("\\W", "").toLowerCase() + "@example.org";
    }

    @Test
    void a_request_tells_the_old_address_and_sends_the_new_one_a_link_and_changes_nothing_yet() {
        long id = accounts.active("Mover Mia", Role.THERAPIST);
        String old = accounts.emailOf(id);
        String next = fresh("new");
        accounts.signInAs(id);
        ask(id, next);

        assertThat(accounts.load(id).getEmail()).isEqualTo(old);
        assertThat(service.pendingEmail()).contains(next);
        assertThat(mailsTo(old)).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Your SecureBase email is being changed");
            assertThat(m.body())
                    .contains("being changed to " + next.charAt(0) + "***@example.org")
                    .contains("If this wasn't you, reset your password")
                    .contains("/forgot-password")
                    .doesNotContain(next);
        });
        assertThat(mailsTo(next)).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Confirm your new email for SecureBase");
            assertThat(m.body())
                    .contains("/" + EmailChangeMails.PATH + "?token=")
                    .contains("24 hours");
        });
        EmailChangeLink row =
                links.findByTokenHash(OneTimeLink.hash(token(next))).orElseThrow();
        assertThat(row.getNewEmail()).isEqualTo(next);
        assertThat(Duration.between(row.getCreatedAt(), row.getExpiresAt())).isEqualTo(EmailVerifications.VALID);
        accounts.signInAs(accounts.active("Auditing Admin", Role.ADMIN));
        assertThat(audit.search(accounts.load(id).getDisplayName(), 0, 20))
                .anyMatch(l -> l.action().equals("account.profile-updated")
                        && l.reason().contains("email change to")
                        && !l.reason().contains(next));
    }

    @Test
    void the_link_confirms_only_for_its_own_account_and_only_once() {
        String next = fresh("once");
        long id = memberAsking("Once Olga", next);
        String token = token(next);

        accounts.signInAs(accounts.active("Stranger Sam", Role.THERAPIST));
        assertThat(changes.confirm(token)).isEqualTo(EmailChangeMails.Outcome.OTHER_ACCOUNT);
        assertThat(accounts.load(id).getEmail()).isNotEqualTo(next);

        accounts.signInAs(id);
        assertThat(changes.confirm(token)).isEqualTo(EmailChangeMails.Outcome.CHANGED);
        assertThat(accounts.load(id).getEmail()).isEqualTo(next);
        assertThat(service.pendingEmail()).isEmpty();
        assertThat(changes.confirm(token)).isEqualTo(EmailChangeMails.Outcome.EXPIRED);
        assertThat(changes.confirm("not-a-token")).isEqualTo(EmailChangeMails.Outcome.EXPIRED);
        assertThat(changes.confirm(null)).isEqualTo(EmailChangeMails.Outcome.EXPIRED);
        accounts.signInAs(accounts.active("Audit Reader", Role.ADMIN));
        assertThat(audit.search(accounts.load(id).getDisplayName(), 0, 20))
                .anyMatch(l -> l.action().equals("account.email-changed"));
    }

    @Test
    void an_expired_link_is_refused() {
        String next = fresh("late");
        long id = memberAsking("Late Lara", next);
        String token = token(next);
        assertThat(at(EmailVerifications.VALID.plusMinutes(1)).confirm(token))
                .isEqualTo(EmailChangeMails.Outcome.EXPIRED);
        assertThat(accounts.load(id).getEmail()).isNotEqualTo(next);
        assertThat(at(EmailVerifications.VALID.minusMinutes(1)).confirm(token))
                .isEqualTo(EmailChangeMails.Outcome.CHANGED);
    }

    @Test
    void a_new_request_replaces_the_old_one() {
        String first = fresh("first");
        long id = memberAsking("Twice Tom", first);
        String firstToken = token(first);
        String second = fresh("second");
        ask(id, second);
        assertThat(service.pendingEmail()).contains(second);
        assertThat(changes.confirm(firstToken)).isEqualTo(EmailChangeMails.Outcome.EXPIRED);
        assertThat(changes.confirm(token(second))).isEqualTo(EmailChangeMails.Outcome.CHANGED);
        assertThat(accounts.load(id).getEmail()).isEqualTo(second);
    }

    @Test
    void a_cancelled_request_leaves_a_link_that_confirms_nothing() {
        String next = fresh("cancel");
        long id = memberAsking("Cancel Cleo", next);
        String old = accounts.load(id).getEmail();
        service.cancelEmailChange();
        assertThat(service.pendingEmail()).isEmpty();
        assertThat(changes.confirm(token(next))).isEqualTo(EmailChangeMails.Outcome.EXPIRED);
        assertThat(accounts.load(id).getEmail()).isEqualTo(old);
    }

    @Test
    void an_address_another_account_took_meanwhile_is_refused() {
        String next = fresh("taken");
        long slow = memberAsking("Slow Sid", next);
        String slowToken = token(next);
        long quick = memberAsking("Quick Quinn", next);
        assertThat(changes.confirm(token(next))).isEqualTo(EmailChangeMails.Outcome.CHANGED);
        accounts.signInAs(slow);
        assertThat(changes.confirm(slowToken)).isEqualTo(EmailChangeMails.Outcome.TAKEN);
        assertThat(accounts.load(slow).getEmail()).isNotEqualTo(next);
        assertThat(accounts.load(quick).getEmail()).isEqualTo(next);
    }
}
