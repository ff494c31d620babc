package org.securebase.accounts;

import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.securebase.audit.AuditTrail;
import org.securebase.audit.AuditTrail.Target;
import org.securebase.security.AccessPolicy;
import org.securebase.security.AccountStatus;
import org.securebase.security.Actor;
import org.securebase.security.Role;
import org.securebase.shared.Inputs;
import org.securebase.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwordPolicy;
    private final Validator validator;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final MemberOversight oversight;
    private final DisplayNames displayNames;
    private final java.time.Clock clock;
    private final ApplicationEventPublisher events;

    public AccountService(
            AccountRepository accounts,
            PasswordEncoder encoder,
            PasswordPolicy passwordPolicy,
            Validator validator,
            AccessPolicy access,
            AuditTrail audit,
            MemberOversight oversight,
            DisplayNames displayNames,
            java.time.Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.oversight = oversight;
        this.displayNames = displayNames;
        this.clock = clock;
        this.accounts = accounts;
        this.encoder = encoder;
        this.passwordPolicy = passwordPolicy;
        this.validator = validator;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Anyone may sign up; the account first confirms its address with an emailed link (the mail package listens
     * for {@link AccountEvents.SignedUp} and writes it in this transaction), then waits, pending, until a
     * supervisor or admin verifies it. An email that already has an account gets the same answer, after the same
     * work (the password is hashed and a line is written), and nothing changes: the sign-up page must not tell
     * strangers which emails have accounts. Only if that account is still pending and has not confirmed its
     * address does the address get a fresh link (the one place that mail can go is the address itself).
     */
    @Transactional
    public void signUp(SignUpForm form) {
        Account account = newAccount(form, false);
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

    /**
     * A sign-up whose address counts as confirmed at once, waiting for a supervisor: only for the local demo data
     * (its addresses are not real); no view calls it.
     */
    @Transactional
    public void signUpConfirmed(SignUpForm form) {
        signUp(form);
        accounts.findByEmail(Emails.normalise(form.getEmail()))
                .ifPresent(a -> confirmEmail(a.getId(), "demo data: the address is not real"));
    }

    /**
     * The account's address is confirmed: by its emailed link, or (when mail is off, so no link can be sent) at
     * once. From now on supervisors and admins see the registration. Returns false if it was confirmed already.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public boolean confirmEmail(long accountId, String how) {
        Account account = load(accountId);
        if (!account.confirmEmail(clock.instant())) {
            return false;
        }
        audit.record(null, "account.email-verified", Target.account(accountId, account.getDisplayName()), how);
        log.info("Account {} confirmed its email ({})", accountId, how);
        return true;
    }

    /** The first administrator, from the command line or configuration: active at once. */
    @Transactional
    public long createAdmin(SignUpForm form) {
        return createVerified(form, Role.ADMIN);
    }

    /**
     * An account that skips verification. Only for code that runs outside any user's request (the command line,
     * configuration, the local demo data); no view calls it.
     */
    @Transactional
    public long createVerified(SignUpForm form, Role role) {
        Account account = newAccount(form, true);
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

    @Transactional(readOnly = true)
    public boolean adminExists() {
        return accounts.existsByRole(Role.ADMIN);
    }

    /**
     * {@code operator}: created by the command line, configuration or demo data, which may reuse a name and are
     * told plainly that an email is taken; a sign-up is held to the look-alike rule and never told.
     */
    private Account newAccount(SignUpForm form, boolean operator) {
        Inputs.validate(validator, form);
        Map<String, String> errors = new LinkedHashMap<>();
        String email = Emails.normalise(form.getEmail());
        if (operator && accounts.existsByEmail(email)) {
            errors.put("email", "An account with this email already exists. Try signing in instead.");
        }
        if (!operator) {
            displayNames
                    .problem(Inputs.clean(form.getDisplayName()), null, null)
                    .ifPresent(problem -> errors.put("displayName", problem));
        }
        passwordPolicy
                .problem(form.getPassword(), form.getEmail(), form.getDisplayName(), form.getFullName())
                .ifPresent(problem -> errors.put("password", problem));
        if (form.isTrainee() && Inputs.clean(form.getClinicalSupervisor()).isEmpty()) {
            errors.put("clinicalSupervisor", "Trainees name the supervisor responsible for their clinical work.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Account(
                email,
                Inputs.clean(form.getDisplayName()),
                Inputs.clean(form.getFullName()),
                encoder.encode(form.getPassword()),
                new Account.Profile(
                        Inputs.clean(form.getProfession()),
                        Inputs.clean(form.getLicenceNumber()),
                        Inputs.clean(form.getLicenceBody()),
                        form.isTrainee(),
                        Inputs.clean(form.getClinicalSupervisor())));
    }

    /** One's own account, in any state: the pending page and the profile page read it. */
    @Transactional(readOnly = true)
    public AccountDetails myAccount() {
        Actor actor = access.requireSignedIn();
        return AccountDetails.of(accounts.findById(actor.id()).orElseThrow());
    }

    @Transactional
    public void updateProfile(String displayName, String email) {
        Actor actor = access.requireActiveMember();
        Account account = accounts.findById(actor.id()).orElseThrow();
        Map<String, String> errors = new LinkedHashMap<>();
        String name = Inputs.clean(displayName);
        displayNames
                .problem(name, account.getId(), account.getDisplayName())
                .ifPresent(problem -> errors.put("displayName", problem));
        String newEmail = Emails.normalise(email);
        SignUpForm probe = new SignUpForm();
        probe.setEmail(newEmail);
        if (!validator.validateProperty(probe, "email").isEmpty()) {
            errors.put(
                    "email",
                    validator.validateProperty(probe, "email").iterator().next().getMessage());
        } else if (!newEmail.equals(account.getEmail()) && accounts.existsByEmail(newEmail)) {
            errors.put("email", "Another account already uses this email.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        account.changeDisplayName(name);
        account.changeEmail(newEmail);
        audit.record(actor, "account.profile-updated", Target.account(account.getId(), name), null);
    }

    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
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
        audit.record(
                actor, "account.password-changed", Target.account(account.getId(), account.getDisplayName()), null);
    }

    /**
     * Sets a new password for an account that proved it owns its email (a password-reset link). Every session
     * that signed in before now ends.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void resetPassword(long accountId, String newPassword) {
        Account account = load(accountId);
        passwordPolicy
                .problem(newPassword, account.getEmail(), account.getDisplayName(), account.getFullName())
                .ifPresent(problem -> {
                    throw InvalidInputException.of("newPassword", problem);
                });
        account.changePasswordHash(encoder.encode(newPassword));
        account.credentialsChanged(clock.instant());
        audit.record(
                null,
                "account.password-reset",
                Target.account(accountId, account.getDisplayName()),
                "by an emailed link; other sessions ended");
        log.info("Account {} reset its password by an emailed link", accountId);
    }

    /** Whether the account confirmed its address (following a link that is already used, for instance). */
    @Transactional(readOnly = true)
    public boolean emailConfirmed(long accountId) {
        return accounts.findById(accountId).map(Account::isEmailVerified).orElse(false);
    }

    /** An active account by id, for mail: its address and name. */
    @Transactional(readOnly = true)
    public Optional<AccountDetails> activeById(long accountId) {
        return accounts.findById(accountId).filter(Account::isActive).map(AccountDetails::of);
    }

    /** Where password-reset links go; empty unless the account exists and is active. */
    @Transactional(readOnly = true)
    public Optional<AccountDetails> activeByEmail(String email) {
        return accounts.findByEmail(Emails.normalise(email))
                .filter(Account::isActive)
                .map(AccountDetails::of);
    }

    @Transactional(readOnly = true)
    public List<AccountDetails> find(String text, AccountStatus status, int offset, int limit) {
        access.requireVerifier();
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        int size = Math.max(1, limit);
        return accounts.search(needle, status, PageRequest.of(offset / size, size)).stream()
                .map(AccountDetails::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public int count(String text, AccountStatus status) {
        access.requireVerifier();
        return (int) accounts.countMatching(text == null ? "" : text.strip().toLowerCase(Locale.ROOT), status);
    }

    /** Active members, for choosing group members and supervisors. */
    @Transactional(readOnly = true)
    public List<AccountDetails> activeMembers() {
        access.requireAdmin();
        return accounts.search("", AccountStatus.ACTIVE, PageRequest.of(0, 10_000)).stream()
                .map(AccountDetails::of)
                .toList();
    }

    /**
     * Makes a pending account active; the member gets a mail saying so. An account whose address is not confirmed
     * yet cannot be verified (supervisors and admins do not even see it).
     */
    @Transactional
    public void verify(long accountId) {
        Actor actor = access.requireVerifier();
        Account account = loadDecidable(accountId, "verified");
        account.changeStatus(AccountStatus.ACTIVE, null);
        audit.record(actor, "account.verified", Target.account(accountId, account.getDisplayName()), null);
        events.publishEvent(new AccountEvents.Verified(accountId, account.getEmail()));
    }

    /**
     * Refuses a pending registration, with a reason the member is sent by mail and shown when they try to sign in.
     * The account cannot sign in.
     */
    @Transactional
    public void refuse(long accountId, String reason) {
        Actor actor = access.requireVerifier();
        Account account = loadDecidable(accountId, "refused");
        String why = requireReason(reason);
        account.changeStatus(AccountStatus.REFUSED, why);
        audit.record(actor, "account.refused", Target.account(accountId, account.getDisplayName()), why);
        events.publishEvent(new AccountEvents.Refused(accountId, account.getEmail(), why));
    }

    private Account loadDecidable(long accountId, String what) {
        Account account = load(accountId);
        if (account.getStatus() != AccountStatus.PENDING) {
            throw new IllegalStateException("Only pending accounts can be " + what + ".");
        }
        if (!account.isEmailVerified()) {
            throw new IllegalStateException("This member has not confirmed their email yet; their registration "
                    + "cannot be " + what + " until they do.");
        }
        return account;
    }

    @Transactional
    public void changeRole(long accountId, Role role, String reason) {
        Actor actor = access.requireAdmin();
        if (actor.id() == accountId) {
            throw new AccessDeniedException("You cannot change your own role; ask another administrator.");
        }
        Account account = load(accountId);
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
    public void suspend(long accountId, String reason) {
        Actor actor = access.requireActiveMember();
        if (actor.id() == accountId) {
            throw new AccessDeniedException("You cannot suspend your own account.");
        }
        Account account = load(accountId);
        requireModerates(actor, account);
        String why = requireReason(reason);
        account.changeStatus(AccountStatus.SUSPENDED, why);
        audit.record(actor, "account.suspended", Target.account(accountId, account.getDisplayName()), why);
    }

    @Transactional
    public void reactivate(long accountId, String reason) {
        Actor actor = access.requireActiveMember();
        Account account = load(accountId);
        requireModerates(actor, account);
        if (account.getStatus() != AccountStatus.SUSPENDED) {
            throw new IllegalStateException("Only suspended accounts can be reactivated.");
        }
        String why = requireReason(reason);
        account.changeStatus(AccountStatus.ACTIVE, null);
        audit.record(actor, "account.reactivated", Target.account(accountId, account.getDisplayName()), why);
    }

    /** Pauses a member's posting for a while; they can still read. Zero hours lifts it. */
    @Transactional
    public void silence(long accountId, int hours, String reason) {
        Actor actor = access.requireActiveMember();
        Account account = load(accountId);
        requireModerates(actor, account);
        if (hours < 0 || hours > 24 * 90) {
            throw InvalidInputException.of("hours", "Choose between 1 hour and 90 days, or 0 to lift it.");
        }
        String why = requireReason(reason);
        account.silenceUntil(hours == 0 ? null : clock.instant().plus(java.time.Duration.ofHours(hours)));
        audit.record(
                actor,
                hours == 0 ? "account.unsilenced" : "account.silenced",
                Target.account(accountId, account.getDisplayName()),
                (hours == 0 ? "" : hours + " hours: ") + why);
    }

    /** Whether the signed-in member may warn, silence, suspend or write notes about this member. */
    @Transactional(readOnly = true)
    public boolean canModerate(long accountId) {
        Actor actor = access.requireActiveMember();
        return oversight.oversees(actor, load(accountId).actor());
    }

    /** Refuses unless the signed-in member may moderate this member; returns who is acting. */
    @Transactional(readOnly = true)
    public Actor requireModerates(long accountId) {
        Actor actor = access.requireActiveMember();
        requireModerates(actor, load(accountId));
        return actor;
    }

    private void requireModerates(Actor actor, Account account) {
        if (!oversight.oversees(actor, account.actor())) {
            throw new AccessDeniedException("Only admins, and supervisors of this member's groups, can do that.");
        }
    }

    private Account load(long id) {
        return accounts.findById(id).orElseThrow(() -> new IllegalArgumentException("No such account."));
    }

    private static String requireReason(String reason) {
        String why = Inputs.clean(reason);
        if (why.isEmpty()) {
            throw InvalidInputException.of("reason", "Please give a reason; it is kept in the audit trail.");
        }
        if (why.length() > 500) {
            throw InvalidInputException.of("reason", "Use at most 500 characters.");
        }
        return why;
    }
}
