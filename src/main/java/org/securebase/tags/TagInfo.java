package org.securebase.tags;

import java.util.List;
import java.util.Locale;

/** A tag with what the Themes page, the picker and the admin page need. */
public record TagInfo(
        long id,
        String slug,
        String name,
        String description,
        TagGroup group,
        List<String> synonyms,
        boolean retired,
        long threads) {

    static TagInfo of(Tag t, long threads) {
        return new TagInfo(
                t.getId(),
                t.getSlug(),
                t.getName(),
                t.getDescription(),
                t.getGroup(),
                List.copyOf(t.getSynonyms()),
                t.isRetired(),
                threads);
    }

    public TagRef ref() {
        return new TagRef(id, slug, name, group);
    }

    /** True when the text starts a word of the name, the slug or a synonym, so "anxious" finds ambivalent. */
    public boolean matches(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return true;
        }
        if (startsAWord(name, needle) || startsAWord(slug.replace('-', ' '), needle)) {
            return true;
        }
        return synonyms.stream().anyMatch(s -> startsAWord(s, needle));
    }

    private static boolean startsAWord(String haystack, String needle) {
        String h = haystack.toLowerCase(Locale.ROOT);
        int at = h.indexOf(needle);
        while (at >= 0) {
            if (at == 0 || !Character.isLetterOrDigit(h.charAt(at - 1))) {
                return true;
            }
            at = h.indexOf(needle, at + 1);
        }
        return false;
    }
}
