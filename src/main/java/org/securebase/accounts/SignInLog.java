package org.securebase.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.securebase.security.AccessPolicy;
import org.securebase.security.AccountStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every sign-in and every refused one, a line each in sign_in_log: when, which account (none when the email has no
 * account: what was typed is not kept), the outcome, the browser in short and the address with its last part
 * hidden. Never the password. Kept apart from the append-only audit trail, which anyone at the login page could
 * otherwise fill; lines older than the retention are purged. A sign-in from a browser that has not signed in to
 * this account before (no known-device cookie) is also told to the member, in the app.
 */
@Service
public class SignInLog {

    /** What became of one sign-in. */
    public enum Outcome {
        SIGNED_IN,
        WRONG_PASSWORD,
        THROTTLED,
        LOCKED,
        SUSPENDED,
        REFUSED,
        CLOSED,
        OTHER
    }

    /** One line, as an admin or test reads it. */
    public record Line(
            Instant at, Long accountId, Outcome outcome, String browser, String address, boolean newDevice) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final AccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final AccessPolicy access;
    private final Clock clock;
    private final Duration retention;

    SignInLog(
            NamedParameterJdbcTemplate jdbc,
            AccountRepository accounts,
            ApplicationEventPublisher events,
            AccessPolicy access,
            Clock clock,
            @Value("${securebase.login.log-retention:90d}") Duration retention) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
        this.access = access;
        this.clock = clock;
        this.retention = retention;
    }

    /** A right password and an account allowed in; {@code newDevice}: the browser has no known-device cookie. */
    @Transactional
    public void signedIn(String email, String browser, String address, boolean newDevice) {
        Account account = accounts.findByEmail(Emails.normalise(email)).orElse(null);
        Long id = account == null ? null : account.getId();
        boolean firstEver = id != null && !signedInBefore(id);
        insert(id, Outcome.SIGNED_IN, browser, address, newDevice);
        if (newDevice && !firstEver && account.getStatus() == AccountStatus.ACTIVE) {
            events.publishEvent(new AccountEvents.SignedInFromNewBrowser(id, browser, address));
        }
    }

    @Transactional
    public void refused(String email, AuthenticationException why, String browser, String address) {
        Account account = accounts.findByEmail(Emails.normalise(email)).orElse(null);
        insert(account == null ? null : account.getId(), outcomeOf(why, account), browser, address, false);
    }

    /** The latest lines of one account, newest first: for admins. */
    @Transactional(readOnly = true)
    public List<Line> of(long accountId, int limit) {
        access.requireAdmin();
        return jdbc.query(
                "select occurred_at, account_id, outcome, browser, address, new_device from sign_in_log"
                        + " where account_id = :id order by occurred_at desc, id desc fetch first " + limit
                        + " rows only",
                Map.of("id", accountId),
                (rs, i) -> new Line(
                        rs.getTimestamp(1).toInstant(),
                        rs.getObject(2) == null ? null : rs.getLong(2),
                        Outcome.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean(6)));
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 900_000)
    @SchedulerLock(name = "sign-in-log-purge")
    @Transactional
    public int purge() {
        return jdbc.update(
                "delete from sign_in_log where occurred_at < :before",
                Map.of("before", Timestamp.from(clock.instant().minus(retention))));
    }

    private boolean signedInBefore(long accountId) {
        Integer n = jdbc.queryForObject(
                "select count(*) from sign_in_log where account_id = :id and outcome = 'SIGNED_IN'",
                Map.of("id", accountId),
                Integer.class);
        return n != null && n > 0;
    }

    private void insert(Long accountId, Outcome outcome, String browser, String address, boolean newDevice) {
        Map<String, Object> p = new HashMap<>();
        p.put("at", Timestamp.from(clock.instant()));
        p.put("account", accountId);
        p.put("outcome", outcome.name());
        p.put("browser", browser == null ? "unknown" : browser);
        p.put("address", address == null ? "unknown" : address);
        p.put("newDevice", newDevice);
        jdbc.update(
                "insert into sign_in_log (occurred_at, account_id, outcome, browser, address, new_device)"
                        + " values (:at, :account, :outcome, :browser, :address, :newDevice)",
                p);
    }

    private static Outcome outcomeOf(AuthenticationException why, Account account) {
        return switch (why) {
            case LoginThrottledException t -> Outcome.THROTTLED;
            case LockedException l -> Outcome.LOCKED;
            case BadCredentialsException b -> Outcome.WRONG_PASSWORD;
            case DisabledException d
            when account != null ->
                switch (account.getStatus()) {
                    case SUSPENDED -> Outcome.SUSPENDED;
                    case REFUSED -> Outcome.REFUSED;
                    case CLOSED -> Outcome.CLOSED;
                    default -> Outcome.OTHER;
                };
            default -> Outcome.OTHER;
        };
    }
}
