package org.securebase.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;

/**
 * Logs an unexpected failure with its stack once, then only a one-line count while the same failure repeats, so a
 * member pressing "Post" again, or many members meeting one broken dependency, do not bury the cause in stacks.
 */
final class FailureLog {

    private static final Duration QUIET = Duration.ofMinutes(10);
    private static final int MAX_KINDS = 1000;

    private final Logger log;
    private final Clock clock;
    private final Map<String, Instant> lastStack = new ConcurrentHashMap<>();

    FailureLog(Logger log) {
        this(log, Clock.systemUTC());
    }

    FailureLog(Logger log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    void record(Throwable failure) {
        Throwable cause = rootCause(failure);
        String kind = kindOf(cause);
        Instant now = clock.instant();
        Instant previous = lastStack.get(kind);
        if (previous == null || previous.plus(QUIET).isBefore(now)) {
            if (lastStack.size() >= MAX_KINDS) {
                lastStack.clear();
            }
            lastStack.put(kind, now);
            log.error("Unexpected error in the UI; caused by {}", describe(cause), failure);
        } else {
            log.warn("Unexpected error in the UI again (stack logged at {}); caused by {}", previous, describe(cause));
        }
    }

    /** Same exception type thrown from the same place: the message may differ by the values it names. */
    private static String kindOf(Throwable cause) {
        StackTraceElement[] frames = cause.getStackTrace();
        return cause.getClass().getName() + "@" + (frames.length == 0 ? "?" : Objects.toString(frames[0]));
    }

    private static String describe(Throwable cause) {
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static Throwable rootCause(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }
}
