package org.securebase.tags;

import java.util.List;

/** What an admin types to add or edit a tag. Synonyms are one per line or comma-separated. */
public record TagForm(String name, String slug, String description, TagGroup group, String synonyms) {

    List<String> synonymList() {
        return synonyms == null
                ? List.of()
                : java.util.Arrays.stream(synonyms.split("[,\\n]"))
                        .map(s -> s.strip().toLowerCase(java.util.Locale.ROOT))
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
    }
}
