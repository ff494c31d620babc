package org.securebase.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins in the database, so that every instance counts them alike. A failure is counted by one UPDATE
 * that adds one (or starts again at one once the old count has aged out), never by reading and writing back, so
 * two instances counting at once lose nothing. Keys keep their kind and hash the rest: emails and addresses are
 * not stored.
 */
@Component
class LoginFailures {

    /** Failures so far under one limit, and the lock they led to. */
    record Failures(int count, Instant last, Instant lockedUntil) {}

    /** A lock that has ended, or failures without a lock older than the lock duration, no longer count. */
    private static final String AGED_OUT =
            "((locked_until is not null and locked_until <= :now) or (locked_until is null and last_at <= :forget))";

    /** Typed, since PostgreSQL cannot tell a parameter's type inside CASE. */
    private static final String LOCK_UNTIL = "cast(:lockUntil as timestamp with time zone)";

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    LoginFailures(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Failures find(String key) {
        List<Failures> rows = jdbc.query(
                "select failures, last_at, locked_until from login_failure where failure_key = :key",
                Map.of("key", stored(key)),
                (rs, i) -> new Failures(
                        rs.getInt(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()));
        return rows.isEmpty() ? null : rows.getFirst();
    }

    /** Counts one failure; the count reaching {@code lockAfter} locks until {@code now + lockDuration}. */
    Failures add(String key, Instant now, Duration lockDuration, int lockAfter) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("key", stored(key))
                .addValue("now", Timestamp.from(now))
                .addValue("forget", Timestamp.from(now.minus(lockDuration)))
                .addValue("lockAfter", lockAfter)
                .addValue("lockUntil", Timestamp.from(now.plus(lockDuration)));
        String count = "case when " + AGED_OUT + " then 1 else failures + 1 end";
        String update = "update login_failure set failures = " + count + ", locked_until = case when " + count
                + " >= :lockAfter then " + LOCK_UNTIL + " else null end, last_at = :now where failure_key = :key";
        if (jdbc.update(update, p) == 0 && !insertFirst(p)) {
            jdbc.update(update, p); // another instance inserted it meanwhile
        }
        return find(key);
    }

    /** In a transaction of its own: on PostgreSQL a duplicate key would spoil the caller's. */
    private boolean insertFirst(MapSqlParameterSource p) {
        try {
            ownTransaction.executeWithoutResult(s -> jdbc.update(
                    "insert into login_failure (failure_key, failures, last_at, locked_until) values (:key, 1,"
                            + " :now, case when 1 >= :lockAfter then " + LOCK_UNTIL + " else null end)",
                    p));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    void clear(String key) {
        jdbc.update("delete from login_failure where failure_key = :key", Map.of("key", stored(key)));
    }

    int purge(Instant now, Duration lockDuration) {
        return jdbc.update(
                "delete from login_failure where " + AGED_OUT,
                Map.of("now", Timestamp.from(now), "forget", Timestamp.from(now.minus(lockDuration))));
    }

    /** "email:" and the like stay readable; what follows is hashed. */
    static String stored(String key) {
        int colon = key.indexOf(':');
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(key.substring(colon + 1).getBytes(StandardCharsets.UTF_8));
            return key.substring(0, colon + 1) + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
