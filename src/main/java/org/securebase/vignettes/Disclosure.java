package org.securebase.vignettes;

import java.util.Set;

/**
 * What the author of a case consultation (or of a comment on one) declares: the attestation, and the detections
 * they reviewed and judged not identifying.
 */
public record Disclosure(boolean attested, Set<String> notIdentifying) {

    public Disclosure {
        notIdentifying = Set.copyOf(notIdentifying);
    }

    public static Disclosure none() {
        return new Disclosure(false, Set.of());
    }
}
