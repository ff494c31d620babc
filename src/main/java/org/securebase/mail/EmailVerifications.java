package org.securebase.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.securebase.accounts.AccountDetails;
import org.securebase.accounts.AccountEvents;
import org.securebase.accounts.AccountService;
import org.securebase.accounts.AddressConfirmation;
import org.securebase.security.AccountStatus;
import org.securebase.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Email confirmation at sign-up: a link by mail, valid for 24 hours and once, written to the outbox in the
 * sign-up's own transaction; only the SHA-256 hash of its token is stored. Until the link is followed, supervisors
 * and admins do not see the registration. A pending member may ask for a fresh link, at most once a minute (the
 * limit is read from the database, so it holds across instances and follows the injected clock).
 * <p>
 * When mail is off (no SMTP server) no link can be sent, so the address is taken as it is and the registration
 * goes straight to the supervisors; the audit trail says so.
 */
@Service
public class EmailVerifications implements AddressConfirmation {

    private static final Logger log = LoggerFactory.getLogger(EmailVerifications.class);

    public static final Duration VALID = Duration.ofHours(24);
    public static final Duration RESEND_AFTER = Duration.ofMinutes(1);
    public static final String CONFIRMED = "Thank you, your email is confirmed. A supervisor will now check your "
            + "registration; we will email you when it is done.";
    public static final String EXPIRED = "This link has expired or has already been used. Links work once, for "
            + "24 hours. Sign in and choose \u201cSend the link again\u201d to get a new one.";
    static final String MAIL_OFF = "mail is off: no link could be sent, so the address was not checked";

    /** What following a link did. */
    public enum Outcome {
        /** The address is now confirmed. */
        CONFIRMED,
        /** The link was used or expired, but the account's address is confirmed anyway (a reload, a second link). */
        ALREADY_CONFIRMED,
        /** Unknown, used or expired, and the address is not confirmed: ask for a new link. */
        EXPIRED
    }

    private final AccountService accounts;
    private final EmailVerificationRepository links;
    private final MailOutbox outbox;
    private final MailSettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    public EmailVerifications(
            AccountService accounts,
            EmailVerificationRepository links,
            MailOutbox outbox,
            MailSettings settings,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.outbox = outbox;
        this.settings = settings;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Whether links can be sent at all (the sign-up page words its answer by it). */
    @Override
    public boolean on() {
        return outbox.on();
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void signedUp(AccountEvents.SignedUp event) {
        if (!outbox.on()) {
            accounts.confirmEmail(event.accountId(), MAIL_OFF);
            return;
        }
        send(event.accountId(), event.email());
    }

    /** A repeated sign-up sends a fresh link, unless one went out less than a minute ago; the page is the same. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void signUpRepeated(AccountEvents.SignUpRepeated event) {
        if (outbox.on() && waitBeforeNext(event.accountId()).isZero()) {
            send(event.accountId(), event.email());
        }
    }

    /**
     * "Send the link again", for the signed-in pending member whose address is not confirmed yet. Refuses, with
     * how long to wait, within a minute of the last link. Returns the address the link went to.
     */
    @Override
    public String resend() {
        return tx.execute(t -> {
            AccountDetails me = accounts.myAccount();
            if (me.status() != AccountStatus.PENDING || me.emailVerified()) {
                throw InvalidInputException.of("resend", "Your email is already confirmed.");
            }
            if (!outbox.on()) {
                accounts.confirmEmail(me.id(), MAIL_OFF);
                return me.email();
            }
            Duration wait = waitBeforeNext(me.id());
            if (!wait.isZero()) {
                long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
                throw InvalidInputException.of(
                        "resend",
                        "We sent you a link less than a minute ago. Check your " + "spam folder, or try again in "
                                + seconds + (seconds == 1 ? " second." : " seconds."));
            }
            send(me.id(), me.email());
            return me.email();
        });
    }

    /** Follows a link: confirms the account's address, once, within 24 hours. */
    public Outcome confirm(String token) {
        if (token == null || token.isBlank()) {
            return Outcome.EXPIRED;
        }
        return tx.execute(t -> {
            Optional<EmailVerification> link = links.findByTokenHash(OneTimeLink.hash(token));
            if (link.isEmpty()) {
                return Outcome.EXPIRED;
            }
            long accountId = link.get().getAccountId();
            Instant now = clock.instant();
            if (links.use(link.get().getId(), now) != 1) {
                return accounts.emailConfirmed(accountId) ? Outcome.ALREADY_CONFIRMED : Outcome.EXPIRED;
            }
            links.useAll(accountId, now);
            return accounts.confirmEmail(accountId, "by the emailed link")
                    ? Outcome.CONFIRMED
                    : Outcome.ALREADY_CONFIRMED;
        });
    }

    /** How long until the account may be sent another link (zero: now). */
    private Duration waitBeforeNext(long accountId) {
        return links.lastSent(accountId)
                .map(last -> Duration.between(clock.instant(), last.plus(RESEND_AFTER)))
                .filter(d -> d.isPositive())
                .orElse(Duration.ZERO);
    }

    private void send(long accountId, String email) {
        String token = OneTimeLink.newToken();
        Instant now = clock.instant();
        links.save(new EmailVerification(accountId, OneTimeLink.hash(token), now, now.plus(VALID)));
        outbox.enqueue(
                MailKind.EMAIL_VERIFICATION,
                accountId,
                email,
                MailTexts.emailVerification(settings.link("verify-email?token=" + token)));
        log.info("Sent account {} a link to confirm its email", accountId);
    }
}
