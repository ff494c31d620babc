package org.securebase.tags;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.securebase.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Finding tags by slug, by id and in taxonomy order. A slug leads to a tag through its own slug, an old one kept
 * after a rename, or one merged into another; keeping those old slugs right is done here too.
 */
@Component
class TagLookup {

    static final Comparator<Tag> TAXONOMY_ORDER =
            Comparator.comparing(Tag::getGroup).thenComparing(Tag::getPosition).thenComparing(Tag::getName);

    private final TagRepository tags;
    private final TagAliasRepository aliases;

    TagLookup(TagRepository tags, TagAliasRepository aliases) {
        this.tags = tags;
        this.aliases = aliases;
    }

    Optional<Tag> find(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        String key = slug.strip().toLowerCase(Locale.ROOT);
        Optional<Tag> tag =
                tags.findBySlug(key).or(() -> aliases.findById(key).flatMap(a -> tags.findById(a.getTagId())));
        for (int hops = 0; tag.isPresent() && tag.get().getMergedInto() != null && hops < 10; hops++) {
            tag = tags.findById(tag.get().getMergedInto());
        }
        return tag;
    }

    Tag load(long tagId) {
        return tags.findById(tagId).orElseThrow(() -> InvalidInputException.of("tag", "This tag no longer exists."));
    }

    Map<Long, Tag> byId() {
        return tags.findAll().stream().collect(Collectors.toMap(Tag::getId, t -> t));
    }

    List<TagRef> refs(Collection<Long> ids) {
        Map<Long, Tag> byId = byId();
        return ids.stream()
                .map(byId::get)
                .sorted(TAXONOMY_ORDER)
                .map(TagRef::of)
                .toList();
    }

    /** After a rename the old slug keeps leading to the tag, and the new one stops being an old slug. */
    void keepOldSlug(String oldSlug, String newSlug, long tagId) {
        aliases.findById(newSlug).ifPresent(aliases::delete);
        aliases.save(new TagAlias(oldSlug, tagId));
    }

    /** After a merge the merged tag's old slugs lead to the tag it was merged into. */
    void redirectOldSlugs(long fromId, long intoId) {
        for (TagAlias alias : aliases.findByTagId(fromId)) {
            alias.pointTo(intoId);
        }
    }
}
