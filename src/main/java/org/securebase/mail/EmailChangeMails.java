package org.securebase.mail;

import java.time.Instant;
import java.util.Optional;
import org.securebase.accounts.AccountEvents;
import org.securebase.accounts.AccountService;
import org.securebase.accounts.Emails;
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
 * A change of email, confirmed by the new address: at the request (in its transaction) the new address gets a link,
 * valid as long as a sign-up's ({@link EmailVerifications#VALID}) and once, and the old address a notice naming the
 * new one masked. A new request uses up the earlier links. The link only works for the signed-in member it was sent
 * for, and only by a button on its page, so a mail scanner that opens it confirms nothing.
 */
@Service
public class EmailChangeMails {

    private static final Logger log = LoggerFactory.getLogger(EmailChangeMails.class);

    public static final String PATH = "confirm-email";

    /** What pressing the button did. */
    public enum Outcome {
        CHANGED,
        /** The signed-in member is not the one the link was sent for; nothing changed and the link still works. */
        OTHER_ACCOUNT,
        /** Another account took the address meanwhile. */
        TAKEN,
        /** Unknown, used, expired, replaced by a newer request or cancelled. */
        EXPIRED
    }

    private final AccountService accounts;
    private final EmailChangeLinkRepository links;
    private final MailOutbox outbox;
    private final MailSettings settings;
    private final TransactionTemplate tx;
    private final java.time.Clock clock;

    public EmailChangeMails(
            AccountService accounts,
            EmailChangeLinkRepository links,
            MailOutbox outbox,
            MailSettings settings,
            PlatformTransactionManager transactions,
            java.time.Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.outbox = outbox;
        this.settings = settings;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void requested(AccountEvents.EmailChangeRequested event) {
        Instant now = clock.instant();
        links.useAll(event.accountId(), now);
        String token = OneTimeLink.newToken();
        links.save(new EmailChangeLink(
                event.accountId(), event.newEmail(), OneTimeLink.hash(token), now, now.plus(EmailVerifications.VALID)));
        outbox.enqueue(
                MailKind.EMAIL_CHANGE,
                event.accountId(),
                event.newEmail(),
                MailTexts.emailChangeLink(settings.link(PATH + "?token=" + token)));
        outbox.enqueue(
                MailKind.EMAIL_CHANGE,
                event.accountId(),
                event.oldEmail(),
                MailTexts.emailChanging(Emails.mask(event.newEmail()), settings.link("forgot-password")));
        log.info("Sent account {} a link to confirm a new email, and a notice to the old one", event.accountId());
    }

    /** The signed-in member pressed "Confirm" on the link's page. */
    public Outcome confirm(String token) {
        if (token == null || token.isBlank()) {
            return Outcome.EXPIRED;
        }
        try {
            return tx.execute(t -> confirmIn(token));
        } catch (InvalidInputException taken) {
            return Outcome.TAKEN;
        }
    }

    private Outcome confirmIn(String token) {
        Optional<EmailChangeLink> link = links.findByTokenHash(OneTimeLink.hash(token));
        if (link.isEmpty()) {
            return Outcome.EXPIRED;
        }
        long accountId = link.get().getAccountId();
        if (accounts.myAccount().id() != accountId) {
            return Outcome.OTHER_ACCOUNT;
        }
        Instant now = clock.instant();
        if (links.use(link.get().getId(), now) != 1) {
            return Outcome.EXPIRED;
        }
        links.useAll(accountId, now);
        return accounts.applyEmailChange(accountId, link.get().getNewEmail()) ? Outcome.CHANGED : Outcome.EXPIRED;
    }
}
