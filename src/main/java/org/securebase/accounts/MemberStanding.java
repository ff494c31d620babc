package org.securebase.accounts;

import static org.securebase.accounts.AccountRules.existing;
import static org.securebase.accounts.AccountRules.requireReason;

import java.time.Clock;
import java.time.Duration;
import org.securebase.audit.AuditTrail;
import org.securebase.audit.AuditTrail.Target;
import org.securebase.security.AccessPolicy;
import org.securebase.security.AccountStatus;
import org.securebase.security.Actor;
import org.securebase.security.Role;
import org.securebase.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What admins and supervisors decide about an active member: role, suspension, silence. */
@Service
class MemberStanding {

    private final AccountRepository accounts;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final MemberOversight oversight;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final MemberSessions sessions;

    MemberStanding(
            AccountRepository accounts,
            AccessPolicy access,
            AuditTrail audit,
            MemberOversight oversight,
            Clock clock,
            ApplicationEventPublisher events,
            MemberSessions sessions) {
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
        this.oversight = oversight;
        this.clock = clock;
        this.events = events;
        this.sessions = sessions;
    }

    @Transactional
    void changeRole(long accountId, Role role, String reason) {
        Actor actor = access.requireAdmin();
        if (actor.id() == accountId) {
            throw new AccessDeniedException("You cannot change your own role; ask another administrator.");
        }
        Account account = existing(accounts, accountId);
        String why = requireReason(reason);
        Role before = account.getRole();
        account.changeRole(role);
        audit.record(
                actor,
                "account.role-changed",
                Target.account(accountId, account.getDisplayName()),
                before.label() + " to " + role.label() + ": " + why);
        events.publishEvent(new AccountEvents.RoleChanged(accountId, before, role, why));
    }

    @Transactional
    void suspend(long accountId, String reason) {
        Actor actor = access.requireActiveMember();
        if (actor.id() == accountId) {
            throw new AccessDeniedException("You cannot suspend your own account.");
        }
        Account account = existing(accounts, accountId);
        requireModerates(actor, account);
        String why = requireReason(reason);
        account.changeStatus(AccountStatus.SUSPENDED, why);
        // on every instance, at each session's next request
        sessions.endAllBut(accountId, null);
        audit.record(actor, "account.suspended", Target.account(accountId, account.getDisplayName()), why);
    }

    @Transactional
    void reactivate(long accountId, String reason) {
        Actor actor = access.requireActiveMember();
        Account account = existing(accounts, accountId);
        requireModerates(actor, account);
        if (account.getStatus() != AccountStatus.SUSPENDED) {
            throw new IllegalStateException("Only suspended accounts can be reactivated.");
        }
        String why = requireReason(reason);
        account.changeStatus(AccountStatus.ACTIVE, null);
        audit.record(actor, "account.reactivated", Target.account(accountId, account.getDisplayName()), why);
    }

    @Transactional
    void silence(long accountId, int hours, String reason) {
        Actor actor = access.requireActiveMember();
        Account account = existing(accounts, accountId);
        requireModerates(actor, account);
        if (hours < 0 || hours > 24 * 90) {
            throw InvalidInputException.of("hours", "Choose between 1 hour and 90 days, or 0 to lift it.");
        }
        String why = requireReason(reason);
        account.silenceUntil(hours == 0 ? null : clock.instant().plus(Duration.ofHours(hours)));
        audit.record(
                actor,
                hours == 0 ? "account.unsilenced" : "account.silenced",
                Target.account(accountId, account.getDisplayName()),
                (hours == 0 ? "" : hours + " hours: ") + why);
    }

    @Transactional(readOnly = true)
    boolean canModerate(long accountId) {
        Actor actor = access.requireActiveMember();
        return oversight.oversees(actor, existing(accounts, accountId).actor());
    }

    @Transactional(readOnly = true)
    Actor requireModerates(long accountId) {
        Actor actor = access.requireActiveMember();
        requireModerates(actor, existing(accounts, accountId));
        return actor;
    }

    private void requireModerates(Actor actor, Account account) {
        if (!oversight.oversees(actor, account.actor())) {
            throw new AccessDeniedException("Only admins, and supervisors of this member's groups, can do that.");
        }
    }
}
