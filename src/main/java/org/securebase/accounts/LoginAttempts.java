package org.securebase.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Slows down and then locks an account after repeated failed logins, and says so in words. */
@Service
public class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneId.of("UTC"));

    private final AccountRepository accounts;
    private final LoginSettings settings;
    private final Clock clock;

    public LoginAttempts(AccountRepository accounts, LoginSettings settings, Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    /** Throws when this account may not try again yet. Unknown emails pass (the password check fails them). */
    @Transactional(readOnly = true)
    public void checkAllowed(String email) {
        accounts.findByEmail(Emails.normalise(email)).ifPresent(account -> {
            Instant now = clock.instant();
            if (account.isLocked(now)) {
                throw lockedUntil(account.getLockedUntil());
            }
            Duration wait = settings.delayAfter(account.getFailedLogins());
            if (account.getLastFailedLogin() != null && account.getLockedUntil() == null) {
                Instant next = account.getLastFailedLogin().plus(wait);
                if (next.isAfter(now)) {
                    long seconds = Math.max(1, Duration.between(now, next).toSeconds());
                    throw new LoginThrottledException("Too many failed attempts. Please wait " + seconds
                            + " seconds before trying again.");
                }
            }
        });
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String email) {
        accounts.findByEmail(Emails.normalise(email)).ifPresent(account -> {
            Instant now = clock.instant();
            if (account.getLockedUntil() != null && !account.isLocked(now)) {
                account.clearFailedLogins();
            }
            account.recordFailedLogin(now);
            log.info("Failed login for account {} ({} in a row)", account.getId(), account.getFailedLogins());
            if (account.getFailedLogins() >= settings.lockAfter()) {
                account.lockUntil(now.plus(settings.lockDuration()));
                log.warn("Account {} locked after repeated failed logins", account.getId());
            }
        });
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String email) {
        accounts.findByEmail(Emails.normalise(email)).ifPresent(Account::clearFailedLogins);
    }

    /** The message for a locked account, for the login page. */
    public static LockedException lockedUntil(Instant until) {
        return new LockedException("Too many failed attempts: this account is locked until " + TIME.format(until)
                + ". Try again then, or ask an administrator to help.");
    }
}
