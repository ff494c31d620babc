package org.securebase.moderation;

import java.time.Duration;
import java.util.List;
import org.securebase.shared.InvalidInputException;
import org.securebase.shared.TokenBuckets;
import org.securebase.shared.TokenBuckets.Limit;
import org.springframework.stereotype.Component;

/** Per-member token buckets for posting threads, comments and flags, in the database: one limit for every instance. */
@Component
public class RateLimits {

    public enum Action {
        THREAD,
        COMMENT,
        FLAG
    }

    private final ModerationSettings settings;
    private final TokenBuckets buckets;

    public RateLimits(ModerationSettings settings, TokenBuckets buckets) {
        this.settings = settings;
        this.buckets = buckets;
    }

    /** Takes one token, or refuses with a message naming the field and when to try again. */
    public void take(long accountId, Action action, String field) {
        Duration wait = buckets.take(action + ":" + accountId, limits(action));
        if (!wait.isZero()) {
            throw InvalidInputException.of(field, message(action, wait));
        }
    }

    private List<Limit> limits(Action action) {
        return switch (action) {
            case THREAD ->
                List.of(
                        new Limit(settings.threadsPerMinute(), Duration.ofMinutes(1)),
                        new Limit(settings.threadsPerDay(), Duration.ofDays(1)));
            case COMMENT ->
                List.of(
                        new Limit(settings.commentsPerMinute(), Duration.ofMinutes(1)),
                        new Limit(settings.commentsPerDay(), Duration.ofDays(1)));
            case FLAG -> List.of(new Limit(settings.flagsPerDay(), Duration.ofDays(1)));
        };
    }

    static String message(Action action, Duration wait) {
        String what = switch (action) {
            case THREAD -> "new threads";
            case COMMENT -> "comments";
            case FLAG -> "flags";
        };
        long seconds = Math.max(1, wait.toSeconds());
        String when = seconds < 90
                ? seconds + " seconds"
                : seconds < 5400 ? (seconds + 59) / 60 + " minutes" : (seconds + 3599) / 3600 + " hours";
        return "You have reached the limit for " + what + " for now. Your text is kept; please try again in " + when
                + ".";
    }
}
