package org.securebase.accounts;

import java.util.Optional;
import org.securebase.audit.AuditTrail;
import org.securebase.audit.AuditTrail.Target;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A requested new email ({@link ProfileChanges} records it) until the member confirms it by the emailed link or
 * cancels it. Only the address last asked for can be confirmed, so a replaced or cancelled request's link does
 * nothing.
 */
@Service
class EmailChanges {

    private static final Logger log = LoggerFactory.getLogger(EmailChanges.class);

    private final AccountRepository accounts;
    private final AccessPolicy access;
    private final AuditTrail audit;

    EmailChanges(AccountRepository accounts, AccessPolicy access, AuditTrail audit) {
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    Optional<String> pending() {
        Actor actor = access.requireSignedIn();
        return accounts.findById(actor.id()).map(Account::getPendingEmail);
    }

    @Transactional
    void cancel() {
        Actor actor = access.requireActiveMember();
        Account account = accounts.findById(actor.id()).orElseThrow();
        if (account.getPendingEmail() == null) {
            return;
        }
        account.requestEmail(null);
        audit.record(actor, "account.email-change-cancelled", target(account), null);
    }

    /**
     * The signed-in member followed the link for {@code newEmail}: it becomes their address if it is still the one
     * they asked for. Returns false otherwise. Refuses if another account took the address meanwhile.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean apply(long accountId, String newEmail) {
        Actor actor = access.requireActiveMember();
        Account account = accounts.findById(accountId).orElseThrow();
        if (actor.id() != accountId || !newEmail.equals(account.getPendingEmail())) {
            return false;
        }
        if (accounts.existsByEmail(newEmail)) {
            throw InvalidInputException.of("confirm", "Another account now uses this email, so yours stays as it was.");
        }
        account.changeEmail(newEmail);
        audit.record(
                actor,
                "account.email-changed",
                target(account),
                "confirmed by the link sent to " + Emails.mask(newEmail));
        log.info("Account {} changed its email after confirming the new address", accountId);
        return true;
    }

    private static Target target(Account account) {
        return Target.account(account.getId(), account.getDisplayName());
    }
}
