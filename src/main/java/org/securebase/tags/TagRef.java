package org.securebase.tags;

/** A tag as a chip or a link shows it. */
public record TagRef(long id, String slug, String name, TagGroup group) {

    static TagRef of(Tag tag) {
        return new TagRef(tag.getId(), tag.getSlug(), tag.getName(), tag.getGroup());
    }
}
