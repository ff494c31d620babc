package org.securebase.mail;

import org.securebase.accounts.AccountEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a new member what became of their registration, in the transaction that decided it: active (with a link
 * to sign in), or refused (with the reason given). Whatever their mail preferences: this is about the account.
 */
@Component
class AccountDecisionMailer {

    private final MailOutbox outbox;
    private final MailSettings settings;

    AccountDecisionMailer(MailOutbox outbox, MailSettings settings) {
        this.outbox = outbox;
        this.settings = settings;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void verified(AccountEvents.Verified event) {
        outbox.enqueue(
                MailKind.ACCOUNT_DECISION,
                event.accountId(),
                event.email(),
                MailTexts.accountVerified(settings.link("login")));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void refused(AccountEvents.Refused event) {
        outbox.enqueue(
                MailKind.ACCOUNT_DECISION, event.accountId(), event.email(), MailTexts.accountRefused(event.reason()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void closureRequested(AccountEvents.ClosureRequested event) {
        outbox.enqueue(MailKind.ACCOUNT_DECISION, event.accountId(), event.email(), MailTexts.closureRequested());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void closureDeclined(AccountEvents.ClosureDeclined event) {
        outbox.enqueue(
                MailKind.ACCOUNT_DECISION, event.accountId(), event.email(), MailTexts.closureDeclined(event.reason()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void secondFactorReset(AccountEvents.SecondFactorReset event) {
        outbox.enqueue(
                MailKind.ACCOUNT_DECISION,
                event.accountId(),
                event.email(),
                MailTexts.secondFactorReset(event.reason(), settings.link("login")));
    }

    /** Written before the address is erased, in the same transaction. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void closed(AccountEvents.Closed event) {
        outbox.enqueue(MailKind.ACCOUNT_DECISION, event.accountId(), event.email(), MailTexts.accountClosed());
    }
}
