package org.securebase.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.securebase.accounts.LoginFailures.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;

/**
 * Slows down, then locks, sign-ins after repeated failures, and says so in words. Counted in the database (so
 * across instances, and through a restart) per email, whether or not an account has it, so the answers do not tell which accounts exist; per
 * client address, so one address cannot try many emails; and per known browser, which is exempt from the
 * email's and the address's limits so that a stranger's failures cannot lock a member out of their own device.
 */
@Service
public class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneId.of("UTC"));

    private final LoginSettings settings;
    private final Clock clock;
    private final LoginFailures failures;

    LoginAttempts(LoginSettings settings, Clock clock, LoginFailures failures) {
        this.settings = settings;
        this.clock = clock;
        this.failures = failures;
    }

    /** The limits an attempt falls under: its browser's own if it is known, else its email's and its address's. */
    private List<String> keysOf(SignInAttempt attempt) {
        List<String> keys = new ArrayList<>(2);
        if (attempt.device() != null) {
            keys.add("device:" + attempt.device());
            return keys;
        }
        keys.add("email:" + attempt.email());
        if (attempt.address() != null) {
            keys.add("address:" + attempt.address());
        }
        return keys;
    }

    /** Throws when this attempt may not be made yet; the message says until when. */
    public void checkAllowed(SignInAttempt attempt) {
        Instant now = clock.instant();
        for (String key : keysOf(attempt)) {
            check(key, now);
        }
    }

    /**
     * Throws when the account may not try a second-factor code yet. Codes have a limit of their own, per account,
     * with the email's numbers (a wait after 3 wrong codes, a lock after 6): a right password clears the email's
     * failures, so counting codes there would let whoever has the password try codes without end.
     */
    public void checkSecondFactorAllowed(long accountId) {
        check(factorKey(accountId), clock.instant());
    }

    /** Counts one wrong second-factor code (or recovery code) for the account. */
    public void secondFactorFailed(long accountId) {
        Failures f = failures.add(factorKey(accountId), clock.instant(), settings.lockDuration(), settings.lockAfter());
        if (f != null && f.count() == settings.lockAfter()) {
            log.warn("Second-factor codes locked for account {} after {} failures", accountId, f.count());
        }
    }

    /** A right code clears the account's wrong codes. */
    public void secondFactorSucceeded(long accountId) {
        failures.clear(factorKey(accountId));
    }

    private static String factorKey(long accountId) {
        return "factor:" + accountId;
    }

    private void check(String key, Instant now) {
        {
            Failures f = current(key, now);
            if (f == null) {
                return;
            }
            boolean address = key.startsWith("address:");
            if (f.lockedUntil() != null) {
                throw locked(address, f.lockedUntil());
            }
            Duration wait = address ? settings.addressDelayAfter(f.count()) : settings.delayAfter(f.count());
            Instant next = f.last().plus(wait);
            if (next.isAfter(now)) {
                long seconds = Math.max(1, (Duration.between(now, next).toMillis() + 999) / 1000);
                throw new LoginThrottledException(
                        "Too many failed attempts. Please wait " + seconds + " seconds before trying again.");
            }
        }
    }

    /** Counts one failed attempt, once, under each limit it falls under. */
    public void failed(SignInAttempt attempt) {
        Instant now = clock.instant();
        for (String key : keysOf(attempt)) {
            int lockAfter = key.startsWith("address:") ? settings.addressLockAfter() : settings.lockAfter();
            Failures f = failures.add(key, now, settings.lockDuration(), lockAfter);
            if (f != null && f.count() == lockAfter) {
                log.warn("Sign-ins locked for {} after {} failures", kind(key), f.count());
            }
        }
    }

    /** Forgets failures that no longer count, so the table keeps only live ones; on one instance at a time. */
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
    @SchedulerLock(name = "login-failure-purge", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    public void forgetOldFailures() {
        failures.purge(clock.instant(), settings.lockDuration());
    }

    /** A right password clears the email's (or the browser's) failures; the address's stay until they age out. */
    public void succeeded(SignInAttempt attempt) {
        keysOf(attempt).stream().filter(k -> !k.startsWith("address:")).forEach(failures::clear);
    }

    /** A password reset by emailed link proves the owner: the email's failures and lock are cleared. */
    public void forget(String email) {
        failures.clear("email:" + Emails.normalise(email));
    }

    private Failures current(String key, Instant now) {
        Failures f = failures.find(key);
        return f == null || expired(f, now) ? null : f;
    }

    /** A lock ends when its time is up; failures without a lock are forgotten after the lock duration. */
    private boolean expired(Failures f, Instant now) {
        if (f.lockedUntil() != null) {
            return !f.lockedUntil().isAfter(now);
        }
        return !f.last().plus(settings.lockDuration()).isAfter(now);
    }

    private static String kind(String key) {
        return key.substring(0, key.indexOf(':'));
    }

    private static AuthenticationException locked(boolean address, Instant until) {
        return address
                ? new LockedException("Too many failed sign-ins from your network. Please try again after "
                        + TIME.format(until) + ".")
                : lockedUntil(until);
    }

    /** The message for a locked email, for the login page. */
    public static LockedException lockedUntil(Instant until) {
        return new LockedException("Too many failed attempts: signing in with this email is locked until "
                + TIME.format(until) + ". Try again then, or from a device you have signed in with before, "
                + "or ask an administrator to help.");
    }
}
