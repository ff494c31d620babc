package org.securebase.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Token buckets (greedy refill, as Bucket4j's) kept in the database, so that a limit holds across every instance.
 * Each take locks its buckets' rows for a short transaction of its own: committed at once, like a token taken from
 * memory, and never inside a caller's read-only transaction. Keys are stored as SHA-256 hashes, since some name
 * an email or a client address.
 */
@Component
public class TokenBuckets {

    /** {@code capacity} tokens, refilled evenly over {@code period}. */
    public record Limit(int capacity, Duration period) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public TokenBuckets(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Takes one token from each limit's bucket, or none; returns zero when taken, else how long to wait. */
    public Duration take(String key, List<Limit> limits) {
        Duration wait = ownTransaction.execute(s -> tryTake(key, limits));
        if (wait != null) {
            return wait;
        }
        limits.forEach(limit -> create(rowKey(key, limit), limit));
        return ownTransaction.execute(s -> tryTake(key, limits));
    }

    /** Null when a bucket has no row yet. */
    private Duration tryTake(String key, List<Limit> limits) {
        Instant now = clock.instant();
        List<Double> tokens = new ArrayList<>();
        for (Limit limit : limits) { // always in the same order, so two takes cannot deadlock
            List<Bucket> rows = jdbc.query(
                    "select tokens, refilled_at from rate_bucket where bucket_key = ? for update",
                    (rs, i) -> new Bucket(rs.getDouble(1), rs.getTimestamp(2).toInstant()),
                    rowKey(key, limit));
            if (rows.isEmpty()) {
                return null;
            }
            tokens.add(rows.getFirst().refilled(limit, now));
        }
        Duration wait = Duration.ZERO;
        for (int i = 0; i < limits.size(); i++) {
            if (tokens.get(i) < 1) {
                Limit limit = limits.get(i);
                long nanos =
                        (long) Math.ceil((1 - tokens.get(i)) * limit.period().toNanos() / limit.capacity());
                wait = wait.compareTo(Duration.ofNanos(nanos)) >= 0 ? wait : Duration.ofNanos(nanos);
            }
        }
        if (!wait.isZero()) {
            return wait;
        }
        for (int i = 0; i < limits.size(); i++) {
            jdbc.update(
                    "update rate_bucket set tokens = ?, refilled_at = ? where bucket_key = ?",
                    tokens.get(i) - 1,
                    Timestamp.from(now),
                    rowKey(key, limits.get(i)));
        }
        return Duration.ZERO;
    }

    /** In a transaction of its own: on PostgreSQL a duplicate key would spoil the one it ran in. */
    private void create(String rowKey, Limit limit) {
        try {
            ownTransaction.executeWithoutResult(s -> jdbc.update(
                    "insert into rate_bucket (bucket_key, tokens, refilled_at) select ?, ?, ? where not exists"
                            + " (select 1 from rate_bucket where bucket_key = ?)",
                    rowKey,
                    (double) limit.capacity(),
                    Timestamp.from(clock.instant()),
                    rowKey));
        } catch (DuplicateKeyException createdMeanwhile) {
            // another instance created it first: fine
        }
    }

    private record Bucket(double tokens, Instant refilledAt) {

        double refilled(Limit limit, Instant now) {
            double elapsed = Math.max(0, Duration.between(refilledAt, now).toNanos());
            return Math.min(
                    limit.capacity(),
                    tokens + elapsed * limit.capacity() / limit.period().toNanos());
        }
    }

    static String rowKey(String key, Limit limit) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((key + "/" + limit.period().toSeconds()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
