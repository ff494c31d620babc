package org.securebase.moderation;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.securebase.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/** Per-member token buckets (Bucket4j) for posting threads, comments and flags. In memory: one app instance. */
@Component
public class RateLimits {

    public enum Action {
        THREAD,
        COMMENT,
        FLAG
    }

    private final ModerationSettings settings;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimits(ModerationSettings settings) {
        this.settings = settings;
    }

    /** Takes one token, or refuses with a message naming the field and when to try again. */
    public void take(long accountId, Action action, String field) {
        Bucket bucket = buckets.computeIfAbsent(action + ":" + accountId, key -> bucket(action));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw InvalidInputException.of(field, message(action, Duration.ofNanos(probe.getNanosToWaitForRefill())));
        }
    }

    private Bucket bucket(Action action) {
        return switch (action) {
            case THREAD ->
                Bucket.builder()
                        .addLimit(l -> l.capacity(settings.threadsPerMinute())
                                .refillGreedy(settings.threadsPerMinute(), Duration.ofMinutes(1)))
                        .addLimit(l -> l.capacity(settings.threadsPerDay())
                                .refillGreedy(settings.threadsPerDay(), Duration.ofDays(1)))
                        .build();
            case COMMENT ->
                Bucket.builder()
                        .addLimit(l -> l.capacity(settings.commentsPerMinute())
                                .refillGreedy(settings.commentsPerMinute(), Duration.ofMinutes(1)))
                        .addLimit(l -> l.capacity(settings.commentsPerDay())
                                .refillGreedy(settings.commentsPerDay(), Duration.ofDays(1)))
                        .build();
            case FLAG ->
                Bucket.builder()
                        .addLimit(l -> l.capacity(settings.flagsPerDay())
                                .refillGreedy(settings.flagsPerDay(), Duration.ofDays(1)))
                        .build();
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
