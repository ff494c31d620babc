package org.securebase.accounts;

import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.securebase.audit.AuditTrail;
import org.securebase.audit.AuditTrail.Target;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.shared.Inputs;
import org.securebase.shared.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One's own account as the profile page shows and changes it: the display name and the email. */
@Service
class ProfileChanges {

    private final AccountRepository accounts;
    private final Validator validator;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final DisplayNames displayNames;
    private final PasswordEncoder encoder;
    private final ObjectProvider<AddressConfirmation> confirmation;
    private final ApplicationEventPublisher events;

    ProfileChanges(
            AccountRepository accounts,
            Validator validator,
            AccessPolicy access,
            AuditTrail audit,
            DisplayNames displayNames,
            PasswordEncoder encoder,
            ObjectProvider<AddressConfirmation> confirmation,
            ApplicationEventPublisher events) {
        this.encoder = encoder;
        this.confirmation = confirmation;
        this.events = events;
        this.accounts = accounts;
        this.validator = validator;
        this.access = access;
        this.audit = audit;
        this.displayNames = displayNames;
    }

    @Transactional(readOnly = true)
    AccountDetails myAccount() {
        Actor actor = access.requireSignedIn();
        return AccountDetails.of(accounts.findById(actor.id()).orElseThrow());
    }

    /**
     * A new email is the address password-reset links go to, so changing it asks for the current password: an
     * unattended session or an injected script could otherwise move the account to another mailbox. With mail on,
     * the new address only waits ({@link Account#getPendingEmail()}) until its emailed link is followed (see
     * {@link EmailChanges}); with mail off no link can be sent, so it applies at once, unchecked, and the audit
     * trail says so (as at sign-up).
     */
    @Transactional
    void updateProfile(String displayName, String email, String currentPassword) {
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
        boolean emailChanges = !newEmail.equals(account.getEmail());
        if (emailChanges
                && (currentPassword == null
                        || currentPassword.isEmpty()
                        || !encoder.matches(currentPassword, account.getPasswordHash()))) {
            errors.put(
                    "emailPassword",
                    currentPassword == null || currentPassword.isEmpty()
                            ? "Enter your current password to change your email."
                            : "This is not your current password.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        account.changeDisplayName(name);
        boolean confirmByLink = emailChanges && mailOn();
        if (confirmByLink) {
            account.requestEmail(newEmail);
            events.publishEvent(new AccountEvents.EmailChangeRequested(account.getId(), account.getEmail(), newEmail));
        } else if (emailChanges) {
            account.changeEmail(newEmail);
        }
        audit.record(
                actor,
                "account.profile-updated",
                Target.account(account.getId(), name),
                emailReason(emailChanges, confirmByLink, newEmail));
    }

    private boolean mailOn() {
        AddressConfirmation mail = confirmation.getIfAvailable();
        return mail != null && mail.on();
    }

    private static String emailReason(boolean changes, boolean byLink, String newEmail) {
        if (!changes) {
            return null;
        }
        return byLink
                ? "email change to " + Emails.mask(newEmail) + " requested; a link went to the new address"
                : "email changed; mail is off: the new address was not checked";
    }
}
