package org.securebase.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Times a task after warm-up: wall clock, and the running thread's CPU time, which other work on a shared machine
 * disturbs less. Prints the median and 99th percentile of each.
 */
final class Timing {

    private Timing() {}

    static void measure(String label, int warmUps, int runs, Runnable task) {
        for (int i = 0; i < warmUps; i++) {
            task.run();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            task.run();
            nanos[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf(
                "%s runs=%d median=%.2f ms p99=%.2f ms; CPU median=%.2f ms p99=%.2f ms%n",
                label,
                runs,
                nanos[runs / 2] / 1e6,
                nanos[(int) (runs * 0.99)] / 1e6,
                cpu[runs / 2] / 1e6,
                cpu[(int) (runs * 0.99)] / 1e6);
    }
}
