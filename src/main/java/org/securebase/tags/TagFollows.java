package org.securebase.tags;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members following tags: their own follows, and who follows what for notifications and merges. */
@Service
class TagFollows {

    private final TagFollowRepository follows;
    private final TagLookup lookup;
    private final AccessPolicy access;
    private final Clock clock;

    TagFollows(TagFollowRepository follows, TagLookup lookup, AccessPolicy access, Clock clock) {
        this.follows = follows;
        this.lookup = lookup;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean follows(long tagId) {
        Actor actor = access.requireActiveMember();
        return follows.findByAccountIdAndTagId(actor.id(), tagId).isPresent();
    }

    @Transactional
    public void follow(long tagId, boolean follow) {
        Actor actor = access.requireActiveMember();
        Tag tag = lookup.load(tagId);
        Optional<TagFollow> existing = follows.findByAccountIdAndTagId(actor.id(), tag.getId());
        if (follow && existing.isEmpty()) {
            follows.save(new TagFollow(actor.id(), tag.getId(), clock.instant()));
        } else if (!follow) {
            existing.ifPresent(follows::delete);
        }
    }

    @Transactional(readOnly = true)
    public List<TagRef> followed() {
        Actor actor = access.requireActiveMember();
        return lookup.refs(follows.findByAccountId(actor.id()).stream()
                .map(TagFollow::getTagId)
                .toList());
    }

    @Transactional(readOnly = true)
    public Set<Long> followersOf(Collection<Long> tagIds) {
        return tagIds.stream()
                .flatMap(id -> follows.findByTagId(id).stream())
                .map(TagFollow::getAccountId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A merged tag's followers follow the tag it was merged into, once. */
    @Transactional
    public void moveFollowers(long fromId, long intoId) {
        for (TagFollow follow : follows.findByTagId(fromId)) {
            if (follows.findByAccountIdAndTagId(follow.getAccountId(), intoId).isPresent()) {
                follows.delete(follow);
            } else {
                follow.moveTo(intoId);
            }
        }
    }
}
