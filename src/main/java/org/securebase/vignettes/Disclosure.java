package org.securebase.vignettes;

import java.util.Set;
import org.securebase.deidentification.PlaceholderMap;

/**
 * What the author of a case consultation (or of a comment on one) declares: the attestation, the detections
 * they reviewed and judged not identifying, and the placeholders the composer gave (null: a fresh map).
 */
public record Disclosure(boolean attested, Set<String> notIdentifying, PlaceholderMap placeholders) {

    public Disclosure {
        notIdentifying = Set.copyOf(notIdentifying);
    }

    public Disclosure(boolean attested, Set<String> notIdentifying) {
        this(attested, notIdentifying, null);
    }

    public static Disclosure none() {
        return new Disclosure(false, Set.of());
    }
}
