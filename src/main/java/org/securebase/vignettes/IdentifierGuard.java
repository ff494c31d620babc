package org.securebase.vignettes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.securebase.deidentification.Deidentifier;
import org.securebase.deidentification.Detection;
import org.securebase.security.AccessPolicy;
import org.securebase.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Puts the de-identification engine in front of case consultations: the composer asks it as the author types, and
 * the thread service refuses to store text that still holds an unresolved identifier. Nothing here logs or stores
 * the text it checks.
 */
@Component
public class IdentifierGuard {

    private final Deidentifier engine = new Deidentifier();
    private final AccessPolicy access;

    public IdentifierGuard(AccessPolicy access) {
        this.access = access;
    }

    /** Detections the author has not yet marked "not identifying". */
    public List<Detection> unresolved(String text, Set<String> notIdentifying) {
        access.requireActiveMember();
        Set<String> kept = normalised(notIdentifying);
        return engine.detect(text == null ? "" : text).stream()
                .filter(d -> !kept.contains(d.textIn(text).toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** Throws, naming the fields, when any of them still holds an unresolved identifier. */
    public void requireResolved(Map<String, String> fields, Set<String> notIdentifying) {
        Map<String, String> errors = new LinkedHashMap<>();
        fields.forEach((field, text) -> {
            int count = unresolved(text, notIdentifying).size();
            if (count > 0) {
                errors.put(field, count == 1
                        ? "1 possible identifying detail is unresolved: replace it or mark it not identifying."
                        : count + " possible identifying details are unresolved: replace them or mark them not "
                                + "identifying.");
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static Set<String> normalised(Set<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
