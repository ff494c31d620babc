package org.securebase.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Failed-login policy: after {@code slowdownAfter} failures each attempt must wait longer (doubling from
 * {@code firstDelay}); after {@code lockAfter} failures the account is locked for {@code lockDuration}.
 */
@ConfigurationProperties("securebase.login")
public record LoginSettings(@DefaultValue("3") int slowdownAfter,
                            @DefaultValue("6") int lockAfter,
                            @DefaultValue("5s") Duration firstDelay,
                            @DefaultValue("15m") Duration lockDuration) {

    /** How long the next attempt must wait after this many failures, or zero. */
    public Duration delayAfter(int failures) {
        if (failures < slowdownAfter) {
            return Duration.ZERO;
        }
        return firstDelay.multipliedBy(1L << Math.min(10, failures - slowdownAfter));
    }
}
