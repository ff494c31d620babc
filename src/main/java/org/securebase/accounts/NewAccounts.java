package org.securebase.accounts;

import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.securebase.shared.Inputs;
import org.securebase.shared.InvalidInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** A new account from a sign-up form, once the form passes every rule; not saved yet. */
@Component
class NewAccounts {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwordPolicy;
    private final Validator validator;
    private final DisplayNames displayNames;

    NewAccounts(
            AccountRepository accounts,
            PasswordEncoder encoder,
            PasswordPolicy passwordPolicy,
            Validator validator,
            DisplayNames displayNames) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.passwordPolicy = passwordPolicy;
        this.validator = validator;
        this.displayNames = displayNames;
    }

    /**
     * {@code operator}: created by the command line, configuration or demo data, which may reuse a name and are
     * told plainly that an email is taken; a sign-up is held to the look-alike rule and never told.
     */
    Account from(SignUpForm form, boolean operator) {
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
}
