package org.securebase.tags;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Browsing the taxonomy: the tags offered, a tag behind a link, related tags, and the tags of threads. */
@Service
class TagCatalogue {

    private final TagRepository tags;
    private final TagLookup lookup;
    private final VisibleThreads visible;
    private final AccessPolicy access;

    TagCatalogue(TagRepository tags, TagLookup lookup, VisibleThreads visible, AccessPolicy access) {
        this.tags = tags;
        this.lookup = lookup;
        this.visible = visible;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<TagInfo> taxonomy() {
        Actor actor = access.requireActiveMember();
        Map<Long, Long> counts = visible.countsByTag(actor);
        return tags.findAll().stream()
                .filter(t -> !t.isRetired())
                .sorted(TagLookup.TAXONOMY_ORDER)
                .map(t -> TagInfo.of(t, counts.getOrDefault(t.getId(), 0L)))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<TagInfo> allTags() {
        Actor actor = access.requireAdmin();
        Map<Long, Long> counts = visible.countsByTag(actor);
        return tags.findAll().stream()
                .filter(t -> t.getMergedInto() == null)
                .sorted(TagLookup.TAXONOMY_ORDER)
                .map(t -> TagInfo.of(t, counts.getOrDefault(t.getId(), 0L)))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<TagInfo> resolve(String slug) {
        Actor actor = access.requireActiveMember();
        return lookup.find(slug)
                .map(t -> TagInfo.of(t, visible.countsByTag(actor).getOrDefault(t.getId(), 0L)));
    }

    @Transactional(readOnly = true)
    public Optional<Set<Long>> idsOf(Collection<String> slugs) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String slug : slugs) {
            Optional<Tag> tag = lookup.find(slug);
            if (tag.isEmpty()) {
                return Optional.empty();
            }
            ids.add(tag.get().getId());
        }
        return Optional.of(ids);
    }

    @Transactional(readOnly = true)
    public List<TagRef> related(long tagId, int limit) {
        Actor actor = access.requireActiveMember();
        Set<Long> groups = visible.groupIds(actor);
        if (groups.isEmpty()) {
            return List.of();
        }
        Map<Long, Tag> byId = lookup.byId();
        return tags.related(groups, tagId, actor.id()).stream()
                .limit(limit)
                .map(row -> byId.get(((Number) row[0]).longValue()))
                .map(TagRef::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<TagRef> tagsOf(long threadId) {
        return lookup.refs(tags.tagIdsOf(threadId));
    }

    @Transactional(readOnly = true)
    public Map<Long, List<TagRef>> tagsOf(Collection<Long> threadIds) {
        if (threadIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> ids = new HashMap<>();
        for (Object[] row : tags.tagIdsOf(threadIds)) {
            ids.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add(((Number) row[1]).longValue());
        }
        Map<Long, List<TagRef>> out = new HashMap<>();
        ids.forEach((thread, tagIds) -> out.put(thread, lookup.refs(tagIds)));
        return out;
    }
}
