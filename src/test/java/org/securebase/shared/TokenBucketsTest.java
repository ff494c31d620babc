package org.securebase.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.shared.TokenBuckets.Limit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Rate limits kept in the database: refill, the tightest limit, and one limit for two instances taking at once. */
@DatabaseTest
class TokenBucketsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final MovableClock clock = new MovableClock();

    static final class MovableClock extends Clock {
        volatile Instant now = Instant.parse("2026-03-02T09:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private TokenBuckets instance() {
        return new TokenBuckets(jdbc, transactions, clock);
    }

    @Test
    void aBucketEmptiesThenRefillsEvenlyAndSaysHowLongToWait() {
        TokenBuckets buckets = instance();
        String key = "test:" + UUID.randomUUID();
        List<Limit> threePerMinute = List.of(new Limit(3, Duration.ofMinutes(1)));
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take(key, threePerMinute)).isZero();
        }
        assertThat(buckets.take(key, threePerMinute)).isEqualTo(Duration.ofSeconds(20));
        clock.now = clock.now.plusSeconds(19);
        assertThat(buckets.take(key, threePerMinute)).isBetween(Duration.ofMillis(999), Duration.ofMillis(1001));
        clock.now = clock.now.plusSeconds(1);
        assertThat(buckets.take(key, threePerMinute)).isZero();
        assertThat(buckets.take("test:" + UUID.randomUUID(), threePerMinute))
                .as("another key has its own bucket")
                .isZero();
    }

    @Test
    void theTightestOfSeveralLimitsDecidesAndARefusedTakeTakesNothing() {
        TokenBuckets buckets = instance();
        String key = "test:" + UUID.randomUUID();
        List<Limit> limits = List.of(new Limit(2, Duration.ofMinutes(1)), new Limit(3, Duration.ofDays(1)));
        assertThat(buckets.take(key, limits)).isZero();
        assertThat(buckets.take(key, limits)).isZero();
        assertThat(buckets.take(key, limits)).isEqualTo(Duration.ofSeconds(30));
        clock.now = clock.now.plusSeconds(60);
        assertThat(buckets.take(key, limits)).isZero();
        // The day's third token is gone: the minute's refill no longer helps.
        clock.now = clock.now.plusSeconds(60);
        assertThat(buckets.take(key, limits)).isGreaterThan(Duration.ofHours(7));
    }

    @Test
    void twoInstancesTakingAtOnceShareOneLimit() throws Exception {
        List<TokenBuckets> instances = List.of(instance(), instance());
        String key = "test:" + UUID.randomUUID();
        List<Limit> tenPerDay = List.of(new Limit(10, Duration.ofDays(1)));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> takes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            TokenBuckets buckets = instances.get(i % 2);
            takes.add(pool.submit(() -> {
                go.await();
                return buckets.take(key, tenPerDay).isZero();
            }));
        }
        go.countDown();
        int taken = 0;
        for (Future<Boolean> take : takes) {
            taken += take.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(taken).isEqualTo(10);
    }

    @Test
    void aTakeInsideTheCallersReadOnlyTransactionStillCounts() {
        TokenBuckets buckets = instance();
        String key = "test:" + UUID.randomUUID();
        List<Limit> one = List.of(new Limit(1, Duration.ofDays(1)));
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        Duration inReadOnly = readOnly.execute(s -> buckets.take(key, one));
        assertThat(inReadOnly).isZero();
        assertThat(buckets.take(key, one)).isPositive();
    }

    @Test
    void keysAreStoredHashed() {
        instance().take("reset-address:someone@example.org", List.of(new Limit(5, Duration.ofHours(1))));
        assertThat(jdbc.queryForList("select bucket_key from rate_bucket", String.class))
                .noneMatch(k -> k.contains("someone"));
    }
}
