package org.securebase;

import java.time.Duration;

/**
 * Retries an assertion until it holds or time is up. Live events arrive at once on H2 but a moment after the
 * commit on PostgreSQL, where they travel through LISTEN/NOTIFY.
 */
public final class Eventually {

    private Eventually() {}

    public static void within(Duration time, Runnable assertion) {
        long deadline = System.nanoTime() + time.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    public static void within5s(Runnable assertion) {
        within(Duration.ofSeconds(5), assertion);
    }
}
