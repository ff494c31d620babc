package org.securebase.security;

import org.securebase.accounts.Account;
import org.securebase.accounts.AccountRepository;
import org.securebase.accounts.AccountStatus;
import org.securebase.accounts.Emails;
import org.securebase.accounts.LoginAttempts;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password login with throttling. An account's state (suspended) is only revealed after the right password,
 * so the login form does not tell strangers which accounts exist.
 */
@Component
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginAttempts attempts;
    private final AccountRepository accounts;

    public ThrottledAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder,
                                           LoginAttempts attempts, AccountRepository accounts) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.attempts = attempts;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = Emails.normalise(authentication.getName());
        attempts.checkAllowed(email);
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            attempts.failed(email);
            attempts.checkAllowed(email);
            throw new BadCredentialsException("Incorrect email or password.");
        }
        attempts.succeeded(email);
        Account account = accounts.findByEmail(email).orElseThrow();
        if (account.getStatus() == AccountStatus.SUSPENDED) {
            String reason = account.getStatusReason() == null ? "" : " Reason: " + account.getStatusReason() + ".";
            throw new DisabledException("Your account is suspended." + reason
                    + " Please contact an administrator if you think this is a mistake.");
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
