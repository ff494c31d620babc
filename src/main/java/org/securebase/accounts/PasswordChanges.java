package org.securebase.accounts;

import static org.securebase.accounts.AccountRules.existing;

import java.time.Clock;
import java.util.Optional;
import org.securebase.audit.AuditTrail;
import org.securebase.audit.AuditTrail.Target;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A new password: chosen on the profile page, knowing the current one, or set by a password-reset link. */
@Service
class PasswordChanges {

    // The logger of AccountService, as before this class was split from it, so that log filters keep their lines.
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwordPolicy;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;
    private final MemberSessions sessions;

    PasswordChanges(
            AccountRepository accounts,
            PasswordEncoder encoder,
            PasswordPolicy passwordPolicy,
            AccessPolicy access,
            AuditTrail audit,
            Clock clock,
            MemberSessions sessions) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.passwordPolicy = passwordPolicy;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.sessions = sessions;
    }

    @Transactional
    void changePassword(String currentPassword, String newPassword) {
        Actor actor = access.requireActiveMember();
        Account account = accounts.findById(actor.id()).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
            throw InvalidInputException.of("currentPassword", "This is not your current password.");
        }
        Optional<String> problem = passwordPolicy.problem(
                newPassword, account.getEmail(), account.getDisplayName(), account.getFullName());
        if (problem.isPresent()) {
            throw InvalidInputException.of("newPassword", problem.get());
        }
        account.changePasswordHash(encoder.encode(newPassword));
        account.credentialsChanged(clock.instant());
        audit.record(
                actor,
                "account.password-changed",
                Target.account(account.getId(), account.getDisplayName()),
                "other sessions ended");
    }

    /** "Sign out everywhere else": every other session of this member ends at its next request. */
    @Transactional
    void endOtherSessions() {
        Actor actor = access.requireActiveMember();
        Account account = accounts.findById(actor.id()).orElseThrow();
        account.credentialsChanged(clock.instant());
        audit.record(actor, "account.sessions-ended", Target.account(account.getId(), account.getDisplayName()), null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void resetPassword(long accountId, String newPassword) {
        Account account = existing(accounts, accountId);
        passwordPolicy
                .problem(newPassword, account.getEmail(), account.getDisplayName(), account.getFullName())
                .ifPresent(problem -> {
                    throw InvalidInputException.of("newPassword", problem);
                });
        account.changePasswordHash(encoder.encode(newPassword));
        account.credentialsChanged(clock.instant());
        // Whoever reset it has no session here: every listed session of the member ends.
        sessions.endAllBut(accountId, null);
        audit.record(
                null,
                "account.password-reset",
                Target.account(accountId, account.getDisplayName()),
                "by an emailed link; other sessions ended");
        log.info("Account {} reset its password by an emailed link", accountId);
    }
}
