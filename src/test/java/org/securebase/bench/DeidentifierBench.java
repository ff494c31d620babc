package org.securebase.bench;

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
        Timing.measure("words=" + text.split("\\s+").length, 3_000, 2_000, () -> engine.detect(text));
    }
}
