package org.securebase.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.securebase.audit.AuditTrail;
import org.securebase.audit.AuditTrail.Target;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member asks for their account to be closed, and may cancel while an admin has not decided yet; the admins'
 * side is {@link ClosureDecisions}. Closing is not done at once: an admin looks first (a member in a dispute, or
 * with a risk alert open, may need a word before they go), and a request made from an unattended session can
 * still be cancelled.
 */
@Service
public class AccountClosures {

    public enum State {
        OPEN,
        CANCELLED,
        CLOSED,
        DECLINED
    }

    /** A request to close an account; the name and full name are the member's until the account is closed. */
    public record Closure(
            long id,
            long accountId,
            String displayName,
            String fullName,
            State state,
            Instant requestedAt,
            Instant decidedAt,
            String declineReason) {}

    private final AccountRepository accounts;
    private final ClosureRecords records;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountClosures(
            AccountRepository accounts,
            ClosureRecords records,
            AccessPolicy access,
            AuditTrail audit,
            PasswordEncoder encoder,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.records = records;
        this.access = access;
        this.audit = audit;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in member's latest request, whatever became of it. */
    @Transactional(readOnly = true)
    public Optional<Closure> mine() {
        return records.latest(access.requireActiveMember().id());
    }

    /**
     * Asks for the signed-in member's account to be closed: the current password proves it is them, and
     * {@code understood} that they read what closing does. A second request while one is open is refused.
     */
    @Transactional
    public void request(String currentPassword, boolean understood) {
        Actor actor = access.requireActiveMember();
        Account account = accounts.findById(actor.id()).orElseThrow();
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw InvalidInputException.of("closurePassword", "Enter your current password to ask for this.");
        }
        if (!encoder.matches(currentPassword, account.getPasswordHash())) {
            throw InvalidInputException.of("closurePassword", "This is not your current password.");
        }
        if (!understood) {
            throw InvalidInputException.of("closureUnderstood", "Please confirm that you have read what happens.");
        }
        if (records.latest(actor.id()).filter(c -> c.state() == State.OPEN).isPresent()) {
            throw InvalidInputException.of("closurePassword", "You have already asked; an administrator will decide.");
        }
        records.insert(actor.id(), clock.instant());
        audit.record(actor, "account.closure-requested", Target.account(actor.id(), account.getDisplayName()), null);
        events.publishEvent(new AccountEvents.ClosureRequested(actor.id(), account.getEmail()));
    }

    /** Withdraws the signed-in member's open request; false when there was none (an admin decided meanwhile). */
    @Transactional
    public boolean cancel() {
        Actor actor = access.requireActiveMember();
        Optional<Closure> open = records.latest(actor.id()).filter(c -> c.state() == State.OPEN);
        if (open.isEmpty() || !records.decide(open.get().id(), State.CANCELLED, clock.instant(), actor.id(), null)) {
            return false;
        }
        audit.record(actor, "account.closure-cancelled", Target.account(actor.id(), actor.displayName()), null);
        return true;
    }
}
