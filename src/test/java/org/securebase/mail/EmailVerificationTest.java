package org.securebase.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.AccountEvents;
import org.securebase.accounts.AccountRepository;
import org.securebase.accounts.AccountService;
import org.securebase.accounts.SignUpForm;
import org.securebase.accounts.TestAccounts;
import org.securebase.audit.AuditTrail;
import org.securebase.security.AccountStatus;
import org.securebase.security.Role;
import org.securebase.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Email confirmation at sign-up, and the mails that tell a new member what became of their registration. */
@DatabaseTest
class EmailVerificationTest {

    @Autowired
    EmailVerifications verifications;

    @Autowired
    EmailVerificationRepository links;

    @Autowired
    AccountService service;

    @Autowired
    AccountRepository accountRows;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestMail mail;

    @Autowired
    AuditTrail audit;

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxRepository outboxRows;

    @Autowired
    MailSettings settings;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    /** The same service, seeing the time the given clock says (the injected clock is the system's). */
    private EmailVerifications at(Clock clock) {
        return new EmailVerifications(service, links, outbox, settings, transactions, clock);
    }

    private static Clock later(Duration by) {
        return Clock.offset(Clock.systemUTC(), by);
    }

    private SignUpForm signUp(String name) {
        SignUpForm form = TestAccounts.form(TestAccounts.unique(name));
        service.signUp(form);
        return form;
    }

    private long idOf(SignUpForm form) {
        return accountRows.findByEmail(form.getEmail()).orElseThrow().getId();
    }

    private List<TestMail.Received> mailsTo(String email) {
        mail.deliver();
        return mail.to(email);
    }

