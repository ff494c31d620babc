package org.securebase.accounts;

import static org.securebase.accounts.AccountRules.requireReason;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.securebase.accounts.AccountClosures.Closure;
import org.securebase.accounts.AccountClosures.State;
import org.securebase.audit.AuditTrail;
import org.securebase.audit.AuditTrail.Target;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What admins do with requests to close an account: close it (erasing the profile) or decline, with a reason. */
@Service
public class ClosureDecisions {

    private final AccountRepository accounts;
    private final ClosureRecords records;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final MemberSessions sessions;
    private final PasskeyRecords passkeys;
    private final Clock clock;

    ClosureDecisions(
            AccountRepository accounts,
            ClosureRecords records,
            AccessPolicy access,
            AuditTrail audit,
            ApplicationEventPublisher events,
            MemberSessions sessions,
            PasskeyRecords passkeys,
            Clock clock) {
        this.accounts = accounts;
        this.records = records;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.sessions = sessions;
        this.passkeys = passkeys;
        this.clock = clock;
    }

    /** Requests waiting for an admin, oldest first. */
    @Transactional(readOnly = true)
    public List<Closure> open() {
        access.requireAdmin();
        return records.open();
    }

    /**
     * Closes the account: the member is mailed first (the event carries the address, which is erased next), then
     * the name, email, credentials and professional details are erased and every session ends. Posts and comments
     * stay, shown as "Former member". An admin cannot close their own account this way: another admin must.
     */
    @Transactional
    public void close(long closureId) {
        Actor actor = access.requireAdmin();
        Closure closure = openRequest(closureId);
        if (closure.accountId() == actor.id()) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Another administrator must close your account.");
        }
        Account account = AccountRules.existing(accounts, closure.accountId());
        Instant now = clock.instant();
        if (!records.decide(closureId, State.CLOSED, now, actor.id(), null)) {
            throw new IllegalStateException("This request was decided or cancelled meanwhile.");
        }
        String formerName = account.getDisplayName();
        events.publishEvent(new AccountEvents.Closed(account.getId(), account.getEmail(), formerName));
        account.close(now);
        passkeys.deleteAll(account.getId()); // public keys and the user handle that carried the email
        sessions.endAllBut(account.getId(), null);
        audit.record(
                actor,
                "account.closed",
                Target.account(account.getId(), formerName),
                "at the member's request of " + closure.requestedAt());
    }

    /** Declines the request; the member is told why by mail and on their profile page. */
    @Transactional
    public void decline(long closureId, String reason) {
        Actor actor = access.requireAdmin();
        String why = requireReason(reason);
        Closure closure = openRequest(closureId);
        if (!records.decide(closureId, State.DECLINED, clock.instant(), actor.id(), why)) {
            throw new IllegalStateException("This request was decided or cancelled meanwhile.");
        }
        Account account = AccountRules.existing(accounts, closure.accountId());
        audit.record(actor, "account.closure-declined", Target.account(account.getId(), account.getDisplayName()), why);
        events.publishEvent(new AccountEvents.ClosureDeclined(account.getId(), account.getEmail(), why));
    }

    private Closure openRequest(long closureId) {
        return records.byId(closureId)
                .filter(c -> c.state() == State.OPEN)
                .orElseThrow(() -> new IllegalStateException("This request was decided or cancelled meanwhile."));
    }
}
