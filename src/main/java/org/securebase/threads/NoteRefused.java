package org.securebase.threads;

import java.util.List;
import java.util.Map;

/** The consultation note was not produced: what the identifier check found, by the field it was found in. */
public class NoteRefused extends RuntimeException {

    private final transient Map<String, List<String>> findings;

    NoteRefused(Map<String, List<String>> findings) {
        super("The consultation note still holds possible identifying details in: "
                + String.join(", ", findings.keySet()));
        this.findings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(findings));
    }

    public Map<String, List<String>> findings() {
        return findings;
    }
}
