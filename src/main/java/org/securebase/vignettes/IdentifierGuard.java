package org.securebase.vignettes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.securebase.deidentification.Deidentifier;
import org.securebase.deidentification.Detection;
import org.securebase.deidentification.PlaceholderMap;
import org.securebase.security.AccessPolicy;
import org.securebase.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Puts the de-identification engine in front of case consultations: the composer asks it as the author types, and
 * the thread service refuses to store text that still holds an unresolved identifier. All fields of a post are
 * checked together, with the thread's one placeholder map, so a name found in one field is found in every field
 * and comment and keeps its placeholder there. Nothing here logs or stores the text it checks.
 */
@Component
public class IdentifierGuard {

    private final Deidentifier engine = new Deidentifier();
    private final AccessPolicy access;
    private final PlaceholderStore store;

    public IdentifierGuard(AccessPolicy access, PlaceholderStore store) {
        this.access = access;
        this.store = store;
    }

    /** The thread's placeholder map, or a fresh one for a post that is not stored yet ({@code threadId} null). */
    public PlaceholderMap placeholders(Long threadId) {
        access.requireActiveMember();
        return threadId == null ? store.fresh() : store.load(threadId);
    }

    /** A working copy of a placeholder map, from its entries. */
    public PlaceholderMap placeholdersFrom(Map<String, String> entries) {
        access.requireActiveMember();
        return store.withEntries(entries);
    }

    /** Keeps the placeholders given so far, so later fields, comments and follow-ups use the same ones. */
    public void remember(long threadId, PlaceholderMap map) {
        access.requireActiveMember();
        store.save(threadId, map);
    }

    /** Detections in each field the author has not marked "not identifying", all fields checked together. */
    public Map<String, List<Detection>> unresolved(
            Map<String, String> fields, Set<String> notIdentifying, PlaceholderMap map) {
        access.requireActiveMember();
        Set<String> kept = normalised(notIdentifying);
        List<String> names = new ArrayList<>(fields.keySet());
        List<String> texts = names.stream()
                .map(name -> fields.get(name) == null ? "" : fields.get(name))
                .toList();
        List<List<Detection>> found = engine.detect(texts, map);
        Map<String, List<Detection>> byField = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String text = texts.get(i);
            byField.put(
                    names.get(i),
                    found.get(i).stream()
                            .filter(d -> !kept.contains(d.textIn(text).toLowerCase(Locale.ROOT)))
                            .toList());
        }
        return byField;
    }

    /** One text on its own, with a fresh placeholder map. */
    public List<Detection> unresolved(String text, Set<String> notIdentifying) {
        return unresolved(Map.of("text", text == null ? "" : text), notIdentifying, store.fresh())
                .get("text");
    }

    /** Throws, naming the fields, when any of them still holds an unresolved identifier. */
    public void requireResolved(Map<String, String> fields, Set<String> notIdentifying, PlaceholderMap map) {
        Map<String, String> errors = new LinkedHashMap<>();
        unresolved(fields, notIdentifying, map).forEach((field, found) -> {
            int count = found.size();
            if (count > 0) {
                errors.put(
                        field,
                        count == 1
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
