package org.securebase.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Failed-sign-in policy. Per email: after {@code slowdownAfter} failures each attempt must wait longer (doubling
 * from {@code firstDelay}); after {@code lockAfter} failures that email is locked for {@code lockDuration}, except
 * from a browser that has signed in to it before. Per client address, the same with {@code addressSlowdownAfter}
 * and {@code addressLockAfter}. Failures older than {@code lockDuration} are forgotten.
 */
@ConfigurationProperties("securebase.login")
public record LoginSettings(
        @DefaultValue("3") int slowdownAfter,
        @DefaultValue("6") int lockAfter,
        @DefaultValue("5s") Duration firstDelay,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("10") int addressSlowdownAfter,
        @DefaultValue("30") int addressLockAfter,
        @DefaultValue("") String deviceSecret) {

    /** How long the next attempt with one email must wait after this many failures, or zero. */
    public Duration delayAfter(int failures) {
        return delay(failures, slowdownAfter);
    }

    /** How long the next attempt from one address must wait after this many failures, or zero. */
    public Duration addressDelayAfter(int failures) {
        return delay(failures, addressSlowdownAfter);
    }

    private Duration delay(int failures, int threshold) {
        if (failures < threshold) {
            return Duration.ZERO;
        }
        Duration delay = firstDelay.multipliedBy(1L << Math.min(20, failures - threshold));
        return delay.compareTo(lockDuration) > 0 ? lockDuration : delay;
    }
}
