package org.securebase.accounts;

import static org.securebase.accounts.AccountRules.existing;
import static org.securebase.accounts.AccountRules.requireReason;

import java.time.Clock;
import java.util.Optional;
import org.securebase.audit.AuditTrail;
import org.securebase.audit.AuditTrail.Target;
import org.securebase.security.AccessPolicy;
import org.securebase.security.AccountStatus;
import org.securebase.security.Actor;
import org.securebase.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an account comes to be and becomes active: sign-up, the confirmed address, the supervisor's or admin's
 * decision, and the accounts that operators create already verified. {@link AccountService} documents each step.
 */
@Service
class Registrations {

    // The logger of AccountService, as before this class was split from it, so that log filters keep their lines.
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final AccountRepository accounts;
    private final NewAccounts newAccounts;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Registrations(
            AccountRepository accounts,
            NewAccounts newAccounts,
            AccessPolicy access,
            AuditTrail audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.newAccounts = newAccounts;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** The account is built (and its password hashed) before the email is looked up: a repeat costs the same. */
    @Transactional
    void signUp(SignUpForm form) {
        Account account = newAccounts.from(form, false);
        Optional<Account> existing = accounts.findByEmail(account.getEmail());
        if (existing.isPresent()) {
            Account known = existing.get();
            audit.record(null, "account.sign-up-repeated", Target.account(known.getId(), known.getDisplayName()), null);
            log.info("A sign-up used the email of account {}; nothing was created", known.getId());
            if (known.getStatus() == AccountStatus.PENDING && !known.isEmailVerified()) {
                events.publishEvent(new AccountEvents.SignUpRepeated(known.getId(), known.getEmail()));
            }
            return;
        }
        accounts.save(account);
        audit.record(null, "account.signed-up", Target.account(account.getId(), account.getDisplayName()), null);
        log.info("Account {} signed up and awaits email confirmation", account.getId());
        events.publishEvent(new AccountEvents.SignedUp(account.getId(), account.getEmail()));
    }

    @Transactional
    void signUpConfirmed(SignUpForm form) {
        signUp(form);
        accounts.findByEmail(Emails.normalise(form.getEmail()))
                .ifPresent(a -> confirmEmail(a.getId(), "demo data: the address is not real"));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean confirmEmail(long accountId, String how) {
        Account account = existing(accounts, accountId);
        if (!account.confirmEmail(clock.instant())) {
            return false;
        }
        audit.record(null, "account.email-verified", Target.account(accountId, account.getDisplayName()), how);
        log.info("Account {} confirmed its email ({})", accountId, how);
        return true;
    }

    @Transactional
    long createVerified(SignUpForm form, Role role) {
        Account account = newAccounts.from(form, true);
        account.confirmEmail(clock.instant());
        account.changeRole(role);
        account.changeStatus(AccountStatus.ACTIVE, null);
        accounts.save(account);
        audit.record(
                null,
                "account.created-verified",
                Target.account(account.getId(), account.getDisplayName()),
                role.label());
        log.info("{} account {} created without sign-up", role.label(), account.getId());
        return account.getId();
    }

    @Transactional
    void verify(long accountId) {
        Actor actor = access.requireVerifier();
        Account account = loadDecidable(accountId, "verified");
        account.changeStatus(AccountStatus.ACTIVE, null);
        audit.record(actor, "account.verified", Target.account(accountId, account.getDisplayName()), null);
        events.publishEvent(new AccountEvents.Verified(accountId, account.getEmail()));
    }

    @Transactional
    void refuse(long accountId, String reason) {
        Actor actor = access.requireVerifier();
        Account account = loadDecidable(accountId, "refused");
        String why = requireReason(reason);
        account.changeStatus(AccountStatus.REFUSED, why);
        audit.record(actor, "account.refused", Target.account(accountId, account.getDisplayName()), why);
        events.publishEvent(new AccountEvents.Refused(accountId, account.getEmail(), why));
    }

    private Account loadDecidable(long accountId, String what) {
        Account account = existing(accounts, accountId);
        if (account.getStatus() != AccountStatus.PENDING) {
            throw new IllegalStateException("Only pending accounts can be " + what + ".");
        }
        if (!account.isEmailVerified()) {
            throw new IllegalStateException("This member has not confirmed their email yet; their registration "
                    + "cannot be " + what + " until they do.");
        }
        return account;
    }
}
