package org.securebase.accounts.signin;

import java.util.ArrayList;
import java.util.List;
import org.securebase.accounts.Account;
import org.securebase.accounts.AccountRepository;
import org.securebase.accounts.Emails;
import org.securebase.accounts.LoginAttempts;
import org.securebase.accounts.SignInAttempt;
import org.securebase.accounts.SignInLog;
import org.securebase.security.AccountStatus;
import org.securebase.security.ActorLookup;
import org.securebase.security.Factors;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password sign-in with throttling, counted once per attempt. Known and unknown emails get the same answers (the
 * throttle counts every email; the password check hashes for unknown ones too). An account's state (suspended, refused)
 * is only revealed after the right password.
 */
@Component
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginAttempts attempts;
    private final AccountRepository accounts;
    private final KnownDevices devices;
    private final SignInLog log;
    private final ActorLookup actors;

    public ThrottledAuthenticationProvider(
            AccountUserDetailsService users,
            PasswordEncoder encoder,
            LoginAttempts attempts,
            AccountRepository accounts,
            KnownDevices devices,
            SignInLog log,
            ActorLookup actors) {
        this.log = log;
        this.actors = actors;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.attempts = attempts;
        this.accounts = accounts;
        this.devices = devices;
    }

    /** Each attempt, allowed or refused, leaves a line in the {@link SignInLog}. */
    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = Emails.normalise(authentication.getName());
        SignInAttempt attempt = attemptOf(email, authentication.getDetails());
        String browser = authentication.getDetails() instanceof SignInDetails web ? web.browser() : "unknown";
        String address = Addresses.truncate(attempt.address());
        try {
            Authentication result = check(authentication, email, attempt);
            log.signedIn(email, browser, address, attempt.device() == null);
            return result;
        } catch (AuthenticationException e) {
            log.refused(email, e, browser, address);
            throw e;
        }
    }

    private Authentication check(Authentication authentication, String email, SignInAttempt attempt) {
        attempts.checkAllowed(attempt);
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            attempts.failed(attempt);
            attempts.checkAllowed(attempt); // says so at once when this failure starts a wait or a lock
            throw new BadCredentialsException("Incorrect email or password.");
        }
        attempts.succeeded(attempt);
        Account account = accounts.findByEmail(email).orElseThrow();
        if (account.getStatus() == AccountStatus.SUSPENDED) {
            String reason = account.getStatusReason() == null ? "" : " Reason: " + account.getStatusReason() + ".";
            throw new DisabledException("Your account is suspended." + reason
                    + " Please contact an administrator if you think this is a mistake.");
        }
        if (account.getStatus() == AccountStatus.REFUSED) {
            String reason = account.getStatusReason() == null ? "" : " Reason: " + account.getStatusReason() + ".";
            throw new DisabledException("Your request to join SecureBase was refused." + reason
                    + " Please contact an administrator if you think this is a mistake.");
        }
        if (account.getStatus() == AccountStatus.CLOSED) {
            throw new DisabledException("This account is closed.");
        }
        if (actors.secondFactorRequired(account.getId())) {
            // The password alone grants no role: the session holds only the mark that it owes the second factor
            // until SecondFactorView takes a code or a passkey (SecondFactorGate sends it there from every page).
            List<GrantedAuthority> owed = new ArrayList<>();
            result.getAuthorities().stream()
                    .filter(a -> !a.getAuthority().startsWith("ROLE_"))
                    .forEach(owed::add);
            owed.add(new SimpleGrantedAuthority(Factors.OWED));
            UsernamePasswordAuthenticationToken token =
                    UsernamePasswordAuthenticationToken.authenticated(result.getPrincipal(), null, owed);
            token.setDetails(result.getDetails());
            return token;
        }
        return result;
    }

    private SignInAttempt attemptOf(String email, Object details) {
        if (details instanceof SignInDetails web) {
            return new SignInAttempt(
                    email,
                    web.getRemoteAddress(),
                    devices.deviceOf(web.deviceCookie(), email).orElse(null));
        }
        return SignInAttempt.of(email);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
