package org.securebase.tags;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.util.Set;
import java.util.TreeSet;

/** An attachment theme in the taxonomy. Retired tags stay on old threads but are no longer offered. */
@Entity
public class Tag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "tag_group", nullable = false)
    private TagGroup group;

    private int position;
    private boolean retired;
    private Long mergedInto;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tag_synonym", joinColumns = @JoinColumn(name = "tag_id"))
    @Column(name = "synonym")
    private Set<String> synonyms = new TreeSet<>();

    @Version
    private long version;

    protected Tag() {}

    Tag(String slug, String name, String description, TagGroup group, int position, Set<String> synonyms) {
        this.slug = slug;
        this.name = name;
        this.description = description;
        this.group = group;
        this.position = position;
        this.synonyms = new TreeSet<>(synonyms);
    }

    void rename(String slug, String name) {
        this.slug = slug;
        this.name = name;
    }

    void describe(String description, Set<String> synonyms) {
        this.description = description;
        this.synonyms.clear();
        this.synonyms.addAll(synonyms);
    }

    void retire(boolean retired) {
        this.retired = retired;
    }

    void mergeInto(long target) {
        this.retired = true;
        this.mergedInto = target;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public TagGroup getGroup() {
        return group;
    }

    public int getPosition() {
        return position;
    }

    public boolean isRetired() {
        return retired;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public Set<String> getSynonyms() {
        return synonyms;
    }
}
