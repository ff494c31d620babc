package org.securebase.bench;

import java.util.Arrays;
import org.securebase.deidentification.Deidentifier;

/**
 * How long the de-identification check takes on a 500-word vignette, after warm-up: the median and 99th percentile
 * of 2,000 runs. A documented bench command, not a test (see docs/benchmarks.md):
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.securebase.bench.DeidentifierBench}
 */
public final class DeidentifierBench {

    private static final String PARAGRAPH = "My client, Walter, 96, outlived his wife and both sons. He was admitted "
            + "to St. Agnes Hospice on September 8 and his daughter Claudette visits from Oakland. She works night "
            + "shifts at Cedars-Sinai and texts me from (510) 555-0162. He talks to his late wife every morning, "
            + "which I see as a continuing bond rather than pathology; as Bowlby wrote, the attachment system stays "
            + "active across the lifespan. We use a steady, predictable rhythm, and I name small ruptures and repair "
            + "them out loud. His record number MRN 00451234 was on the referral from Riverview Psychiatric Center. ";

    private DeidentifierBench() {}

    public static void main(String[] args) {
        StringBuilder vignette = new StringBuilder();
        while (vignette.toString().split("\\s+").length < 500) {
            vignette.append(PARAGRAPH);
        }
        String text = vignette.toString();
        Deidentifier engine = new Deidentifier();
        for (int i = 0; i < 3_000; i++) {
            engine.detect(text);
        }
        // Wall-clock time, and the checking thread's CPU time, which other work on a shared machine disturbs less.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] nanos = new long[2_000];
        long[] cpu = new long[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            engine.detect(text);
            nanos[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf(
                "words=%d runs=%d median=%.2f ms p99=%.2f ms; CPU median=%.2f ms p99=%.2f ms%n",
                text.split("\\s+").length,
                nanos.length,
                nanos[nanos.length / 2] / 1e6,
                nanos[(int) (nanos.length * 0.99)] / 1e6,
                cpu[cpu.length / 2] / 1e6,
                cpu[(int) (cpu.length * 0.99)] / 1e6);
    }
}
