package org.securebase.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.authentication.LockedException;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The numbers the README states, with the default settings and a clock the test moves, counted in the database
 * (H2 or PostgreSQL) as the app counts them.
 */
@DatabaseTest
class LoginAttemptsTest {

    private final MovableClock clock = new MovableClock();
    private final LoginSettings settings =
            new LoginSettings(3, 6, Duration.ofSeconds(5), Duration.ofMinutes(15), 10, 30, "");
    private LoginAttempts attempts;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    @AfterEach
    void forgetAllFailures() {
        jdbc.getJdbcTemplate().update("delete from login_failure");
        attempts = new LoginAttempts(settings, clock, new LoginFailures(jdbc, transactions));
    }

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void pass(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private void fail(SignInAttempt a) {
        attempts.checkAllowed(a);
        attempts.failed(a);
    }

    private void assertWaits(SignInAttempt a, long seconds) {
        assertThatThrownBy(() -> attempts.checkAllowed(a))
                .isInstanceOf(LoginThrottledException.class)
                .hasMessage("Too many failed attempts. Please wait " + seconds + " seconds before trying again.");
        clock.pass(Duration.ofSeconds(seconds).minusMillis(1));
        assertThatThrownBy(() -> attempts.checkAllowed(a)).isInstanceOf(LoginThrottledException.class);
        clock.pass(Duration.ofMillis(1));
        assertThatCode(() -> attempts.checkAllowed(a)).doesNotThrowAnyException();
    }

    @Test
    void afterThreeFailuresEachAttemptWaits5Then10Then20SecondsAndTheSixthLocksFor15Minutes() {
        SignInAttempt a = new SignInAttempt("member@example.org", "203.0.113.5", null);
        fail(a);
        fail(a);
        assertThatCode(() -> attempts.checkAllowed(a)).doesNotThrowAnyException(); // two failures: no wait
        fail(a);
        assertWaits(a, 5);
        fail(a);
        assertWaits(a, 10);
        fail(a);
        assertWaits(a, 20);
        fail(a); // the sixth
        assertThatThrownBy(() -> attempts.checkAllowed(a))
                .isInstanceOf(LockedException.class)
                .hasMessageContaining("locked until 09:15 UTC");
        clock.pass(Duration.ofMinutes(15).minusSeconds(1));
        assertThatThrownBy(() -> attempts.checkAllowed(a)).isInstanceOf(LockedException.class);
        clock.pass(Duration.ofSeconds(1));
        assertThatCode(() -> attempts.checkAllowed(a)).doesNotThrowAnyException();
        fail(a); // after the lock the count starts again
        assertThatCode(() -> attempts.checkAllowed(a)).doesNotThrowAnyException();
    }

    @Test
    void aRightPasswordClearsTheEmailsFailuresAndOldFailuresAgeOut() {
        SignInAttempt a = SignInAttempt.of("forgetful@example.org");
        fail(a);
        fail(a);
        attempts.succeeded(a);
        fail(a);
        fail(a);
        assertThatCode(() -> attempts.checkAllowed(a)).doesNotThrowAnyException();
        clock.pass(Duration.ofMinutes(15));
        fail(a);
        assertThatCode(() -> attempts.checkAllowed(a)).doesNotThrowAnyException();
    }

    @Test
    void aBrowserThatSignedInBeforeIsNotBlockedByTheEmailsLockButHasItsOwnLimit() {
        String email = "victim@example.org";
        SignInAttempt stranger = new SignInAttempt(email, "198.51.100.7", null);
        for (int i = 0; i < 6; i++) {
            clock.pass(Duration.ofMinutes(2));
            fail(stranger);
        }
        assertThatThrownBy(() -> attempts.checkAllowed(stranger)).isInstanceOf(LockedException.class);
        SignInAttempt ownLaptop = new SignInAttempt(email, "192.0.2.44", "laptop-id");
        assertThatCode(() -> attempts.checkAllowed(ownLaptop)).doesNotThrowAnyException();
        assertThatThrownBy(() -> attempts.checkAllowed(new SignInAttempt(email, "192.0.2.44", null)))
                .isInstanceOf(LockedException.class);
        // The known browser's own mistakes are limited like any other.
        for (int i = 0; i < 3; i++) {
            fail(ownLaptop);
        }
        assertThatThrownBy(() -> attempts.checkAllowed(ownLaptop)).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void oneAddressTryingManyEmailsSlowsAfterTenFailuresAndLocksAfterThirty() {
        String address = "203.0.113.9";
        for (int i = 1; i <= 10; i++) {
            fail(new SignInAttempt("guess" + i + "@example.org", address, null));
        }
        SignInAttempt next = new SignInAttempt("someone-else@example.org", address, null);
        assertWaits(next, 5);
        assertThatCode(() -> attempts.checkAllowed(new SignInAttempt("someone-else@example.org", "192.0.2.1", null)))
                .doesNotThrowAnyException();
        for (int i = 11; i <= 30; i++) {
            clock.pass(Duration.ofMinutes(14)); // slower than the delays, faster than failures age out
            attempts.failed(new SignInAttempt("guess" + i + "@example.org", address, null));
        }
        assertThatThrownBy(() -> attempts.checkAllowed(next))
                .isInstanceOf(LockedException.class)
                .hasMessageContaining("from your network");
    }

    @Test
    void unknownAndKnownEmailsAreCountedAlike() {
        // The throttle never looks an email up: any email is counted the same, so its answers reveal nothing.
        SignInAttempt nobody = SignInAttempt.of("nobody-at-all@example.org");
        fail(nobody);
        fail(nobody);
        fail(nobody);
        assertThatThrownBy(() -> attempts.checkAllowed(nobody))
                .isInstanceOf(LoginThrottledException.class)
                .hasMessage("Too many failed attempts. Please wait 5 seconds before trying again.");
    }

    @Test
    void failuresFromManyThreadsAtOnceAreEachCounted() throws Exception {
        LoginSettings lenient =
                new LoginSettings(100, 200, Duration.ofSeconds(5), Duration.ofMinutes(15), 100, 200, "");
        LoginFailures table = new LoginFailures(jdbc, transactions);
        // Two "instances": each its own LoginAttempts over the same table, as two app processes would be.
        List<LoginAttempts> instances =
                List.of(new LoginAttempts(lenient, clock, table), new LoginAttempts(lenient, clock, table));
        SignInAttempt a = new SignInAttempt("busy@example.org", "203.0.113.77", null);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            LoginAttempts instance = instances.get(i % 2);
            done.add(pool.submit(() -> {
                go.await();
                instance.failed(a);
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(table.find("email:busy@example.org").count()).isEqualTo(40);
        assertThat(table.find("address:203.0.113.77").count()).isEqualTo(40);
    }

    @Test
    void neitherEmailsNorAddressesAreStored() {
        fail(new SignInAttempt("private@example.org", "198.51.100.200", null));
        assertThat(jdbc.getJdbcTemplate().queryForList("select failure_key from login_failure", String.class))
                .hasSize(2)
                .noneMatch(k -> k.contains("private") || k.contains("198.51"));
    }
}
