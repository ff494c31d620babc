package org.securebase.tags;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A slug a tag used to have, kept so that bookmarks and shared links still resolve after a rename or merge. */
@Entity
public class TagAlias {

    @Id
    private String slug;

    @Column(nullable = false)
    private long tagId;

    protected TagAlias() {}

    TagAlias(String slug, long tagId) {
        this.slug = slug;
        this.tagId = tagId;
    }

    void pointTo(long tagId) {
        this.tagId = tagId;
    }

    public String getSlug() {
        return slug;
    }

    public long getTagId() {
        return tagId;
    }
}
