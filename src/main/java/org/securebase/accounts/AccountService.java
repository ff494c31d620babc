package org.securebase.accounts;

import java.util.List;
import java.util.Optional;
import org.securebase.security.AccountStatus;
import org.securebase.security.Actor;
import org.securebase.security.Role;
import org.springframework.stereotype.Service;

/**
 * What other modules and the views do with accounts. Each call is handed to the part of this package that does it,
 * in that part's own transaction: {@link Registrations}, {@link ProfileChanges}, {@link PasswordChanges},
 * {@link MemberStanding} and {@link MemberDirectory}.
 */
@Service
public class AccountService {

    private final Registrations registrations;
    private final ProfileChanges profiles;
    private final PasswordChanges passwords;
    private final MemberStanding moderation;
    private final MemberDirectory directory;
    private final EmailChanges emailChanges;

    AccountService(
            Registrations registrations,
            ProfileChanges profiles,
            PasswordChanges passwords,
            MemberStanding moderation,
            MemberDirectory directory,
            EmailChanges emailChanges) {
        this.emailChanges = emailChanges;
        this.registrations = registrations;
        this.profiles = profiles;
        this.passwords = passwords;
        this.moderation = moderation;
        this.directory = directory;
    }

    /**
     * Anyone may sign up; the account first confirms its address with an emailed link (the mail package listens
     * for {@link AccountEvents.SignedUp} and writes it in this transaction), then waits, pending, until a
     * supervisor or admin verifies it. An email that already has an account gets the same answer, after the same
     * work (the password is hashed and a line is written), and nothing changes: the sign-up page must not tell
     * strangers which emails have accounts. Only if that account is still pending and has not confirmed its
     * address does the address get a fresh link (the one place that mail can go is the address itself).
     */
    public void signUp(SignUpForm form) {
        registrations.signUp(form);
    }

    /**
     * A sign-up whose address counts as confirmed at once, waiting for a supervisor: only for the local demo data
     * (its addresses are not real); no view calls it.
     */
    public void signUpConfirmed(SignUpForm form) {
        registrations.signUpConfirmed(form);
    }

    /**
     * The account's address is confirmed: by its emailed link, or (when mail is off, so no link can be sent) at
     * once. From now on supervisors and admins see the registration. Returns false if it was confirmed already.
     * Only inside the caller's transaction.
     */
    public boolean confirmEmail(long accountId, String how) {
        return registrations.confirmEmail(accountId, how);
    }

    /** The first administrator, from the command line or configuration: active at once. */
    public long createAdmin(SignUpForm form) {
        return registrations.createVerified(form, Role.ADMIN);
    }

    /**
     * An account that skips verification. Only for code that runs outside any user's request (the command line,
     * configuration, the local demo data); no view calls it.
     */
    public long createVerified(SignUpForm form, Role role) {
        return registrations.createVerified(form, role);
    }

    public boolean adminExists() {
        return directory.adminExists();
    }

    /** One's own account, in any state: the pending page and the profile page read it. */
    public AccountDetails myAccount() {
        return profiles.myAccount();
    }

    /** The display name, and the email if it is unchanged. */
    public void updateProfile(String displayName, String email) {
        profiles.updateProfile(displayName, email, null);
    }

    /** A new email needs the current password. */
    public void updateProfile(String displayName, String email, String currentPassword) {
        profiles.updateProfile(displayName, email, currentPassword);
    }

    /** The address the member asked to move to and has not confirmed yet, if any. */
    public Optional<String> pendingEmail() {
        return emailChanges.pending();
    }

    /** Drops the member's unconfirmed new address; its link then confirms nothing. */
    public void cancelEmailChange() {
        emailChanges.cancel();
    }

    /**
     * The signed-in member followed the link that confirms {@code newEmail} for {@code accountId}: the address
     * changes if it is still the one they asked for (false if not). Only inside the caller's transaction.
     */
    public boolean applyEmailChange(long accountId, String newEmail) {
        return emailChanges.apply(accountId, newEmail);
    }

    /** Ends the member's other sessions too: whoever knew the old password is signed out. */
    public void changePassword(String currentPassword, String newPassword) {
        passwords.changePassword(currentPassword, newPassword);
    }

    /** Signs the member out of every other browser at its next request; the caller keeps the current session. */
    public void endOtherSessions() {
        passwords.endOtherSessions();
    }

    /**
     * Sets a new password for an account that proved it owns its email (a password-reset link). Every session
     * that signed in before now ends. Only inside the caller's transaction.
     */
    public void resetPassword(long accountId, String newPassword) {
        passwords.resetPassword(accountId, newPassword);
    }

    /** Whether the account confirmed its address (following a link that is already used, for instance). */
    public boolean emailConfirmed(long accountId) {
        return directory.emailConfirmed(accountId);
    }

    /** An active account by id, for mail: its address and name. */
    public Optional<AccountDetails> activeById(long accountId) {
        return directory.activeById(accountId);
    }

    /** Where password-reset links go; empty unless the account exists and is active. */
    public Optional<AccountDetails> activeByEmail(String email) {
        return directory.activeByEmail(email);
    }

    public List<AccountDetails> find(String text, AccountStatus status, int offset, int limit) {
        return directory.find(text, status, offset, limit);
    }

    public int count(String text, AccountStatus status) {
        return directory.count(text, status);
    }

    /** Active members, for choosing group members and supervisors. */
    public List<AccountDetails> activeMembers() {
        return directory.activeMembers();
    }

    /**
     * Makes a pending account active; the member gets a mail saying so. An account whose address is not confirmed
     * yet cannot be verified (supervisors and admins do not even see it).
     */
    public void verify(long accountId) {
        registrations.verify(accountId);
    }

    /**
     * Refuses a pending registration, with a reason the member is sent by mail and shown when they try to sign in.
     * The account cannot sign in.
     */
    public void refuse(long accountId, String reason) {
        registrations.refuse(accountId, reason);
    }

    public void changeRole(long accountId, Role role, String reason) {
        moderation.changeRole(accountId, role, reason);
    }

    public void suspend(long accountId, String reason) {
        moderation.suspend(accountId, reason);
    }

    public void reactivate(long accountId, String reason) {
        moderation.reactivate(accountId, reason);
    }

    /** Pauses a member's posting for a while; they can still read. Zero hours lifts it. */
    public void silence(long accountId, int hours, String reason) {
        moderation.silence(accountId, hours, reason);
    }

    /** Whether the signed-in member may warn, silence, suspend or write notes about this member. */
    public boolean canModerate(long accountId) {
        return moderation.canModerate(accountId);
    }

    /** Refuses unless the signed-in member may moderate this member; returns who is acting. */
    public Actor requireModerates(long accountId) {
        return moderation.requireModerates(accountId);
    }
}
