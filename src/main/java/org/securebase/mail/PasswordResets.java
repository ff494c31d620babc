package org.securebase.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.securebase.accounts.AccountDetails;
import org.securebase.accounts.AccountService;
import org.securebase.accounts.Emails;
import org.securebase.accounts.LoginAttempts;
import org.securebase.shared.InvalidInputException;
import org.securebase.shared.TokenBuckets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forgot password?": a link by mail that sets a new password, valid for 30 minutes and once. The answer to a
 * request is the same, and takes about as long, whether or not an account uses the address; only the SHA-256 hash
 * of a token is stored. Requests are limited per address and per client (in the database, so across instances).
 */
@Service
public class PasswordResets {

    public static final Duration VALID = Duration.ofMinutes(30);
    public static final String SENT = "If an active SecureBase account uses this address, we have sent it a link to "
            + "set a new password. The link works once, for 30 minutes. Check your inbox, and your spam folder.";
    public static final String EXPIRED =
            "This link has expired or has already been used. Ask for a new one: " + "links work once, for 30 minutes.";
    static final Duration ANSWER_TIME = Duration.ofMillis(400);
    static final int PER_ADDRESS_PER_HOUR = 5;
    static final int PER_CLIENT_PER_HOUR = 20;

    private final AccountService accounts;
    private final LoginAttempts loginAttempts;
    private final PasswordResetRepository resets;
    private final MailOutbox outbox;
    private final MailSettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final TokenBuckets buckets;

    public PasswordResets(
            AccountService accounts,
            PasswordResetRepository resets,
            MailOutbox outbox,
            MailSettings settings,
            PlatformTransactionManager transactions,
            Clock clock,
            LoginAttempts loginAttempts,
            TokenBuckets buckets) {
        this.buckets = buckets;
        this.accounts = accounts;
        this.loginAttempts = loginAttempts;
        this.resets = resets;
        this.outbox = outbox;
        this.settings = settings;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Sends a reset link if an active account uses this address; returns the one answer the page shows either
     * way. Refuses (with when to try again) past the limits, which apply to every address alike.
     */
    public String request(String email, String client) {
        long start = System.nanoTime();
        String address = Emails.normalise(email);
        if (address.isEmpty() || !address.contains("@")) {
            throw InvalidInputException.of("email", "Please enter the email address you signed up with.");
        }
        limit("address:" + address, PER_ADDRESS_PER_HOUR);
        limit("client:" + (client == null ? "" : client), PER_CLIENT_PER_HOUR);
        tx.executeWithoutResult(t -> {
            Optional<AccountDetails> account = accounts.activeByEmail(address);
            String token = OneTimeLink.newToken();
            String hash = OneTimeLink.hash(token);
            account.ifPresent(a -> {
                Instant now = clock.instant();
                resets.save(new PasswordReset(a.id(), hash, now, now.plus(VALID)));
                outbox.enqueue(
                        MailKind.PASSWORD_RESET,
                        a.id(),
                        a.email(),
                        MailTexts.passwordReset(settings.link("reset-password?token=" + token)));
            });
        });
        pad(start);
        return SENT;
    }

    /** Whether a link can still set a password (the page says so before the member types one). */
    public boolean usable(String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        return Boolean.TRUE.equals(tx.execute(t -> resets.findByTokenHash(OneTimeLink.hash(token))
                .map(r -> r.usable(clock.instant()))
                .orElse(false)));
    }

    /** Sets the new password and uses the link up; every other session of the account ends. */
    public void reset(String token, String password, String repeat) {
        if (password == null || !password.equals(repeat)) {
            throw InvalidInputException.of("repeat", "The two passwords differ.");
        }
        tx.executeWithoutResult(t -> {
            PasswordReset reset = token == null
                    ? null
                    : resets.findByTokenHash(OneTimeLink.hash(token)).orElse(null);
            Instant now = clock.instant();
            if (reset == null || resets.use(reset.getId(), now) != 1) {
                throw InvalidInputException.of("token", EXPIRED);
            }
            accounts.resetPassword(reset.getAccountId(), password);
            resets.useAll(reset.getAccountId(), now);
            accounts.activeById(reset.getAccountId()).ifPresent(a -> {
                loginAttempts.forget(a.email()); // the owner proved themselves: a stranger's lock no longer applies
                outbox.enqueue(
                        MailKind.PASSWORD_RESET,
                        a.id(),
                        a.email(),
                        MailTexts.passwordChanged(settings.link("forgot-password")));
            });
        });
    }

    private void limit(String key, int perHour) {
        Duration wait = buckets.take("reset-" + key, List.of(new TokenBuckets.Limit(perHour, Duration.ofHours(1))));
        if (!wait.isZero()) {
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            throw InvalidInputException.of(
                    "email",
                    "Too many requests for a new password. Please try again in " + minutes
                            + (minutes == 1 ? " minute." : " minutes."));
        }
    }

    private static void pad(long start) {
        long left = ANSWER_TIME.toNanos() - (System.nanoTime() - start);
        if (left > 0) {
            try {
                Thread.sleep(Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