    /** The token of the newest confirmation link sent to this address. */
    private String token(String email) {
        String link = mailsTo(email).stream()
                .filter(m -> m.subject().equals("Confirm your email for SecureBase"))
                .reduce((first, second) -> second)
                .orElseThrow()
                .link("verify-email");
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private int pendingFound(String name) {
        return service.find(name, AccountStatus.PENDING, 0, 50).size();
    }

    @Test
    void a_sign_up_writes_a_confirmation_mail_with_a_link_and_only_the_tokens_hash_is_stored() {
        SignUpForm form = signUp("Confirm Mail");
        assertThat(accountRows.findByEmail(form.getEmail()))
                .get()
                .satisfies(a -> assertThat(a.isEmailVerified()).isFalse())
                .satisfies(a -> assertThat(a.getStatus()).isEqualTo(AccountStatus.PENDING));
        assertThat(mailsTo(form.getEmail())).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Confirm your email for SecureBase");
            assertThat(m.body())
                    .contains("http://localhost:8080/verify-email?token=")
                    .contains("24 hours")
                    .doesNotContain(form.getLicenceNumber())
                    .doesNotContain(form.getFullName());
        });
        String token = token(form.getEmail());
        assertThat(links.findByTokenHash(token)).isEmpty();
        EmailVerification row = links.findByTokenHash(OneTimeLink.hash(token)).orElseThrow();
        assertThat(row.getAccountId()).isEqualTo(idOf(form));
        assertThat(Duration.between(row.getCreatedAt(), row.getExpiresAt())).isEqualTo(EmailVerifications.VALID);
    }

    @Test
    void until_the_link_is_followed_supervisors_and_admins_neither_see_nor_verify_nor_refuse_the_request() {
        long admin = accounts.active("Confirm Admin", Role.ADMIN);
        long supervisor = accounts.active("Confirm Supervisor", Role.SUPERVISOR);
        SignUpForm form = signUp("Unconfirmed Una");
        long id = idOf(form);

        for (long verifier : List.of(admin, supervisor)) {
            accounts.signInAs(verifier);
            assertThat(pendingFound(form.getDisplayName())).isZero();
            assertThat(service.find(form.getEmail(), null, 0, 50)).isEmpty();
            assertThat(service.count(form.getDisplayName(), AccountStatus.PENDING))
                    .isZero();
            assertThat(service.count(form.getDisplayName(), null)).isZero();
            assertThatThrownBy(() -> service.verify(id))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not confirmed their email");
            assertThatThrownBy(() -> service.refuse(id, "No such licence")).isInstanceOf(IllegalStateException.class);
            assertThat(accounts.load(id).getStatus()).isEqualTo(AccountStatus.PENDING);
        }
        accounts.signOut();

        assertThat(verifications.confirm(token(form.getEmail()))).isEqualTo(EmailVerifications.Outcome.CONFIRMED);
        assertThat(accounts.load(id).isEmailVerified()).isTrue();

        accounts.signInAs(supervisor);
        assertThat(pendingFound(form.getDisplayName())).isEqualTo(1);
        assertThat(service.count(form.getDisplayName(), AccountStatus.PENDING)).isEqualTo(1);
        accounts.signInAs(admin);
        assertThat(audit.search(form.getDisplayName(), 0, 20))
                .anyMatch(l -> l.action().equals("account.email-verified"));
    }

    @Test
    void a_link_works_once_and_a_reload_says_the_email_is_already_confirmed() {
        SignUpForm form = signUp("Confirm Once");
        String token = token(form.getEmail());
        assertThat(verifications.confirm(token)).isEqualTo(EmailVerifications.Outcome.CONFIRMED);
        var confirmedAt = accounts.load(idOf(form)).getEmailVerifiedAt();
        assertThat(verifications.confirm(token)).isEqualTo(EmailVerifications.Outcome.ALREADY_CONFIRMED);
        assertThat(links.findByTokenHash(OneTimeLink.hash(token)).orElseThrow().getUsedAt())
                .isNotNull();
        assertThat(accounts.load(idOf(form)).getEmailVerifiedAt()).isEqualTo(confirmedAt);
        assertThat(verifications.confirm("not-a-real-token")).isEqualTo(EmailVerifications.Outcome.EXPIRED);
        assertThat(verifications.confirm("")).isEqualTo(EmailVerifications.Outcome.EXPIRED);
        assertThat(verifications.confirm(null)).isEqualTo(EmailVerifications.Outcome.EXPIRED);
    }

    @Test
    void a_link_expires_after_24_hours() {
        SignUpForm form = signUp("Confirm Late");
        String token = token(form.getEmail());
        assertThat(at(later(EmailVerifications.VALID.plusMinutes(1))).confirm(token))
                .isEqualTo(EmailVerifications.Outcome.EXPIRED);
        assertThat(accounts.load(idOf(form)).isEmailVerified()).isFalse();
        assertThat(links.findByTokenHash(OneTimeLink.hash(token)).orElseThrow().getUsedAt())
                .isNull();
        // Just before the day is out, the same link still works.
        assertThat(at(later(EmailVerifications.VALID.minusMinutes(1))).confirm(token))
                .isEqualTo(EmailVerifications.Outcome.CONFIRMED);
        assertThat(accounts.load(idOf(form)).isEmailVerified()).isTrue();
    }

    @Test
    void a_pending_member_may_ask_for_a_new_link_once_a_minute() {
        SignUpForm form = signUp("Confirm Again");
        long id = idOf(form);
        String first = token(form.getEmail());
        accounts.signInAs(id);
        assertThatThrownBy(() -> verifications.resend())
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).fieldErrors().get("resend"))
                        .contains("less than a minute ago"));
        assertThat(mailsTo(form.getEmail())).hasSize(1);

        assertThat(at(later(Duration.ofSeconds(61))).resend()).isEqualTo(form.getEmail());
        assertThat(mailsTo(form.getEmail())).hasSize(2);
        String second = token(form.getEmail());
        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> at(later(Duration.ofSeconds(90))).resend())
                .as("the limit counts from the newest link")
                .isInstanceOf(InvalidInputException.class);

        assertThat(verifications.confirm(second)).isEqualTo(EmailVerifications.Outcome.CONFIRMED);
        assertThat(verifications.confirm(first))
                .as("the other links are used up with the first that works")
                .isEqualTo(EmailVerifications.Outcome.ALREADY_CONFIRMED);
        assertThatThrownBy(() -> at(later(Duration.ofHours(1))).resend())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already confirmed");
    }

    @Test
    void a_repeated_sign_up_sends_a_fresh_link_only_to_an_unconfirmed_pending_account_and_changes_nothing_else() {
        SignUpForm form = signUp("Repeat Unconfirmed");
        long id = idOf(form);
        String hash = accounts.load(id).getPasswordHash();
        assertThat(mailsTo(form.getEmail())).hasSize(1);

        SignUpForm again = TestAccounts.form(TestAccounts.unique("Repeat Stranger"));
        again.setEmail(form.getEmail().toUpperCase());
        service.signUp(again); // within the minute: no second mail
        assertThat(mailsTo(form.getEmail())).hasSize(1);

        // A minute later, a repeated sign-up sends a fresh link (to the address only; the page says the same).
        ageLinks(id);
        service.signUp(again);
        assertThat(mailsTo(form.getEmail()))
                .hasSize(2)
                .allSatisfy(m -> assertThat(m.subject()).isEqualTo("Confirm your email for SecureBase"));
        assertThat(accounts.load(id).getDisplayName()).isEqualTo(form.getDisplayName());
        assertThat(accounts.load(id).getPasswordHash()).isEqualTo(hash);

        // Confirmed, or active: a repeated sign-up sends nothing.
        verifications.confirm(token(form.getEmail()));
        ageLinks(id);
        service.signUp(again);
        long active = accounts.active("Repeat Active", Role.THERAPIST);
        SignUpForm onActive = TestAccounts.form(TestAccounts.unique("Repeat Other"));
        onActive.setEmail(accounts.emailOf(active));
        service.signUp(onActive);
        assertThat(mailsTo(form.getEmail())).hasSize(2);
        assertThat(mailsTo(accounts.emailOf(active))).isEmpty();
    }

    /** Makes an account's links look two minutes old, as if a minute had passed. */
    private void ageLinks(long accountId) {
        jdbc.update(
                "update email_verification set created_at = ? where account_id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(2),
                accountId);
    }

    @Test
    void verifying_mails_the_member_that_the_account_is_active() {
        long supervisor = accounts.active("Deciding Supervisor", Role.SUPERVISOR);
        SignUpForm form = signUp("Soon Active");
        verifications.confirm(token(form.getEmail()));
        accounts.signInAs(supervisor);
        service.verify(idOf(form));
        assertThat(accounts.load(idOf(form)).getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(mailsTo(form.getEmail()))
                .filteredOn(m -> m.subject().equals("Your SecureBase account is active"))
                .singleElement()
                .satisfies(m -> assertThat(m.link("login")).isEqualTo("http://localhost:8080/login"));
        assertThat(jdbc.queryForList("select kind from mail_outbox where recipient = ?", String.class, form.getEmail()))
                .containsExactlyInAnyOrder("EMAIL_VERIFICATION", "ACCOUNT_DECISION");
    }

    @Test
    void refusing_needs_a_reason_and_mails_it_to_the_member_who_can_no_longer_sign_in() {
        long admin = accounts.active("Refusing Admin", Role.ADMIN);
        SignUpForm form = signUp("Soon Refused");
        long id = idOf(form);
        verifications.confirm(token(form.getEmail()));
        accounts.signInAs(admin);
        assertThatThrownBy(() -> service.refuse(id, "   "))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("reason"));
        assertThat(accounts.load(id).getStatus()).isEqualTo(AccountStatus.PENDING);

        service.refuse(id, "The registration number is not on the board's register");
        assertThat(accounts.load(id).getStatus()).isEqualTo(AccountStatus.REFUSED);
        assertThat(accounts.load(id).getStatusReason())
                .isEqualTo("The registration number is not on the board's register");
        assertThat(audit.search(form.getDisplayName(), 0, 20))
                .anyMatch(l ->
                        l.action().equals("account.refused") && l.reason().contains("not on the board's register"));
        assertThat(mailsTo(form.getEmail()))
                .filteredOn(m -> m.subject().equals("Your request to join SecureBase was refused"))
                .singleElement()
                .satisfies(m -> assertThat(m.body())
                        .contains("Reason: The registration number is not on the " + "board's register")
                        .contains(MailTexts.SIGNATURE.strip()));
        assertThatThrownBy(() -> service.verify(id)).isInstanceOf(IllegalStateException.class);
        assertThat(pendingFound(form.getDisplayName())).isZero();
        assertThat(service.find(form.getDisplayName(), AccountStatus.REFUSED, 0, 5))
                .hasSize(1);
    }

    @Test
    void with_mail_off_no_link_can_be_sent_so_the_address_is_taken_as_it_is() {
        SignUpForm form = signUp("Mail Off");
        long id = idOf(form);
        MailOutbox off = new MailOutbox(
                outboxRows,
                settings,
                new StaticListableBeanFactory().getBeanProvider(MailSender.class),
                Clock.systemUTC());
        EmailVerifications withoutMail =
                new EmailVerifications(service, links, off, settings, transactions, Clock.systemUTC());
        assertThat(withoutMail.on()).isFalse();
        tx.executeWithoutResult(t -> withoutMail.signedUp(new AccountEvents.SignedUp(id, form.getEmail())));
        assertThat(accounts.load(id).isEmailVerified()).isTrue();
    }
}
