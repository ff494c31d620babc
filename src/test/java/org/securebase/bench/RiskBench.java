package org.securebase.bench;

import org.securebase.risk.RiskDetector;

/**
 * How long the risk check takes after warm-up, on a 500-word post and on a 40-word comment (median and 99th
 * percentile of 2,000 runs, wall clock and the checking thread's CPU time), and how long the first detector takes to
 * build (the stance model trains then). A documented bench command, not a test (see docs/benchmarks.md):
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.securebase.bench.RiskBench}
 */
public final class RiskBench {

    private static final String COMMENT = "Thanks for this, it helped. I keep coming back to the bit about"
            + " repair after rupture, because my own supervisor never did that with me and I notice I avoid it with"
            + " clients. Has anyone found a good way to name it in the room?";

    private static final String PARAGRAPH = "She arrives early and sits by the door, checking the clock. When I"
            + " mentioned my leave she went quiet, then asked twice whether I would still be here in spring. Her"
            + " mother was unpredictable, warm one day and absent the next, and she learned to watch faces closely."
            + " In supervision we wondered whether my reassurance feeds the checking. I feel pulled to rescue and"
            + " then guilty when I hold the frame. ";

    private RiskBench() {}

    public static void main(String[] args) {
        long built = System.nanoTime();
        RiskDetector detector = new RiskDetector();
        System.out.printf("first detector (model trained): %.0f ms%n", (System.nanoTime() - built) / 1e6);
        StringBuilder post = new StringBuilder();
        while (post.toString().split("\\s+").length < 500) {
            post.append(PARAGRAPH);
        }
        measure(detector, post.toString());
        measure(detector, COMMENT);
    }

    private static void measure(RiskDetector detector, String text) {
        Timing.measure("words=" + text.split("\\s+").length, 3_000, 2_000, () -> detector.assess(text));
    }
}
