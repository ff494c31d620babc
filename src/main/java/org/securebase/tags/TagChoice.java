package org.securebase.tags;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.securebase.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Choosing a thread's tags: checking the author's choice, and suggesting tags from what the text says. */
@Service
class TagChoice {

    private final TagRepository tags;
    private final TagLookup lookup;
    private final TagSuggester suggester = new TagSuggester();

    TagChoice(TagRepository tags, TagLookup lookup) {
        this.tags = tags;
        this.lookup = lookup;
    }

    @Transactional(readOnly = true)
    public Set<Long> choose(Collection<String> slugs, boolean caseConsultation) {
        Set<Long> ids = new LinkedHashSet<>();
        boolean theme = false;
        for (String slug : slugs) {
            Tag tag = lookup.find(slug)
                    .orElseThrow(() -> InvalidInputException.of("tags", "There is no tag \"" + slug + "\"."));
            if (tag.isRetired()) {
                throw InvalidInputException.of("tags", "The tag \"" + tag.getName() + "\" is retired.");
            }
            ids.add(tag.getId());
            theme |= tag.getGroup().attachmentTheme();
        }
        if (ids.size() > 10) {
            throw InvalidInputException.of("tags", "Choose at most 10 tags.");
        }
        if (caseConsultation && !theme) {
            throw InvalidInputException.of(
                    "tags",
                    "Choose at least one attachment theme: a pattern, one of "
                            + "Bowlby's features, or a relational process.");
        }
        return ids;
    }

    @Transactional(readOnly = true)
    public List<TagRef> suggest(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Tag> offered = tags.findAll().stream().filter(t -> !t.isRetired()).toList();
        Set<String> slugs = new LinkedHashSet<>(suggester.suggestPatterns(text));
        String plain = normalise(text);
        for (Tag tag : offered) {
            if (tag.getGroup() == TagGroup.PATTERN) {
                continue;
            }
            List<String> words = new ArrayList<>(tag.getSynonyms());
            words.add(tag.getName());
            words.add(tag.getSlug().replace('-', ' '));
            if (words.stream().anyMatch(w -> mentions(plain, normalise(w)))) {
                slugs.add(tag.getSlug());
            }
        }
        Map<String, Tag> bySlug = offered.stream().collect(Collectors.toMap(Tag::getSlug, t -> t));
        return slugs.stream()
                .map(bySlug::get)
                .filter(Objects::nonNull)
                .map(TagRef::of)
                .limit(8)
                .toList();
    }

    private static boolean mentions(String text, String word) {
        return word.length() > 2
                && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?:s|es)?(?![\\p{L}\\p{N}])")
                        .matcher(text)
                        .find();
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'');
    }
}
